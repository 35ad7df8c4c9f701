import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';

const PAGE =
  'query($first: Int, $after: String) { organisations(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';

describe('F2. Page size sent to Cypher as a float', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('pages with first: 10, then first: 1 after the end cursor, without a database error', async () => {
    const first = await fixture.api.query(PAGE, { first: 10 });
    expect(first.errors).toBeUndefined();
    const edges = first.data!.organisations.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.length).toBeLessThanOrEqual(10);
    const cursorOfSecond = (await fixture.api.query(PAGE, { first: 1 })).data!.organisations.pageInfo.endCursor;
    const next = await fixture.api.query(PAGE, { first: 1, after: cursorOfSecond });
    expect(next.errors).toBeUndefined();
    expect(next.data!.organisations.edges).toEqual([edges[1]]);
  });

  it('returns an empty edge list for first: 0', async () => {
    const response = await fixture.api.query(PAGE, { first: 0 });
    expect(response.errors).toBeUndefined();
    expect(response.data!.organisations.edges).toEqual([]);
  });

  it('says whether rows lie beyond an empty page (first: 0, read without sorting since issue 15)', async () => {
    const all = await fixture.api.query(PAGE, { first: 100 });
    const edges = all.data!.organisations.edges;
    expect(all.data!.organisations.pageInfo.hasNextPage).toBe(false);
    const before = await fixture.api.query(PAGE, { first: 0 });
    expect(before.data!.organisations.pageInfo.hasNextPage).toBe(true);
    expect(edges.length).toBeGreaterThan(1);
    const afterFirst = (await fixture.api.query(PAGE, { first: 1 })).data!.organisations.pageInfo.endCursor;
    const middle = await fixture.api.query(PAGE, { first: 0, after: afterFirst });
    expect(middle.data!.organisations.pageInfo.hasNextPage).toBe(true);
    const last = await fixture.api.query(PAGE, { first: 0, after: all.data!.organisations.pageInfo.endCursor });
    expect(last.errors).toBeUndefined();
    expect(last.data!.organisations.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses first: -1 with BAD_USER_INPUT from validation, not a Neo4j ArgumentError', async () => {
    const response = await fixture.api.query(PAGE, { first: -1 });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] });
    expect(JSON.stringify(response.errors)).not.toMatch(/ArgumentError|Neo4j|non-negative integer/);
    expect(response.extensions!.dbRoundTrips).toBe(0);
  });
});
