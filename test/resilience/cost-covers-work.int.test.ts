// @serial (scripts/run-tests.js): the heaviest allowed request must answer within the product's 10 s limit.
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

/** The configured limits these tests run under (the defaults of src/config.ts). */
const MAX_COST = 25_000;
const MAX_ALIASES = 30;
const TIME_LIMIT_MS = 10_000;

const ids = (prefix: string, n: number): string => Array.from({ length: n }, (_, i) => `"${prefix}${i}"`).join(', ');

/** The heaviest legal form of each kind of root field: every size argument at its maximum. */
const HEAVIEST: Record<string, string> = {
  list: 'organisations(first: 100) { totalCount nodes { id name acronym } }',
  nestedList: 'events(first: 100) { nodes { hostedBy(first: 100) { nodes { id } } } }',
  lookup:
    'event(id: "event:pla-trainers-2013-louvain-la-neuve") { participants(first: 100) { totalCount nodes { id } } }',
  search:
    'search(query: "vocational education training teachers trainers quality policy network europe skills council ministry agency centre institute national", first: 100) { score node { id } }',
  stats: 'stats { coOccurrence(of: ORGANISATIONS, first: 100) { count a { id } b { id } } }',
  eventCounts: 'eventCountsByCountry { countryCode count }',
  paths: 'paths(from: "org:forem", to: "policy:bruges-communique-2010", maxHops: 6, first: 25) { length nodes { id } }',
  neighbourhood: 'neighbourhood(id: "org:cedefop", depth: 3, limit: 500) { truncated nodes { id } edges { type } }',
  // Long lists go in as variables: written out, 30 copies would pass the token limit first.
  nodes: 'nodes(ids: $ids) { id }',
  entities: '_entities(representations: $representations) { ... on Node { id } }',
};
const VARIABLES = {
  ids: [...Array.from({ length: 99 }, (_, i) => `org:nope-${i}`), 'org:cedefop'],
  representations: Array.from({ length: 100 }, (_, i) => ({
    __typename: 'Organisation',
    id: i === 0 ? 'org:cedefop' : `org:nope-${i}`,
  })),
};
const DECLARATIONS: Record<string, string> = { nodes: '($ids: [ID!]!)', entities: '($representations: [_Any!]!)' };

const copies = (kind: string, n: number) =>
  `query ${DECLARATIONS[kind] ?? ''} { ${Array.from({ length: n }, (_, i) => `c${i}: ${HEAVIEST[kind]}`).join('\n')} }`;

/**
 * Issue 12, item 5: the cost of every root field grows with the work it causes, so that the heaviest request the
 * limits let through ends within the time limit, and anything heavier is refused before any Cypher runs. For each
 * kind of root field: as many aliased copies of its heaviest form as the cost (and alias) limits allow, then one more.
 */
describe('the cost limit covers the work of every root field (issue 12, item 5)', () => {
  const fixture = useTestApi(loadBundledData, { REQUEST_TIMEOUT_MS: String(TIME_LIMIT_MS) });

  it.each(Object.keys(HEAVIEST))(
    '%s: the most copies the limits allow answer within the time limit; one more is refused unrun',
    async (kind) => {
      const single = await fixture.api.query(copies(kind, 1), VARIABLES);
      expect(single.errors).toBeUndefined();
      const unit = single.extensions!.cost.estimated as number;
      const allowed = Math.min(MAX_ALIASES, Math.floor(MAX_COST / unit));
      expect(allowed).toBeGreaterThanOrEqual(1);

      const started = Date.now();
      const heaviest = await fixture.api.query(copies(kind, allowed), VARIABLES);
      const ms = Date.now() - started;
      expect({
        kind,
        allowed,
        errors: heaviest.errors?.map((e) => e.extensions?.code),
        withinLimit: ms < TIME_LIMIT_MS,
      }).toEqual({ kind, allowed, errors: undefined, withinLimit: true });
      expect(heaviest.extensions!.cost.estimated).toBe(unit * allowed);

      const heavier = await fixture.api.query(copies(kind, allowed + 1), VARIABLES);
      expect(heavier.status).toBe(400);
      expect(heavier.errors!.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(heavier.extensions!.dbRoundTrips).toBe(0);
      process.stdout.write(`${kind}: unit ${unit}, ${allowed} copies in ${ms} ms\n`);
    },
  );

  it("a field's cost grows with each size argument: depth, limit, maxHops, first, ids and representations", async () => {
    const cost = async (field: string) =>
      (await fixture.api.query(`{ ${field} }`)).extensions!.cost.estimated as number;
    const grows = async (small: string, large: string) => expect((await cost(large)) > (await cost(small))).toBe(true);
    await grows(
      'neighbourhood(id: "org:cedefop", depth: 1, limit: 100) { truncated }',
      'neighbourhood(id: "org:cedefop", depth: 3, limit: 100) { truncated }',
    );
    await grows(
      'neighbourhood(id: "org:cedefop", depth: 1, limit: 100) { truncated }',
      'neighbourhood(id: "org:cedefop", depth: 1, limit: 500) { truncated }',
    );
    await grows(
      'paths(from: "org:forem", to: "org:cedefop", maxHops: 2) { length }',
      'paths(from: "org:forem", to: "org:cedefop", maxHops: 5) { length }',
    );
    await grows(
      'paths(from: "org:forem", to: "org:cedefop", first: 1) { length }',
      'paths(from: "org:forem", to: "org:cedefop", first: 25) { length }',
    );
    await grows('search(query: "a", first: 10) { score }', 'search(query: "a", first: 100) { score }');
    await grows(
      'search(query: "cedefop", first: 10) { score }',
      'search(query: "cedefop vet trainers europe", first: 10) { score }',
    );
    await grows(`nodes(ids: [${ids('x', 2)}]) { id }`, `nodes(ids: [${ids('x', 50)}]) { id }`);
    await grows(
      '_entities(representations: [{ __typename: "Topic", id: "x" }]) { __typename }',
      `_entities(representations: [${Array.from({ length: 20 }, () => '{ __typename: "Topic", id: "x" }').join(',')}]) { __typename }`,
    );
  });
});
