import { getGender } from 'gender-detection-from-name';
import { foldText } from '../../domain/text-folding';
import { cityNameOf } from '../../gazetteer/city-names';
import { GazetteerCity } from '../../gazetteer/cities';
import { Mention, PlaceFound, spanOf, TextSpan } from './ingest.model';
import { months } from './ingest.name-judge';
import { countryCodeOf } from '../../gazetteer/countries';
import { pickCity } from './ingest.places';

/*
 * Where an event is held, in the languages of the genre. Candidates, each with a confidence:
 * - a place label line ("Location: Bonn", "• Where: Brussels", "Lieu", "Ort", "Wo", "Luogo", "Dove", "Lugar", "Miejsce",
 *   "Plaats", "Τόπος"), 0.9;
 * - "City (Country)", "(City, Country)", "City, Country", 0.9 (0.6 when the city is not in the gazetteer);
 * - a dateline: "Thessaloniki, 28-29 November 2016", "(8 October 2019, Paris)", "Graz, 7 to 9 September", 0.85;
 * - "at the City premises" 0.85, and a city after a postcode (an address) 0.8;
 * - a city after a locative word ("in", "à", "im", "a", "en", "em", "w", "στη", "в" ...): 0.85 when an event verb
 *   ("held", "se tiendra", "findet ... statt", "si svolge", "odbędzie się" ...) or a date stands right by it or the
 *   text names its country, 0.8 for a large city (a capital, a region's seat, or 100 000 inhabitants), else 0.7.
 * Cities are resolved in the gazetteer, other names and forms first through gazetteer/city-names.ts ("Wien" →
 * Vienna);
 * the best candidate wins, the earliest among equals.
 */

/** A capitalised place name of one to four words, in any script (hyphens and apostrophes inside words allowed). */
const NAME = String.raw`\p{Lu}[\p{L}'’\-]*(?:[ \-]\p{Lu}[\p{L}'’\-]*){0,3}`;

/** Words before a city, by language. */
const LOCATIVES = [
  'in',
  'at',
  'à',
  'au',
  'in der',
  'im',
  'a',
  'en',
  'em',
  'no',
  'na',
  'w',
  'we',
  'te',
  'la',
  'în',
  'в',
  'во',
  'στη',
  'στην',
  'στο',
  'στον',
  'presso',
  'nach',
  'din',
  'city of',
  'town of',
  'ville de',
  'Stadt',
  'città di',
  'ciudad de',
  'cidade de',
  'miasto',
  'stad',
  'πόλη της',
  'град',
];

/** Event verbs that tie a place to the event, by language (matched just before the locative). */
const EVENT_VERBS = new RegExp(
  [
    'held',
    'hosted',
    'take[sn]? place',
    'took place',
    'taking place',
    'meets?',
    'met',
    'gathered',
    'organi[sz]ed',
    'se tiendra',
    'aura lieu',
    'a eu lieu',
    "s[’']est tenue?s?",
    'réunis',
    'se déroulera',
    "s[’']est déroulée?",
    'findet',
    'fand',
    'stattfinden',
    'statt',
    'tagte',
    'tagt',
    'si svolge',
    'si terrà',
    'si è svolt[oa]',
    'in programma',
    'ospitat[oa]',
    'tendrá lugar',
    'tuvo lugar',
    'se celebrará',
    'se celebró',
    'celebrad[oa]',
    'reunid[oa]s',
    'decorreu',
    'decorrerá',
    'realiza-se',
    'realizou-se',
    'realizad[oa]',
    'terá lugar',
    'odbędzie się',
    'odbył[ao]? się',
    'odbywa się',
    'vindt plaats',
    'vond plaats',
    'plaatsvond',
    'πραγματοποιείται',
    'πραγματοποιήθηκε',
    'θα πραγματοποιηθεί',
    'διεξάγεται',
    'are loc',
    'a avut loc',
    'se desfășoară',
    'ще се проведе',
    'се проведе',
    'се провежда',
  ].join('|'),
  'iu',
);

