/**
 * What the bundled data files hold (src/domain/bundled-data.ts: the two sourced vet-facts files, the facts editors
 * read from real pages in data/corpus-reviewed.json, the gazetteer facts), merged by id and by (from, type, to).
 * test/foundation/bundled-data.int.test.ts counts the files independently of the importer and checks both them and the
 * loaded graph against these figures; other tests that count the bundled graph use them. When the data changes
 * (`npm run data:corpus`, `npm run data:gazetteer`), that test says the new figures.
 */
export const BUNDLED_COUNTS = {
  entities: 3625,
  relationships: 6173,
  byType: {
    Country: 56,
    Place: 118,
    Organisation: 830,
    WorkingGroup: 65,
    Event: 542,
    Publication: 89,
    PolicyDocument: 140,
    CompetenceStandard: 45,
    Person: 830,
    Topic: 910,
  },
  byRelationshipType: {
    ABOUT: 1770,
    PARTICIPATED_IN: 852,
    CONTACT_FOR: 789,
    ORGANISED_BY: 604,
    WORKS_FOR: 599,
    HELD_IN: 370,
    LOCATED_IN: 318,
    CITES: 295,
    HOSTED_BY: 98,
    ANALYSES: 79,
    MEMBER_OF: 77,
    ADOPTED_BY: 67,
    PUBLISHED_BY: 66,
    PART_OF: 58,
    APPLIES_IN: 45,
    FOLLOWS: 38,
    DEVELOPED_BY: 31,
    COORDINATED_BY: 6,
    MANDATED_BY: 6,
    PRESENTED_AT: 5,
  },
} as const;
