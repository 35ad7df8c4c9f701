import { startTestApi, TestApi, useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

/*
 * Issue 15, item 4 (one statement per request): the relationship fields asked under a root list or lookup are read
 * in the root's statement (src/graph/read-ahead.ts). The same queries, asked of the same database with read-ahead
 * off (READ_AHEAD=false: one round trip per nesting level, the per-level loader), must answer exactly alike: data,
 * errors and their paths.
 */
describe('round trips per request; read-ahead: nested selections in one round trip, answers unchanged', () => {
  const fixture = useTestApi(loadBundledData);
  let perLevel: TestApi;
  beforeAll(async () => {
    perLevel = await startTestApi(fixture.graph, { READ_AHEAD: 'false' });
  });
  afterAll(async () => {
    await perLevel?.stop();
  });

  // No N+1 (issue 2, section 3), here beside read-ahead so that one loaded database serves both; 50 events with their
  // hosts, places and the places' countries: below, asked both ways.
  it('node lookups by id in one request are batched into one round trip', async () => {
    const response = await fixture.api.query(`{
      a: node(id: "org:forem") { id } b: node(id: "org:cedefop") { id } c: node(id: "country:BE") { id } d: node(id: "org:missing") { id }
    }`);
    expect(response.data).toEqual({
      a: { id: 'org:forem' },
      b: { id: 'org:cedefop' },
      c: { id: 'country:BE' },
      d: null,
    });
    expect(response.extensions!.dbRoundTrips).toBe(1);
  });

  // Cost per request (issue 3, section 6; issue 15, item 4), on the same loaded database.
  it('a dashboard request mixing lists, search, stats and a lookup at the top level costs one round trip', async () => {
    const response = await fixture.api.query(`{
      events(first: 5, where: { countryCode: "BE" }) { totalCount nodes { id } }
      organisations(first: 5, where: { kinds: [NATIONAL_AUTHORITY] }) { nodes { id } }
      search(query: "trainers") { score }
      stats { timeSeries(measure: EVENTS) { year count } }
      node(id: "org:forem") { id }
      neighbourhood(id: "org:forem") { truncated }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.extensions!.dbRoundTrips).toBe(1);
  });

  it('nested filtered connections three levels deep cost one round trip (read ahead)', async () => {
    // The groups whose years are known (the curated ones; the bundled data also names groups only a page mentions).
    const response = await fixture.api.query(`{
      workingGroups(first: 10, where: { hasYear: true }) {
        nodes {
          events(first: 10, where: { kinds: [PEER_LEARNING_ACTIVITY, MEETING] }, orderBy: { field: START_DATE, direction: DESC }) {
            totalCount
            nodes {
              hostedBy(where: { kinds: [NATIONAL_AUTHORITY, VET_PROVIDER] }) { nodes { id } }
              heldIn { nodes { id } }
              topics(first: 3) { nodes { id } }
            }
          }
          mandatedBy { nodes { id } }
        }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const hostsFound = response.data!.workingGroups.nodes.flatMap((g: any) =>
      g.events.nodes.flatMap((e: any) => e.hostedBy.nodes),
    );
    expect(hostsFound.length).toBeGreaterThan(0);
    expect(response.extensions!.dbRoundTrips).toBe(1);
  });

  it('reads run in read transactions (a write attempt through a read path is refused by Neo4j)', async () => {
    await expect(fixture.graph.executor.read("CREATE (:Probe {id: 'x'})")).rejects.toThrow(/write|read/i);
    const [{ n }] = await fixture.graph.cypher('MATCH (p:Probe) RETURN count(p) AS n');
    expect(n).toBe(0);
  });

  const both = async (query: string, variables?: Record<string, unknown>) => {
    const ahead = await fixture.api.query(query, variables);
    const levels = await perLevel.query(query, variables);
    const shape = (r: typeof ahead) => ({
      data: r.data,
      errors: r.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })),
    });
    expect(shape(ahead)).toEqual(shape(levels));
    return { ahead, levels };
  };

  it('50 events with hosts, places, the places’ countries and working groups: three levels in one round trip', async () => {
    const { ahead, levels } = await both(`{
      events(first: 50) {
        nodes {
          id
          hostedBy { nodes { name } }
          heldIn { nodes { name country { code } } }
          countries { nodes { code } }
          workingGroups { nodes { name } }
        }
      }
    }`);
    expect(ahead.errors).toBeUndefined();
    expect(ahead.data!.events.nodes).toHaveLength(50);
    expect(ahead.data!.events.nodes.filter((e: any) => e.hostedBy.nodes.length > 0).length).toBeGreaterThan(5);
    // Read ahead: the root list reads its hosts, places, countries and the places' countries in its own statement
    // (src/graph/read-ahead.ts); per level (READ_AHEAD=false): 3.
    expect([ahead.extensions!.dbRoundTrips, levels.extensions!.dbRoundTrips]).toEqual([1, 3]);
  });

  it('filtered, ordered and counted connections three levels deep, with edges, cursors and page info', async () => {
    const { ahead } = await both(`{
      workingGroups(first: 10, where: { hasYear: true }) {
        nodes {
          id
          events(first: 3, where: { kinds: [PEER_LEARNING_ACTIVITY, MEETING] }, orderBy: { field: START_DATE, direction: DESC }) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges {
              cursor
              relationship { type role since until sources }
              node {
                id startDate
                hostedBy(where: { kinds: [NATIONAL_AUTHORITY, VET_PROVIDER] }) { totalCount nodes { id } }
                heldIn { nodes { id } }
                topics(first: 3) { nodes { id } }
              }
            }
          }
          mandatedBy { nodes { id } }
        }
      }
    }`);
    const counted = ahead.data!.workingGroups.nodes.filter((g: any) => g.events.totalCount > 3);
    expect(counted.length).toBeGreaterThan(0);
    expect(counted[0].events.pageInfo.hasNextPage).toBe(true);
    expect(ahead.extensions!.dbRoundTrips).toBe(1);
  });

  it('a lookup four levels deep (a group, its events, their hosts, each host’s latest events) in one round trip', async () => {
    const { ahead } = await both(`{
      workingGroup(id: "wg:et2020-wg-vet-2016-2018") {
        name
        events(first: 10) {
          nodes {
            id
            hostedBy { nodes { id hostedEvents(first: 5, orderBy: { field: START_DATE, direction: DESC }) { nodes { id startDate } } } }
          }
        }
      }
    }`);
    expect(ahead.data!.workingGroup.events.nodes.length).toBe(5);
    expect(ahead.extensions!.dbRoundTrips).toBe(1);
  });

  it('aliases, fragments, variables, asOf, to-one fields and backward pages', async () => {
    const { ahead } = await both(
      `query ($year: Int!, $n: Int!) {
        organisations(first: 20, where: { ids: ["org:cedefop", "org:efvet", "org:bruxelles-formation"] }) {
          nodes {
            id
            ...Seat
            first: memberOf(first: 1) { nodes { id } pageInfo { hasNextPage } }
            all: memberOf(first: $n) { nodes { id } }
            then: memberOf(asOf: $year) { edges { relationship { since until } node { id } } }
            last: hostedEvents(last: 2) { nodes { id startDate } pageInfo { hasPreviousPage } }
          }
        }
      }
      fragment Seat on Organisation { country { code } seatThen: country(asOf: $year) { code } places { nodes { id country { code } } } }`,
      { year: 2012, n: 10 },
    );
    expect(ahead.data!.organisations.nodes.length).toBe(3);
    expect(ahead.extensions!.dbRoundTrips).toBe(1);
  });

  it('a field under @include or @skip is left to the loader and answers alike', async () => {
    const { ahead } = await both(
      `query ($with: Boolean!) { events(first: 5) { nodes { id hostedBy @include(if: $with) { nodes { id } } heldIn @skip(if: $with) { nodes { id } } } } }`,
      { with: true },
    );
    expect(ahead.data!.events.nodes[0]).toHaveProperty('hostedBy');
    expect(ahead.extensions!.dbRoundTrips).toBe(2);
  });

  // Found by a reviewer: subtrees a query does not show (under `nodes @skip`, under an empty page) were read ahead,
  // past what the cost limit counts, until the statement ran out of time or transaction memory.
  it('reads nothing a query does not show: entities under a skipped `nodes`, under `first: 0`', async () => {
    const deep = `topics(first: 100) { nodes { events(first: 100) { nodes { topics(first: 100) { nodes { events(first: 100) { totalCount } } } } } } }`;
    const { ahead } = await both(`{
      ok: countries(first: 2) { nodes { code } }
      events(first: 100) { totalCount nodes @skip(if: true) { a: ${deep} b: ${deep} } }
      empty: topics(first: 100) { nodes { id a0: events(first: 0) { totalCount nodes { id ${deep} } } } }
    }`);
    expect(ahead.errors).toBeUndefined();
    expect(ahead.data!.events).toEqual({ totalCount: 542 });
    expect(ahead.data!.ok.nodes).toHaveLength(2);
    expect(ahead.data!.empty.nodes[0].a0.nodes).toEqual([]);
  });

  it('bad arguments of a nested field give the same error at the same path, the rest of the answer unchanged', async () => {
    const { ahead } = await both(`{
      events(first: 2) { nodes { id hostedBy(first: 1000) { nodes { id } } heldIn(after: "not-a-cursor") { nodes { id } } } }
    }`);
    expect(ahead.errors!.length).toBeGreaterThan(0);
    expect(ahead.errors!.map((e) => e.path)).toContainEqual(['events', 'nodes', 0, 'hostedBy']);
  });
});
