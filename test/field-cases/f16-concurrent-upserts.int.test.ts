import { atOnce, codes, duplicates, loadRaceFixture } from '../support/races';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

const UPSERT_ORG =
  'mutation($input: CreateOrganisationInput!) { upsertOrganisation(input: $input) { id name countryCode founded } }';
const UPSERT_EVENT = 'mutation($input: CreateEventInput!) { upsertEvent(input: $input) { id name kind startDate } }';

describe('F16. Concurrent upserts of a new entity answer CONFLICT', () => {
  const fixture = useTestApi(loadRaceFixture, { RATE_LIMIT_MAX: '0' });

  it('20 upsertOrganisation of one new name at once all succeed and leave one node', async () => {
    const editor = await authHeader('editor');
    const input = { name: 'Agence Concurrente Test', countryCode: 'BE', founded: 1990 };
    const answers = await atOnce(20, () => fixture.api.query(UPSERT_ORG, { input }, editor));
    expect(codes(answers)).toEqual(Array(20).fill('OK'));
    const ids = new Set(answers.map((a) => a.data!.upsertOrganisation.id));
    expect([...ids]).toEqual(['org:agence-concurrente-test']);
    expect(answers[0].data!.upsertOrganisation).toEqual({
      id: 'org:agence-concurrente-test',
      name: 'Agence Concurrente Test',
      countryCode: 'BE',
      founded: 1990,
    });
    const rows = await fixture.graph.cypher(
      'MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, n.founded AS founded',
      { id: 'org:agence-concurrente-test' },
    );
    expect(rows).toEqual([{ labels: ['Entity', 'Organisation'], founded: 1990 }]);
  });

  it('20 upsertEvent with one explicit new id at once all succeed and leave one node', async () => {
    const editor = await authHeader('editor');
    const input = {
      id: 'event:race-upsert-new',
      name: 'Race upsert seminar',
      kind: 'SEMINAR',
      startDate: '2021-03-04',
    };
    const answers = await atOnce(20, () => fixture.api.query(UPSERT_EVENT, { input }, editor));
    expect(codes(answers)).toEqual(Array(20).fill('OK'));
    for (const answer of answers)
      expect(answer.data!.upsertEvent).toEqual({
        id: 'event:race-upsert-new',
        name: 'Race upsert seminar',
        kind: 'SEMINAR',
        startDate: '2021-03-04',
      });
    const [{ count }] = await fixture.graph.cypher('MATCH (n:Entity {id: $id}) RETURN count(n) AS count', {
      id: 'event:race-upsert-new',
    });
    expect(count).toBe(1);
    expect(await duplicates(fixture.graph)).toEqual({ ids: [], names: [] });
  });
});
