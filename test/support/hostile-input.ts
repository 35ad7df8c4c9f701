import fc from 'fast-check';
import { GraphQLResponse } from './test-api';

/*
 * What the hostile-input fuzz tests share (test/resilience/hostile-*.fuzz.int.test.ts): the payloads and arbitraries,
 * the check of one answer (status, codes, nothing internal), and the checks that no generated value ever became Cypher
 * text. CI runs a fixed seed; FUZZ_RUNS and FUZZ_SEED make a larger run.
 */

/** Runs per property: FUZZ_RUNS, else `ciRuns`. */
export function fuzzRuns(ciRuns: number): number {
  return Number(process.env.FUZZ_RUNS ?? ciRuns);
}

/** The seed: FUZZ_SEED, else `ciSeed` (fixed, so CI runs the same cases every time). */
export function fuzzSeed(ciSeed: number): number {
  return Number(process.env.FUZZ_SEED ?? ciSeed);
}

/** Codes a client may get for bad input to a query; anything else (INTERNAL_SERVER_ERROR above all) fails a property. */
export const CLIENT_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'NOT_FOUND',
]);

/** Wording of internals: none of the generated payloads contains these words, so any match is a leak. */
export const LEAK =
  /Neo4j|Neo\.(Client|Database|Transient)Error|neo4j-driver|Cypher|SyntaxError:|node_modules|\.ts:\d+|\.js:\d+|\bat \w[\w.]* \(/;

/** Fixed hostile strings; each also reaches the API glued to random text (see {@link hostileString}). */
export const PAYLOADS = [
  // Lucene query syntax (full-text search)
  '*',
  '?',
  '~',
  'a~2',
  'te?t*',
  '"unclosed',
  'AND',
  'OR NOT',
  '(',
  ')',
  '[a TO z]',
  '{x TO y}',
  'name:x',
  '/re.*gex/',
  '+-&&||!^',
  '\\',
  'a\\',
  '\\"',
  // Cypher fragments and injection attempts
  "' OR 1=1 //",
  '") DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  '`Entity`',
  ':Organisation',
  'n.id',
  '$p0',
  '$limit',
  "x' }) RETURN 1 UNION MATCH (n) RETURN n //",
  'CALL db.labels()',
  '/* */',
  '// comment',
  'MERGE (x:Evil)',
  ')-[:HOSTED_BY]->(',
  // quotes, control characters, NUL, whitespace, byte-order mark
  "'",
  '"',
  '`',
  '\u0000',
  'a\u0000b',
  '\n\r\t',
  ' ',
  '',
  '\uFEFF',
  '\u202E',
  '%00',
  '${x}',
  '{{x}}',
  // non-Latin scripts, combining marks, emoji, ids that exist
  'Liège',
  'ΕΛΛΑΔΑ',
  'Україна',
  '中文检索',
  'العربية',
  'e\u0301',
  '🙂🇧🇪',
  'org:test-le-centre',
  'country:BE',
  'event:test-pla-2013',
  'place:testville',
];

/** Payloads, payloads glued to random text, random strings of every kind, and very long strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PAYLOADS), fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 8 }))
      .map(([a, b, c]) => a + c + b),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', 'é', '中', '\\', "'", '🙂'), fc.integer({ min: 500, max: 3_000 }))
      .map(([s, n]) => s.repeat(n)),
  },
);

/** Small, boundary, 32-bit, 53-bit, huge, fractional and negative numbers. */
export const hostileInt: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom(
    -1,
    0,
    1,
    100,
    101,
    1799,
    1800,
    2100,
    2101,
    2 ** 31 - 1,
    -(2 ** 31),
    2 ** 31,
    2 ** 53,
    -(2 ** 53),
    1e308,
    1.5,
    -0.5,
  ),
  fc.integer(),
);

/** Mostly valid values with hostile ones mixed in, so most requests get past validation and reach Neo4j. */
export const mostly = <T, U>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
  fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: hostile });

/** The value or undefined (left out of the request). */
export const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined });

/** A value of the enum, sometimes junk. */
export const enumOrJunk = (values: string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: hostileString });

export const pageInt = mostly(fc.integer({ min: 0, max: 100 }), hostileInt);
export const yearInt = mostly(fc.integer({ min: 1990, max: 2030 }), hostileInt);
export const countryCode = mostly(fc.constantFrom('BE', 'be', 'FR', 'DE', 'GR', 'UA'), hostileString);

/**
 * Checks one answer: HTTP 200 or 400 (or 413 for a body above MAX_BODY_BYTES, refused before parsing), only codes in
 * `codes`, no stack trace, nothing internal in any message.
 * @throws Error describing the request and the answer otherwise
 */
export function expectCleanResponse(
  response: GraphQLResponse,
  query: string,
  variables: Record<string, unknown>,
  codes: ReadonlySet<string> = CLIENT_CODES,
): void {
  const context = () =>
    `for ${query.slice(0, 80)}… with ${JSON.stringify(variables).slice(0, 300)}: ${JSON.stringify(response.errors).slice(0, 600)}`;
  if (![200, 400, 413].includes(response.status)) throw new Error(`HTTP ${response.status} ${context()}`);
  for (const error of response.errors ?? []) {
    const code = String(error.extensions?.code);
    if (!codes.has(code)) throw new Error(`code ${code} ${context()}`);
    if (error.extensions && 'stacktrace' in error.extensions) throw new Error(`stack trace ${context()}`);
    if (LEAK.test(error.message)) throw new Error(`leaked internals ${context()}`);
  }
}

/** Every string inside `value` (deeply), so the Cypher texts can be checked for them. */
export function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  else if (value && typeof value === 'object')
    Object.entries(value).forEach(([key, item]) => (into.add(key), collectStrings(item, into)));
}

/**
 * The generated values (of 6+ characters with a non-word character) found inside a Cypher text, cut to 80
 * characters; must be empty. The fixed payloads themselves are left out, since some are Cypher our own statements
 * contain by design (`$limit`, `:Organisation`); every payload also reaches the API glued to random text, and those
 * combinations must never appear.
 */
export function valuesInCypher(sent: Iterable<string>, statements: string[]): string[] {
  const distinctive = [...sent].filter(
    (value) => value.length >= 6 && /[^A-Za-z0-9_ ]/.test(value) && !PAYLOADS.includes(value),
  );
  return distinctive
    .filter((value) => statements.some((statement) => statement.includes(value)))
    .map((value) => value.slice(0, 80));
}
