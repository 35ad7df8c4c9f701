import { foldText } from '../domain/text-folding';
import { countryNamesOf } from './countries';
import { byId, Dataset } from './place-countries';

/** Where the names come from: the i18n-iso-countries package (MIT), from the CLDR and ISO 3166 name lists. */
export const COUNTRY_NAMES_SOURCE = 'https://github.com/michaelwittig/node-i18n-iso-countries';

/**
 * Alternative names of the countries in `datasets` (and of `more` countries), as Country records that carry only
 * `altNames`, to be merged by id with the sourced ones: every English, French and German name and alias of the code
 * in i18n-iso-countries that differs from the country's own name once folded ("Turkey" for Türkiye, "Czech Republic"
 * for Czechia, "UK" for the United Kingdom, "Deutschland" for Germany), sorted, so that search and ingestion find a
 * country under the names documents use. Countries with no other name are left out.
 * @param datasets parsed vet-facts files
 * @param more Country records added alongside (e.g. by placeCountries), named there
 * @returns records sorted by id
 */
export function countryNames(datasets: readonly Dataset[], more: Dataset['entities'] = []): Dataset['entities'] {
  const named = new Map<string, string>();
  for (const entity of [...datasets.flatMap((dataset) => dataset.entities), ...more])
    if (entity.type === 'Country') named.set(entity.id, entity.name);
  const records: Dataset['entities'] = [];
  for (const [id, name] of named) {
    const seen = new Set([foldText(name)]);
    const altNames: string[] = [];
    for (const other of countryNamesOf(id.slice('country:'.length))) {
      const key = foldText(other);
      if (seen.has(key)) continue;
      seen.add(key);
      altNames.push(other);
    }
    if (altNames.length)
      records.push({
        id,
        type: 'Country',
        name,
        props: { altNames: altNames.sort() },
        sources: [COUNTRY_NAMES_SOURCE],
      });
  }
  return records.sort(byId);
}
