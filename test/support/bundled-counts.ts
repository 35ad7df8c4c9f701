/**
 * What the bundled data files hold (src/domain/bundled-data.ts: the two sourced vet-facts files, the facts editors
 * read from real pages in data/corpus-reviewed.json, the gazetteer facts), merged by id and by (from, type, to).
 * test/foundation/bundled-data.int.test.ts counts the files independently of the importer and checks both them and the
 * loaded graph against these figures; other tests that count the bundled graph use them. When the data changes
 * (`npm run data:corpus`, `npm run data:gazetteer`), that test says the new figures.
 */
export const BUNDLED_COUNTS = {
  entities: 3677,
  relationships: 5992,
  byType: {
    Country: 37,
    Place: 115,
    Organisation: 845,
    WorkingGroup: 74,
    Event: 550,
    Publication: 84,
    PolicyDocument: 131,
    CompetenceStandard: 45,
    Person: 831,
    Topic: 965,
  },
} as const;
