import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

/**
 * The world-atlas file the dashboard's map draws (1:50m: small states such as Malta and Liechtenstein have a shape).
 */
export const WORLD_ATLAS_FILE = 'world-atlas/countries-50m.json';

/** A geometry of world-atlas's `countries` object: an ISO 3166-1 numeric id, when the country has one, and a name. */
export interface AtlasGeometry {
  id?: string;
  properties?: { name?: string };
}

/**
 * Maps each world-atlas country shape to the ISO 3166-1 alpha-2 code our Country nodes use (`country:<code>`).
 * Shapes are keyed by their numeric id ("056" → "BE", from i18n-iso-countries); the few without one (Kosovo,
 * Northern Cyprus, Somaliland…) by their English name, kept only when i18n-iso-countries knows that name
 * (so Kosovo → XK, while "N. Cyprus" is left out rather than guessed).
 * @param geometries `objects.countries.geometries` of a world-atlas TopoJSON file
 * @returns `{ byNumeric, byName }`: numeric id or shape name → alpha-2 code
 */
export function atlasCountryCodes(geometries: AtlasGeometry[]): {
  byNumeric: Record<string, string>;
  byName: Record<string, string>;
} {
  const byNumeric: Record<string, string> = {};
  const byName: Record<string, string> = {};
  for (const geometry of geometries) {
    if (geometry.id) {
      const code = countries.numericToAlpha2(geometry.id);
      if (code) byNumeric[geometry.id] = code;
    } else if (geometry.properties?.name) {
      const code = countries.getAlpha2Code(geometry.properties.name, 'en');
      if (code) byName[geometry.properties.name] = code;
    }
  }
  return { byNumeric, byName };
}

let cached: ReturnType<typeof atlasCountryCodes> | undefined;

/**
 * {@link atlasCountryCodes} of {@link WORLD_ATLAS_FILE}, computed once (what `/dashboard/geo/country-codes.json`
 * serves).
 */
export function worldAtlasCountryCodes(): ReturnType<typeof atlasCountryCodes> {
  cached ??= atlasCountryCodes(
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file found at run time
    (require(WORLD_ATLAS_FILE) as { objects: { countries: { geometries: AtlasGeometry[] } } }).objects.countries
      .geometries,
  );
  return cached;
}
