/**
 * What the bundled data files hold (src/domain/bundled-data.ts: the two sourced vet-facts files, the facts editors
 * read from real pages in data/corpus-reviewed.json, the gazetteer facts), merged by id and by (from, type, to).
 * test/foundation/bundled-data.int.test.ts counts the files independently of the importer and checks both them and the
 * loaded graph against these figures; other tests that count the bundled graph use them. When the data changes
 * (`npm run data:corpus`, `npm run data:gazetteer`), that test says the new figures.
 */
export const BUNDLED_COUNTS = {
  entities: 3605,
  relationships: 5921,
  byType: {
    Country: 37,
    Place: 115,
    Organisation: 841,
    WorkingGroup: 62,
    Event: 550,
    Publication: 84,
    PolicyDocument: 131,
    CompetenceStandard: 45,
    Person: 830,
    Topic: 910,
  },
  byRelationshipType: {
    ABOUT: 1779,
    CONTACT_FOR: 793,
    PARTICIPATED_IN: 729,
    ORGANISED_BY: 621,
    WORKS_FOR: 605,
    HELD_IN: 372,
    CITES: 293,
    LOCATED_IN: 236,
    HOSTED_BY: 98,
    ANALYSES: 79,
    PUBLISHED_BY: 61,
    ADOPTED_BY: 49,
    APPLIES_IN: 45,
    PART_OF: 43,
    FOLLOWS: 38,
    MEMBER_OF: 33,
    DEVELOPED_BY: 31,
    MANDATED_BY: 6,
    COORDINATED_BY: 5,
    PRESENTED_AT: 5,
  },
} as const;
