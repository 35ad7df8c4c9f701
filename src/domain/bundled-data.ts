/** The generated file of gazetteer facts (see modules/import/place-countries.ts), loaded with the sourced files. */
export const PLACE_COUNTRIES_FILE = 'data/place-countries.geonames.json';

/**
 * The bundled dataset an empty graph is loaded with, relative to the project root: the two sourced vet-facts files
 * (copied from the shared dataset; format in data/FORMAT.md) and the countries the gazetteer gives their places.
 */
export const BUNDLED_DATA_FILES: readonly string[] = ['data/policy-and-events.json', 'data/trainers-and-publications.json', PLACE_COUNTRIES_FILE];
