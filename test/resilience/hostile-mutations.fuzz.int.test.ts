import fc from 'fast-check';
import { loadFieldCaseFixture } from '../support/fixtures';
import {
  CLIENT_CODES,
  collectStrings,
  expectCleanResponse,
  fuzzRuns,
  fuzzSeed,
  valuesInCypher,
} from '../support/hostile-input';
import {
  CASES,
  createOrUpsert,
  Mutation,
  POOL,
  printable,
  REGRESSIONS,
  relationship,
  remove,
  update,
} from '../support/mutation-arbitraries';
import { recordStatements } from '../support/statement-recorder';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';
import { expectWriteEffect, storedGraph } from '../support/write-oracle';

/*
 * Hostile mutation input (the fuzz requirement, for writes; hostile-input.fuzz covers reads): generated
 * create, update, upsert, delete, link and unlink requests for every entity type, with the payloads of the read fuzz
 * in every text field, dates that do not exist, end before start, years out of range, bad country codes and URLs,
 * huge numbers in attributes, ids with Cypher and Lucene syntax. Every answer must be HTTP 200/400/413 with client
 * codes only and nothing internal; a refused mutation must leave the graph exactly as it was; an accepted one must have
 * written exactly what it asked (test/support/write-oracle.ts) and left an entity that is still valid as a whole.
 * Generators: test/support/mutation-arbitraries.ts. CI runs a fixed seed; a larger run:
 * FUZZ_RUNS=1000 FUZZ_SEED=$RANDOM npx jest hostile-mutations.
 */
const RUNS = fuzzRuns(50);
const SEED = fuzzSeed(20_241_129);
const SUBJECT = 'fuzz-admin';

/** What a mutation may answer besides the read codes: a taken id, a delete of a linked entity. */
const WRITE_CODES: ReadonlySet<string> = new Set([...CLIENT_CODES, 'CONFLICT']);

describe('hostile mutation input: clean errors, nothing written when refused, exactly what was asked when accepted', () => {
  const fixture = useTestApi(loadFieldCaseFixture, { RATE_LIMIT_MAX: '0' });
  const statements: string[] = [];
  const sent = new Set<string>();
  const tally = { accepted: 0, refused: 0 };
  let admin: Record<string, string>;
  let stopRecording: () => void;

  beforeAll(async () => {
    admin = await authHeader('admin', SUBJECT);
    // Every pool id exists at the start (the fixture has some), so updates, links and deletes find entities.
    for (const [type, ids] of Object.entries(POOL)) {
      for (const id of ids) {
        const input =
          type === 'Country'
            ? { code: id.slice('country:'.length), name: `Pool ${id}` }
            : { id, [type === 'Publication' || type === 'PolicyDocument' ? 'title' : 'name']: `Pool ${id}` };
        const response = await fixture.api.query(
          `mutation($input: Create${type}Input!) { upsert${type}(input: $input) { id } }`,
          { input },
          admin,
        );
        expect(response.errors).toBeUndefined();
      }
    }
    stopRecording = recordStatements(fixture.graph.driver, statements);
  });
  afterAll(() => stopRecording?.());

  /** Sends one mutation and checks the answer and the graph (see the comment at the top). */
  async function attempt(mutation: Mutation): Promise<void> {
    collectStrings(mutation.variables, sent);
    const before = await storedGraph(fixture.graph);
    const response = await fixture.api.query(mutation.query, mutation.variables, admin);
    expectCleanResponse(response, mutation.query, mutation.variables, WRITE_CODES);
    const after = await storedGraph(fixture.graph);
    if (response.errors?.length) {
      // A refused mutation field answers null (root mutation fields are nullable, so data is {field: null}) or,
      // when the request is refused before it runs, there is no data at all.
      expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
      expect(after).toEqual(before);
      tally.refused += 1;
      return;
    }
    tally.accepted += 1;
    const asParsed = JSON.parse(JSON.stringify(mutation.variables));
    expectWriteEffect(
      before,
      after,
      mutation.effect(response.data!, asParsed, (id) => before.nodes.has(id)),
      SUBJECT,
    );
    if (!mutation.entity) return;
    // What was accepted is valid as a whole: an empty update of it passes (it is checked merged with the stored values).
    const id = mutation.entity.id(response.data!);
    const again = await fixture.api.query(
      `mutation($id: ID!) { update${mutation.entity.type}(id: $id, input: {}) { id } }`,
      { id },
      admin,
    );
    expect({ id, errors: again.errors }).toEqual({ id, errors: undefined });
  }

  const run = (arbitrary: fc.Arbitrary<Mutation>, examples: Mutation[] = []) =>
    fc.assert(fc.asyncProperty(arbitrary.map(printable), attempt), {
      numRuns: RUNS,
      seed: SEED,
      endOnFailure: true,
      examples: examples.map((example) => [printable(example)]),
    });

  it('create and upsert of every entity type', async () => {
    await run(fc.constantFrom(...CASES).chain(createOrUpsert), REGRESSIONS.writes);
  });

  it('updates of existing, missing and hostile ids, with removals', async () => {
    await run(fc.constantFrom(...CASES).chain(update));
  });

  it('link and unlink', async () => {
    await run(relationship, REGRESSIONS.links);
  });

  it('deletes with and without force', async () => {
    await run(fc.constantFrom(...CASES).chain(remove));
  });

  it('accepted and refused both happened, and no generated value ever became Cypher text', () => {
    // Enough generated requests got past validation to test the writes themselves, and enough were refused.
    if (process.env.FUZZ_RUNS)
      console.info(
        `seed ${SEED}, ${RUNS} runs per property: ${tally.accepted} mutations accepted, ${tally.refused} refused`,
      );
    expect(tally.accepted).toBeGreaterThan(RUNS / 2);
    expect(tally.refused).toBeGreaterThan(RUNS / 2);
    expect(valuesInCypher(sent, statements)).toEqual([]);
  });
});
