/**
 * The generated file of gazetteer facts (gazetteer/gazetteer-data.ts: the countries of places from GeoNames, the
 * other names of countries from i18n-iso-countries), loaded with the sourced files.
 */
export const GAZETTEER_FILE = 'data/gazetteer.generated.json';

/**
 * Facts editors read from real pages (the bulk corpus, reviewed page by page into data/review/*.jsonl) and the facts
 * the dev corpus states for its pages, built by `npm run data:corpus` (scripts/corpus-facts.ts); each cites its page.
 */
export const CORPUS_FACTS_FILE = 'data/corpus-reviewed.json';

/**
 * The bundled dataset an empty graph is loaded with, relative to the project root: the two sourced vet-facts files
 * (copied from the shared dataset; format in data/FORMAT.md), the facts read from real pages and the generated
 * gazetteer facts about them all.
 */
export const BUNDLED_DATA_FILES: readonly string[] = [
  'data/policy-and-events.json',
  'data/trainers-and-publications.json',
  CORPUS_FACTS_FILE,
  GAZETTEER_FILE,
];