const LABELS =
  /(?:^|\n)[ \t]*(?:[•·*▪–-][ \t]*)?(?:location|venue|place|city|where|lieu|ville|où|ort|veranstaltungsort|wo|luogo|sede|dove|lugar|local|dónde|onde|miejsce|gdzie|plaats|locatie|waar|τόπος|τοποθεσία|locul|locația|място)[ \t]*:?[ \t]*(?:\n[ \t]*)?(NAME)/giu;

/**
 * An earlier event named right before a place: "During the previous seminar in Berlin" (a bulk page's city came from
 * it), "lors de la précédente réunion à Paris". A place after one is that event's, so it is only a proposal (0.5), as
 * dates of earlier events are never the event's. "Next", "upcoming" and "last" are not among the cues: an
 * announcement's "the upcoming conference in Rome" and a report's "last week's conference" are the page's own event.
 */
const OTHER_EVENT_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:previous|former|earlier|prior|précédente?|vorherigen?|vorigen?|precedente|anterior|poprzedni[ae]?|vorige|προηγούμεν\p{L}*)\s+(?:[\p{L}\-]+\s+){0,4}(?:${[
    'seminar',
    'conference',
    'meeting',
    'forum',
    'workshop',
    'week',
    'event',
    'edition',
    'session',
    'summit',
    'congress',
    'séminaire',
    'conférence',
    'réunion',
    'édition',
    'konferenz',
    'tagung',
    'treffen',
    'ausgabe',
    'seminario',
    'conferenza',
    'riunione',
    'edizione',
    'conferencia',
    'reunión',
    'edición',
    'conferência',
    'reunião',
    'edição',
    'konferencj\\p{L}*',
    'spotkani\\p{L}*',
    'edycj\\p{L}*',
    'conferentie',
    'bijeenkomst',
    'editie',
  ].join('|')})s?\s+$`,
  'iu',
);

interface Candidate {
  name: string;
  start: number;
  city: GazetteerCity | undefined;
  code: string;
  countrySpan?: TextSpan;
  confidence: number;
}

/**
 * Where the event was held (see the file comment), or undefined; of equally sure places, the one nearest `near` (the
 * event's dates, when read). Returns the city under the name the gazetteer
 * knows it by when the page writes another ("Torino" → Turin), else as written; its region (omitted when it only
 * repeats the city or the data names none) and its country.
 */
export function extractPlace(text: string, mentioned: Array<Mention<string>>, near?: TextSpan): PlaceFound | undefined {
  const codes = new Set(mentioned.map((m) => m.value));
  const candidates: Candidate[] = [];
  const add = (
    name: string,
    start: number,
    confidence: (city: GazetteerCity) => number,
    country?: { code: string; span: TextSpan },
    doubtPrefix = false,
  ) => {
    // "1010 Wien Zum Programm": the longest run of the words that names a city.
    const words = name.replace(/[.’']+$/, '').split(' ');
    let clean = words.join(' ');
    let city = resolveCity(clean, country ? new Set([country.code]) : codes);
    for (let n = words.length - 1; !city && n >= 1; n -= 1) {
      clean = words.slice(0, n).join(' ');
      city = resolveCity(clean, country ? new Set([country.code]) : codes);
    }
    // After a locative, a small town named by the first words of a longer name is more likely that name's word ("na
    // Feira Internacional de Lisboa": a fair, not the town of Feira); a large city keeps its confidence ("in Vienna
    // Austria Center").
    const prefixOnly = doubtPrefix && clean !== words.join(' ') && city !== undefined && !large(city);
    // A country's name is a city only where the capital bears it (Luxembourg, Monaco, San Marino).
    if (countryCodeOf(clean) && !(city?.featureCode === 'PPLC' && city.countryCode === countryCodeOf(clean))) return;
    if (!city || (country && city.countryCode !== country.code)) return;
    candidates.push({
      name: clean,
      start,
      city,
      code: city.countryCode,
      countrySpan: country?.span,
      confidence: prefixOnly ? Math.min(0.5, confidence(city)) : confidence(city),
    });
  };
  for (const match of text.matchAll(new RegExp(LABELS.source.replace('NAME', NAME), 'giu')))
    add(match[1], indexOf(match, 1), () => 0.9);
  for (const match of text.matchAll(
    new RegExp(
      String.raw`(?<![\p{L}])(${NAME})\s*\(([^()\n]{3,60})\)|\((${NAME}),\s*(${NAME})\)|(?<![\p{L}])(${NAME}),\s+(${NAME})(?![\p{L}])`,
      'gu',
    ),
  )) {
    const [cityGroup, countryGroup] = match[1] ? [1, 2] : match[3] ? [3, 4] : [5, 6];
    const code = countryCodeOf(match[countryGroup]);
    if (!code) continue;
    const countryStart = indexOf(match, countryGroup);
    const span = spanOf(text, countryStart, countryStart + match[countryGroup].length);
    for (const [name, start] of tails(match[cityGroup], indexOf(match, cityGroup)))
      add(name, start, () => 0.9, { code, span });
  }
  for (const match of text.matchAll(
    new RegExp(
      String.raw`(?:^|\n|\()[ \t]*(${NAME}),[ \t]*\d{1,2}\b|\b\d{4},[ \t]*(${NAME})(?=[ \t]*(?:[,)\n]|$))`,
      'gu',
    ),
  )) {
    const group = match[1] ? 1 : 2;
    add(match[group], indexOf(match, group), () => 0.85);
  }
  // "Graz, 7 th to 9 th September 2009" anywhere in a line: a city, then a day and a month.
  for (const match of text.matchAll(
    new RegExp(String.raw`(?<![\p{L}])(${NAME}),[ \t]*\d{1,2}(?:[ \t]*(?:st|nd|rd|th))?\b([^\n]{0,25})`, 'gu'),
  )) {
    if (
      foldText(match[2])
        .split(/[^\p{L}]+/u)
        .some((word) => months().has(word))
    )
      for (const [name, start] of tails(match[1], indexOf(match, 1))) add(name, start, () => 0.85);
  }
  // "at the Thessaloniki premises of ...", "1010 Wien" (an address: the venue's, or an office's, so 0.8).
  for (const match of text.matchAll(
    new RegExp(String.raw`\bat the (${NAME}) (?:premises|offices|headquarters|campus)\b`, 'gu'),
  ))
    add(match[1], indexOf(match, 1), () => 0.85);
  for (const match of text.matchAll(new RegExp(String.raw`(?<![\d\p{L}])\d{4,5}[ \t]+(${NAME})(?![\p{L}])`, 'gu')))
    add(match[1], indexOf(match, 1), () => 0.8);
  const locative = new RegExp(String.raw`(?:^|[\s(])(?:${LOCATIVES.join('|')})\s+(${NAME})(?!\s*\d)`, 'gu');
  for (const match of text.matchAll(locative)) {
    const start = indexOf(match, 1);
    const before = text.slice(Math.max(0, match.index ?? 0) - 60, (match.index ?? 0) + 1);
    const after = text.slice(start + match[1].length, start + match[1].length + 30);
    const tied =
      EVENT_VERBS.test(before) ||
      /^\s*(?:stattgefunden|statt|stattfinden|plaatsgevonden|plaats)\b/u.test(after) ||
      /^\s*(?:on |le |am |il |el |em |,\s*)?\d{1,2}\b/u.test(after) ||
      /\d{1,2}\.?\s+\p{L}+\s*(?:\d{4})?\s*$/u.test(before);
    if (!plausible(match[1], start, text)) continue;
    const otherEvent = OTHER_EVENT_BEFORE.test(
      text.slice(Math.max(0, (match.index ?? 0) - 80), match.index ?? 0) + ' ',
    );
    add(
      match[1],
      start,
      (city) =>
        otherEvent || !plausibleCity(match[1], city)
          ? 0.5
          : tied || codes.has(city.countryCode)
            ? 0.85
            : large(city)
              ? 0.8
              : 0.7,
      undefined,
      true,
    );
  }
  // Equally sure places: the one nearest the event's dates ("... met in Bruges on 7 December 2010 ... convened in
  // Helsinki on 5 December 2006" gives Helsinki to the 2006 meeting), else the first.
  const distance = (c: Candidate) => (near ? Math.abs(c.start - near.start) : c.start);
  const best = candidates.sort((a, b) => b.confidence - a.confidence || distance(a) - distance(b))[0];
  if (!best) return undefined;
  const countryMention = best.countrySpan ?? mentioned.find((m) => m.value === best.code)?.span;
  return placeFound(text, best, countryMention);
}

/**
 * A capitalised run that ends right before ", <country>" or ", <day> <month>" and the runs of its last words, longest
 * first ("TTnet Estonia Launching Conference Tallinn, 15 June 2004": the city is the last word, "Bologna Seminar
 * Copenhagen, Denmark": the last but the name of another city comes first), with their offsets in the text.
 */
function tails(name: string, start: number): Array<[string, number]> {
  const words = name.split(' ');
  return words.map((_, i) => {
    const tail = words.slice(i).join(' ');
    return [tail, start + name.length - tail.length];
  });
}

/** The gazetteer city a written name stands for: another name or form first ("Wien"), then the name itself. */
function resolveCity(name: string, preferred: Set<string>): GazetteerCity | undefined {
  const other = cityNameOf(name);
  if (other) {
    const inCountry = new Set([other.country]);
    for (const gazetteerName of other.gazetteerNames) {
      const city = pickCity(gazetteerName, inCountry);
      if (city?.countryCode === other.country) return city;
    }
  }
  return pickCity(name, preferred);
}

/** A word after "in" that names a month ("in Jun 2019") or an abbreviation ("in EU") is no city. */
function plausible(name: string, start: number, text: string): boolean {
  const first = foldText(name.split(/\s+/)[0].replace(/[.’']+$/, ''));
  return (
    !months().has(first) && !(/^\p{Lu}{1,3}$/u.test(name) && !cityNameOf(name)) && text[start + name.length] !== '-'
  );
}

/** A small place that bears a given name ("Paola", "Gema") is more likely the person: 0.5 for those. */
function plausibleCity(name: string, city: GazetteerCity): boolean {
  return (
    large(city) ||
    city.population >= 20_000 ||
    cityNameOf(name) !== undefined ||
    getGender(name.split(/\s+/)[0]) === 'unknown'
  );
}

function large(city: GazetteerCity): boolean {
  return city.featureCode === 'PPLC' || city.featureCode === 'PPLA' || city.population >= 100_000;
}

function indexOf(match: RegExpMatchArray, group: number): number {
  return (match.index ?? 0) + match[0].indexOf(match[group]);
}

function placeFound(text: string, found: Candidate, countrySpan: TextSpan | undefined): PlaceFound {
  const citySpan = spanOf(text, found.start, found.start + found.name.length);
  const value = cityNameOf(found.name)?.name ?? found.name;
  const region =
    found.city?.region && !foldText(found.city.region).includes(foldText(value)) ? found.city.region : undefined;
  return {
    city: { value, confidence: found.confidence, span: citySpan },
    region: region ? { value: region, confidence: Math.min(found.confidence, 0.7), span: citySpan } : undefined,
    country: { value: found.code, confidence: found.confidence, span: countrySpan ?? citySpan },
    inGazetteer: found.city !== undefined,
  };
}
