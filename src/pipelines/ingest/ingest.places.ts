import { foldText } from '../../domain/text-folding';
import { FoldedText } from './ingest.folding';
import { citiesNamed, GazetteerCity, isEuropean } from '../../gazetteer/cities';
import { Mention, PlaceFound, spanOf } from './ingest.model';
import { countryCodeOf, countryNameIndex } from '../../gazetteer/countries';

/*
 * Places through libraries, not hand lists: country names from i18n-iso-countries (gazetteer/countries.ts), cities
 * with their region (state, province) and country from the GeoNames gazetteer of gazetteer/cities.ts.
 */

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
    return placeFound(
      text,
      match[1],
      cityStart,
      city,
      code,
      spanOf(text, countryStart, countryStart + match[2].length),
      city ? 0.95 : 0.6,
    );
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
    return placeFound(
      text,
      name,
      cityStart,
      city,
      city.countryCode,
      countryMention?.span ?? spanOf(text, cityStart, cityEnd),
      confidence,
    );
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
  return european.length > 0 && european.every((c) => c.countryCode === european[0].countryCode)
    ? european[0]
    : undefined;
}

function placeFound(
  text: string,
  name: string,
  start: number,
  city: GazetteerCity | undefined,
  code: string,
  countrySpan: PlaceFound['country']['span'],
  confidence: number,
): PlaceFound {
  const citySpan = spanOf(text, start, start + name.length);
  const region = city?.region && !foldText(city.region).includes(foldText(name)) ? city.region : undefined;
  return {
    city: { value: name, confidence, span: citySpan },
    region: region ? { value: region, confidence: Math.min(confidence, 0.7), span: citySpan } : undefined,
    country: { value: code, confidence, span: countrySpan },
    inGazetteer: city !== undefined,
  };
}
