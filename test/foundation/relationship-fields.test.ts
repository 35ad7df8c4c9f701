import { ENTITY_TYPES } from '../../src/domain/entity-types';
import { endpointProblem } from '../../src/domain/relationship-types';
import { DERIVED_FIELDS, RELATIONSHIPS, relationFieldsOf } from '../../src/entities/relationship-fields';

// The relationship fields are declared once (src/entities/relationship-fields.ts) and both ends derived from it.
describe('relationship declarations', () => {
  it('only declare relationships the allow-list lets the writes create', () => {
    const problems = RELATIONSHIPS.map((d) => endpointProblem(d.type, d.from.type, d.to.type)).filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('give every entity type distinct field names', () => {
    for (const type of ENTITY_TYPES) {
      const names = relationFieldsOf(type).map((field) => field.field);
      expect({ type, duplicates: names.filter((name, i) => names.indexOf(name) !== i) }).toEqual({
        type,
        duplicates: [],
      });
    }
  });

  it('derive both ends of one declaration, the forward one on the source type', () => {
    const hostedBy = relationFieldsOf('Event').find((field) => field.field === 'hostedBy');
    const hostedEvents = relationFieldsOf('Organisation').find((field) => field.field === 'hostedEvents');
    // Patterns are functions of the variables (graph/relation-statement.ts); shown here with the loader's n, m, r.
    const vars = { parent: 'n', target: 'm', rel: 'r' };
    expect(hostedBy?.spec.name).toBe('Event.hostedBy');
    expect(hostedBy?.spec.pattern(vars)).toBe('(n)-[r:HOSTED_BY]->(m:Organisation)');
    expect(hostedEvents?.spec.name).toBe('Organisation.hostedEvents');
    expect(hostedEvents?.spec.pattern(vars)).toBe('(n)<-[r:HOSTED_BY]-(m:Event)');
    expect([hostedBy?.dated, hostedEvents?.dated]).toEqual([false, false]);
  });

  it('take asOf on dated relationships and derive the seat fields as single or connection', () => {
    const dated = (type: 'Organisation' | 'WorkingGroup') =>
      relationFieldsOf(type)
        .filter((field) => field.dated)
        .map((field) => field.field)
        .sort();
    expect(dated('WorkingGroup')).toEqual(['coordinatedBy', 'memberCountries', 'members']);
    expect(dated('Organisation')).toEqual([
      'coordinatedWorkingGroups',
      'country',
      'memberCountries',
      'memberOf',
      'members',
      'people',
      'places',
      'workingGroups',
    ]);
    const country = relationFieldsOf('Organisation').find((field) => field.field === 'country');
    expect(country).toMatchObject({ single: true, dated: true });
    expect(DERIVED_FIELDS.map((d) => `${d.on.type}.${d.end[0]}`)).toEqual([
      'Event.countries',
      'Country.events',
      'Country.organisations',
      'Organisation.country',
      'Place.country',
    ]);
  });

  it('count the fields the schema had before they were declared once (84 over ten types)', () => {
    const counts = Object.fromEntries(ENTITY_TYPES.map((type) => [type, relationFieldsOf(type).length]));
    expect(counts).toEqual({
      Country: 8,
      Place: 5,
      Organisation: 14,
      WorkingGroup: 8,
      Event: 17,
      Publication: 12,
      PolicyDocument: 8,
      CompetenceStandard: 4,
      Person: 3,
      Topic: 5,
    });
  });
});
