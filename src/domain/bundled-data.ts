/**
 * The generated file of gazetteer facts (modules/import/gazetteer-data.ts: the countries of places from GeoNames, the
 * other names of countries from i18n-iso-countries), loaded with the sourced files.
 */
export const GAZETTEER_FILE = 'data/gazetteer.generated.json';

/**
 * The bundled dataset an empty graph is loaded with, relative to the project root: the two sourced vet-facts files
 * (copied from the shared dataset; format in data/FORMAT.md) and the generated gazetteer facts about them.
 */
export const BUNDLED_DATA_FILES: readonly string[] = ['data/policy-and-events.json', 'data/trainers-and-publications.json', GAZETTEER_FILE];
