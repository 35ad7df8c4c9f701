import { useTestApi } from '../support/test-api';
import { emptyGraph } from '../support/test-graph';
import { authHeader } from '../support/tokens';

/** One create per entity type, with the id each should get and a typed field to read back. */
const CASES: Array<[string, string, Record<string, unknown>, string, string]> = [
  ['createCountry', 'CreateCountryInput', { code: 'be', name: 'Belgium' }, 'country:BE', 'code'],
  ['createPlace', 'CreatePlaceInput', { name: 'Liège', kind: 'CITY', countryCode: 'be' }, 'place:liege', 'countryCode'],
  [
    'createOrganisation',
    'CreateOrganisationInput',
    { name: 'Le Forem', acronym: 'Forem', founded: 1989 },
    'org:le-forem',
    'founded',
  ],
  [
    'createWorkingGroup',
    'CreateWorkingGroupInput',
    { name: 'TWG on trainers', startYear: 2011, endYear: 2013 },
    'wg:twg-on-trainers',
    'endYear',
  ],
  [
    'createEvent',
    'CreateEventInput',
    { name: 'Peer learning activity', startDate: '2013-05-28', endDate: '2013-05-30' },
    'event:peer-learning-activity-2013',
    'year',
  ],
  [
    'createPublication',
    'CreatePublicationInput',
    { title: 'Trainers in VET', year: 2013, isbn: '978-92-76-20936-2' },
    'pub:trainers-in-vet',
    'isbn',
  ],
  [
    'createPolicyDocument',
    'CreatePolicyDocumentInput',
    { title: 'Bruges Communiqué', date: '2010-12-07' },
    'policy:bruges-communique',
    'year',
  ],
  [
    'createCompetenceStandard',
    'CreateCompetenceStandardInput',
    { name: 'AdA', level: 'NATIONAL', certification: true },
    'standard:ada',
    'certification',
  ],
  ['createPerson', 'CreatePersonInput', { name: 'Jane Doe', role: 'Director' }, 'person:jane-doe', 'role'],
  ['createTopic', 'CreateTopicInput', { name: 'In-company trainers' }, 'topic:in-company-trainers', 'id'],
];

const EXPECTED_FIELD: Record<string, unknown> = {
  'country:BE': 'BE',
  'place:liege': 'BE',
  'org:le-forem': 1989,
  'wg:twg-on-trainers': 2013,
  'event:peer-learning-activity-2013': 2013,
  'pub:trainers-in-vet': '978-92-76-20936-2',
  'policy:bruges-communique': 2010,
  'standard:ada': true,
  'person:jane-doe': 'Director',
  'topic:in-company-trainers': 'topic:in-company-trainers',
};

describe('create for every entity type', () => {
  const fixture = useTestApi(emptyGraph);

  it.each(CASES)(
    '%s makes the id from the name (or code) and stores the typed fields',
    async (mutation, inputType, input, id, field) => {
      const response = await fixture.api.query(
        `mutation($input: ${inputType}!) { result: ${mutation}(input: $input) { __typename id ${field} createdAt updatedAt updatedBy } }`,
        { input: { ...input, sources: ['https://example.org/source'] } },
        await authHeader('editor', 'alice'),
      );
      expect(response.errors).toBeUndefined();
      const result = response.data!.result;
      expect(result.id).toBe(id);
      expect(result[field]).toEqual(EXPECTED_FIELD[id]);
      expect(result.updatedBy).toBe('alice');
      expect(result.createdAt).toBe(result.updatedAt);
      const [row] = await fixture.graph.cypher(
        'MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, n.sources AS sources',
        { id },
      );
      expect([...(row.labels as string[])].sort()).toEqual(['Entity', result.__typename].sort());
      expect(row.sources).toEqual(['https://example.org/source']);
    },
  );
});
