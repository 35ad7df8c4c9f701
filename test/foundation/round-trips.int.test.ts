import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

describe('no N+1: database round trips per request (issue 2, section 3)', () => {
  const fixture = useTestApi(loadBundledData);

  it('50 events with their hosts, places and the places’ countries cost one round trip (read ahead)', async () => {
    const response = await fixture.api.query(`{
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
    expect(response.errors).toBeUndefined();
    expect(response.data!.events.nodes).toHaveLength(50);
    const withHosts = response.data!.events.nodes.filter((e: any) => e.hostedBy.nodes.length > 0);
    expect(withHosts.length).toBeGreaterThan(5);
    // The root list reads its hosts, places, countries and the places' countries in its own statement
    // (src/graph/read-ahead.ts); with READ_AHEAD=false it is one round trip per level, 3 (test/foundation/read-ahead).
    expect(response.extensions!.dbRoundTrips).toBe(1);
  });

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
});
