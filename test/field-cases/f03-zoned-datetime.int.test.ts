import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';

describe('F3. Zoned DateTime read with a wrong offset near midnight', () => {
  const fixture = useTestApi(async (graph) => {
    await loadFieldCaseFixture(graph);
    await graph.cypher(`
      CREATE (e:Entity:Event {id: 'event:test-seminar-tz', name: 'Test seminar with times', sources: ['https://example.org/field-cases'],
        startDateTime: datetime('2013-05-28T00:30:00[Europe/Brussels]'),
        endDateTime: datetime('2013-01-15T00:10:00[Europe/Brussels]')})`);
  });

  it('keeps the zone offset of the instant and the calendar day at local hour 00', async () => {
    const response = await fixture.api.query('{ event(id: "event:test-seminar-tz") { startDateTime endDateTime } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.event).toEqual({
      startDateTime: '2013-05-28T00:30:00+02:00',
      endDateTime: '2013-01-15T00:10:00+01:00',
    });
    expect(Date.parse(response.data!.event.startDateTime)).toBe(Date.parse('2013-05-27T22:30:00Z'));
  });
});
