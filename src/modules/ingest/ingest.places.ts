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
import { foldText } from '../../domain/text-folding';
import { FoldedText } from './ingest.folding';
import { citiesNamed, GazetteerCity, isEuropean } from './ingest.gazetteer';
import { Mention, PlaceFound, spanOf } from './ingest.model';

/*
 * Places through libraries, not hand lists: country names in English, French and German from i18n-iso-countries
 * (official names and aliases: "Belgium", "Belgique", "Belgien"), cities with their region (state, province) and
 * country from the GeoNames gazetteer of ingest.gazetteer.ts.
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
function countryNameIndex(): Map<string, string> {
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

/** Every name and alias of a country code in the three languages (i18n-iso-countries), English first: `DE` → Germany, Allemagne, Deutschland. */
export function countryNamesOf(code: string): string[] {
  return LANGUAGES.flatMap((language) => countries.getName(code, language, { select: 'all' }) ?? []);
}

/** The English short name of a country code (i18n-iso-countries), e.g. `BE` → "Belgium". */
export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}

/** Every mention of a country name in the text (ISO alpha-2, confidence 0.9: names are unambiguous), in text order. */
export function findCountryMentions(folded: FoldedText): Array<Mention<string>> {
  const all: Array<Mention<string>> = [];
  for (const [name, code] of countryNameIndex()) {
    // Two-letter aliases ("UK" aside) would match words; names of three characters or more only.
    if (name.length < 4 && name !== 'uk') continue;
    for (const span of folded.findPhrase(name)) {
      if (!/^\p{Lu}/u.test(span.text)) continue;
      // A longer name at the same place wins ("Republic of Ireland" over "Ireland" is not needed, but no doubles).
      if (all.some((m) => m.span.start <= span.start && span.end <= m.span.end)) continue;
      all.push({ value: code, confidence: 0.9, span });
    }
  }
  return all.sort((a, b) => a.span.start - b.span.start);
}

/** The first mention of each country, in text order. */
export function firstMentions(mentions: Array<Mention<string>>): Array<Mention<string>> {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.value) && seen.add(m.value));
}

/** A capitalised place name of one to four words (hyphens and apostrophes inside words allowed). */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’\-]*(?:[ \-]\p{Lu}[\p{L}'’\-]*){0,3}`;

/**
 * Where the event was held. Tried in order: "City (Country)" (country names in en/fr/de), then a city after a
 * locative word ("in", "at", "à", "au", "in der", "im"), resolved in the gazetteer to a city of a country the text
 * names, else to a city of that name in the only European country that has one (the most populous city of a name
 * wins within a country). Returns the city as written, its region from the gazetteer (omitted when it only repeats
 * the city, or when the data names none) and its country.
 */
export function extractPlace(text: string, mentioned: Array<Mention<string>>): PlaceFound | undefined {
  const mentionedCodes = new Set(mentioned.map((m) => m.value));
  for (const match of text.matchAll(new RegExp(String.raw`(${PLACE_NAME})\s*\(([^()\n]{3,60})\)`, 'gu'))) {
    const code = countryCodeOf(match[2]);
    if (!code || countryCodeOf(match[1])) continue;
    const cityStart = match.index ?? 0;
    const countryStart = cityStart + match[0].indexOf('(') + 1;
    const city = pickCity(match[1], new Set([code]));
    return placeFound(text, match[1], cityStart, city, code, spanOf(text, countryStart, countryStart + match[2].length), city ? 0.95 : 0.6);
  }
  const locative = new RegExp(String.raw`(?:^|[\s(])(?:in|at|à|au|in der|im|en)\s+(${PLACE_NAME})(?!\s*\d)`, 'gu');
  for (const match of text.matchAll(locative)) {
    const name = match[1].replace(/[.’']+$/, '');
    if (countryCodeOf(name)) continue;
    const city = pickCity(name, mentionedCodes);
    if (!city) continue;
    const cityStart = (match.index ?? 0) + match[0].lastIndexOf(match[1]);
    const countryMention = mentioned.find((m) => m.value === city.countryCode);
    const confidence = mentionedCodes.has(city.countryCode) ? 0.85 : 0.7;
    const cityEnd = cityStart + name.length;
    return placeFound(text, name, cityStart, city, city.countryCode, countryMention?.span ?? spanOf(text, cityStart, cityEnd), confidence);
  }
  return undefined;
}

/**
 * The gazetteer city of this name in one of `preferred` countries (the most populous there), else the city of the
 * only European country that has one of this name (its most populous), else undefined.
 */
export function pickCity(name: string, preferred: Set<string>): GazetteerCity | undefined {
  const candidates = citiesNamed(name);
  // A hamlet of a country the text names does not beat a large city of that name ("Geneva", US, against Geneva).
  const largest = candidates[0]?.population ?? 0;
  const inPreferred = candidates.find((c) => preferred.has(c.countryCode) && c.population * 20 >= largest);
  if (inPreferred) return inPreferred;
  const european = candidates.filter((c) => isEuropean(c.countryCode));
  return european.length > 0 && european.every((c) => c.countryCode === european[0].countryCode) ? european[0] : undefined;
}

function placeFound(text: string, name: string, start: number, city: GazetteerCity | undefined, code: string, countrySpan: PlaceFound['country']['span'], confidence: number): PlaceFound {
  const citySpan = spanOf(text, start, start + name.length);
  const region = city?.region && !foldText(city.region).includes(foldText(name)) ? city.region : undefined;
  return {
    city: { value: name, confidence, span: citySpan },
    region: region ? { value: region, confidence: Math.min(confidence, 0.7), span: citySpan } : undefined,
    country: { value: code, confidence, span: countrySpan },
    inGazetteer: city !== undefined,
  };
}
