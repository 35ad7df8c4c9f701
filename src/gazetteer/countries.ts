import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import de from 'i18n-iso-countries/langs/de.json';
import it from 'i18n-iso-countries/langs/it.json';
import es from 'i18n-iso-countries/langs/es.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import el from 'i18n-iso-countries/langs/el.json';
import ro from 'i18n-iso-countries/langs/ro.json';
import bg from 'i18n-iso-countries/langs/bg.json';
import { foldText } from '../domain/text-folding';

/*
 * Country names through i18n-iso-countries (official names and aliases: "Belgium", "Belgique", "Belgien"), for
 * the ingester, which recognises them in pages, and for the gazetteer data, which records them.
 */

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(de);
for (const locale of [it, es, pt, pl, nl, el, ro, bg]) countries.registerLocale(locale);

/** The languages whose country names the bundled gazetteer data records (countryNamesOf). */
const LANGUAGES = ['en', 'fr', 'de'];
/** The languages whose country names are recognised in a page (issue 11: the languages of the genre). */
const PAGE_LANGUAGES = ['en', 'fr', 'de', 'it', 'es', 'pt', 'pl', 'nl', 'el', 'ro', 'bg'];

let countryNames: Map<string, string> | undefined;

/** Folded country name → ISO alpha-2, for every name and alias in the page languages (built once). */
export function countryNameIndex(): Map<string, string> {
  if (countryNames) return countryNames;
  countryNames = new Map();
  for (const language of PAGE_LANGUAGES) {
    for (const [code, names] of Object.entries(countries.getNames(language, { select: 'all' }))) {
      for (const name of names) countryNames.set(foldText(name), code);
    }
  }
  return countryNames;
}

/** The ISO alpha-2 code a country name (any case or accents, in PAGE_LANGUAGES) stands for, or undefined. */
export function countryCodeOf(name: string): string | undefined {
  return countryNameIndex().get(foldText(name.trim()));
}

/**
 * Every name and alias of a country code in the three languages (i18n-iso-countries), English first: `DE` → Germany,
 * Allemagne, Deutschland.
 */
export function countryNamesOf(code: string): string[] {
  return LANGUAGES.flatMap((language) => countries.getName(code, language, { select: 'all' }) ?? []);
}

/** The English short name of a country code (i18n-iso-countries), e.g. `BE` → "Belgium". */
export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}
