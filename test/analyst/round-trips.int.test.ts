import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

describe('cost per request: one round trip per request (issue 3, section 6; issue 15, item 4)', () => {
  const fixture = useTestApi(loadBundledData);

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
});
