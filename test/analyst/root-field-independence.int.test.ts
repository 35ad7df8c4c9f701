import { StatementBatcher } from '../../src/graph/statement-batcher';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

/**
 * Issue 12, item 1: every root field gets its own answer, whatever its siblings in the same request find. Each kind of
 * root field is asked alone, then beside a sibling that finds nothing and beside one that fails, and must answer the
 * same each time; the sibling answers null (or an empty list) and only the failing one carries an error.
 */
const FIELDS: Record<string, string> = {
  lookup: 't: event(id: "event:pla-trainers-2013-louvain-la-neuve") { id hostedBy { totalCount nodes { id } } }',
  lookupByCode: 't: countryByCode(code: "BE") { code name }',
  list: 't: organisations(first: 3, where: { countryCode: "BE" }) { totalCount nodes { id } }',
  search: 't: search(query: "Cedefop", first: 3) { score node { id } }',
  stats:
    't: stats { counts(measure: EVENTS, groupBy: [COUNTRY]) { count } timeSeries(measure: PUBLICATIONS) { year count } }',
  eventCounts: 't: eventCountsByCountry { countryCode count }',
  paths: 't: paths(from: "org:forem", to: "policy:bruges-communique-2010", maxHops: 4) { length nodes { id } }',
  neighbourhood: 't: neighbourhood(id: "org:forem") { truncated nodes { id } edges { type } }',
  node: 't: node(id: "org:forem") { id ... on Organisation { name } }',
  nodes: 't: nodes(ids: ["org:forem", "org:cedefop", "org:nope"]) { id }',
  entities:
    't: _entities(representations: [{ __typename: "Organisation", id: "org:forem" }, { __typename: "Country", code: "be" }]) { ... on Node { id } }',
};

/** Siblings that find nothing, one of each kind, and what each answers. */
const EMPTY: Array<[string, unknown]> = [
  ['x: event(id: "event:nope") { id }', null],
  ['x: countryByCode(code: "XK") { code }', null],
  ['x: search(query: "Qwxzvk zzzqqqxx", first: 2) { score }', []],
  [
    'x: organisations(first: 2, where: { countryCode: "XK" }) { totalCount nodes { id } }',
    { totalCount: 0, nodes: [] },
  ],
  ['x: nodes(ids: ["org:nope"]) { id }', [null]],
];

/** Siblings that fail (bad arguments, missing ends), and the error code each answers with. */
const FAILING: Array<[string, string]> = [
  ['x: paths(from: "org:nope", to: "org:forem") { length }', 'NOT_FOUND'],
  ['x: neighbourhood(id: "org:nope") { truncated }', 'NOT_FOUND'],
  ['x: events(first: 2, after: "not-a-cursor") { totalCount }', 'BAD_USER_INPUT'],
  ['x: search(query: "Cedefop", types: []) { score }', 'BAD_USER_INPUT'],
];

describe('root fields answer independently of their siblings (issue 12, item 1; field case F15)', () => {
  const fixture = useTestApi(loadBundledData);
  const alone: Record<string, unknown> = {};

  beforeAll(async () => {
    for (const [kind, field] of Object.entries(FIELDS)) {
      const response = await fixture.api.query(`{ ${field} }`);
      expect({ kind, errors: response.errors }).toEqual({ kind, errors: undefined });
      alone[kind] = response.data!.t;
    }
  });

  it('every kind of root field finds something when asked alone (so an emptied answer would show)', () => {
    for (const [kind, answer] of Object.entries(alone)) {
      expect({ kind, empty: answer === null || (Array.isArray(answer) && answer.length === 0) }).toEqual({
        kind,
        empty: false,
      });
    }
    expect((alone.list as { totalCount: number }).totalCount).toBeGreaterThan(3);
  });

  it.each(Object.keys(FIELDS))('%s answers the same beside every sibling that finds nothing', async (kind) => {
    for (const [sibling, siblingAnswer] of EMPTY) {
      const response = await fixture.api.query(`{ ${FIELDS[kind]} ${sibling} }`);
      expect({ sibling, errors: response.errors, data: response.data }).toEqual({
        sibling,
        errors: undefined,
        data: { t: alone[kind], x: siblingAnswer },
      });
    }
  });

  it.each(Object.keys(FIELDS))(
    '%s answers the same beside every sibling that fails; only the sibling is null, with its error',
    async (kind) => {
      for (const [sibling, code] of FAILING) {
        const response = await fixture.api.query(`{ ${FIELDS[kind]} ${sibling} }`);
        expect({
          sibling,
          data: response.data,
          errors: response.errors?.map((error) => [error.path, error.extensions?.code]),
        }).toEqual({
          sibling,
          data: { t: alone[kind], x: null },
          errors: [[['x'], code]],
        });
      }
    },
  );

  it('several fields of every kind in one request, empty and failing ones among them, each answer as alone', async () => {
    const fields = Object.entries(FIELDS).map(([kind, field]) => field.replace(/^t:/, `${kind}:`));
    const response = await fixture.api.query(
      `{ ${fields.join('\n')} ${EMPTY[0][0]} ${FAILING[0][0].replace(/^x:/, 'y:')} }`,
    );
    expect(response.data).toEqual({ ...alone, x: null, y: null });
    expect(response.errors?.map((error) => error.path)).toEqual([['y']]);
  });

  it('statements joined into one round trip stay independent in Neo4j: empty gives [], a failing one fails alone', async () => {
    const batcher = new StatementBatcher(fixture.graph.executor);
    const [found, empty, failing, again] = await Promise.allSettled([
      batcher.read('MATCH (o:Organisation {id: "org:forem"}) RETURN o.id AS id', {}, ['id']),
      batcher.read('MATCH (o:Organisation {id: "org:nope"}) RETURN o.id AS id', {}, ['id']),
      batcher.read('UNWIND [1, 0] AS d RETURN 1 / d AS id', {}, ['id']),
      batcher.read('MATCH (c:Country {code: "BE"}) RETURN c.id AS id', {}, ['id']),
    ]);
    expect(found).toEqual({ status: 'fulfilled', value: [{ id: 'org:forem' }] });
    expect(empty).toEqual({ status: 'fulfilled', value: [] });
    expect(failing.status).toBe('rejected');
    expect(again).toEqual({ status: 'fulfilled', value: [{ id: 'country:BE' }] });
  });
});
