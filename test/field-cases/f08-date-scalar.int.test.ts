import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';

describe('F8. Date scalar turns a driver temporal into null', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('stores startDate and endDate as Neo4j dates and returns them as ISO strings', async () => {
    const [stored] = await fixture.graph.cypher(
      'MATCH (e:Event {id: "event:test-pla-2013"}) RETURN valueType(e.startDate) AS type',
    );
    expect(stored.type).toBe('DATE NOT NULL');
    const response = await fixture.api.query('{ event(id: "event:test-pla-2013") { startDate endDate } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.event).toEqual({ startDate: '2013-05-28', endDate: '2013-05-30' });
  });
});
