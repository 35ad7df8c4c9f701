import { getGender } from 'gender-detection-from-name';
import { foldText } from '../../domain/text-folding';
import { knownOrganisation } from './ingest.known-names';
import { OrganisationFound } from './ingest.model';
import { hasInstitutionHead } from './ingest.organisations';
import { citiesNamed, isRegionName } from '../../gazetteer/cities';
import { countryCodeOf } from '../../gazetteer/countries';
import { CALENDAR_LANGUAGES } from './ingest.calendar-words';

/*
 * The organisation-name judge (issue 11, item 2): an organisation, working group or publication is created only from
 * a name. Refused: fewer than two letters, a fragment holding a date ("Cedefop on 21", "22 November in
 * Thessaloniki"), a bare nationality adjective ("Croatian"), a generic word ("Ministry", "EU" unless the bundled data
 * knows it), a place ("Sardinia", "Greece", "the Auvergne-Rhône-Alpes region": see isPlaceName), a person and a whole
 * sentence. Month names and nationality adjectives come from
 * the ICU data of the runtime (Intl), in the languages of the genre, not from hand lists.
 */

/** The languages whose month names mark a date fragment: those of ingest.calendar-words.ts and Croatian. */
const LOCALES = [...CALENDAR_LANGUAGES, 'hr'];

let monthWords: Set<string> | undefined;

/** Folded month names (long, short, and the genitive forms Polish and Greek write after a day) in LOCALES. */
export function months(): Set<string> {
  if (monthWords) return monthWords;
  monthWords = new Set();
  for (const locale of LOCALES) {
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2021, month, 15));
      for (const options of [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }] as const) {
        const text = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
        for (const word of foldText(text).match(/\p{L}{3,}/gu) ?? []) monthWords.add(word.replace(/\.$/, ''));
      }
    }
  }
  return monthWords;
}

let adjectiveWords: Set<string> | undefined;

/**
 * Folded language names as the ICU data writes them in English, French, German, Italian and Spanish ("Croatian",
 * "croate", "Kroatisch"): in these languages they are also the nationality adjectives, plus English adjectives of
 * nations without a language of their own name.
 */
function adjectives(): Set<string> {
  if (adjectiveWords) return adjectiveWords;
  adjectiveWords = new Set([
    'austrian',
    'belgian',
    'cypriot',
    'swiss',
    'british',
    'european',
    'american',
    'scottish',
    'flemish',
    'walloon',
    'luxembourgian',
    'bosnian',
    'kosovar',
    'montenegrin',
    'moldovan',
  ]);
  for (const locale of ['en', 'fr', 'de', 'it', 'es', 'pt', 'nl']) {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (let a = 97; a <= 122; a += 1) {
      for (let b = 97; b <= 122; b += 1) {
        const name = names.of(String.fromCharCode(a, b));
        if (name && !/\s/.test(name)) adjectiveWords.add(foldText(name));
      }
    }
  }
  return adjectiveWords;
}

/** Words that alone name a kind of body, not a body. */
const GENERIC = new Set([
  'eu',
  'europe',
  'commission',
  'council',
  'parliament',
  'ministry',
  'minister',
  'government',
  'presidency',
  'agency',
  'institute',
  'university',
  'partners',
  'members',
  'member states',
  'experts',
  'participants',
  'stakeholders',
  'social partners',
  'organisation',
  'organization',
  'network',
  'secretariat',
  'vet',
  'ivet',
  'cvet',
  'team',
  'project',
  'programme',
  'program',
  'committee',
  'board',
  'conference',
  'event',
  'centre',
  'center',
  'school',
  'schools',
  'company',
  'companies',
  'the',
  'national',
  'international',
  'regional',
  'local',
  'it',
  'this',
  'that',
  'these',
  'those',
  'when',
  'where',
  'which',
  'who',
  'there',
  'here',
  'they',
  'we',
  'our',
  'its',
  'their',
  'training',
  'technology',
  'development',
  'science',
  'employment',
  'foundation',
  'education',
  'research',
  'innovation',
  'culture',
  'youth',
  'sport',
  'skills',
  'affairs',
  'social affairs',
  'labour',
  'work',
  'economy',
  'today',
  'digital skills',
  'vocational education',
  'vocational training',
  'national agency',
  'ministry of education',
  'european centre',
]);

/**
 * Titles and offices before a person's name ("Mrs Jalladeau", "Dr ...", "Commissioner ..."): a person is not a body.
 */
const PERSON =
  /^(?:mr|mrs|ms|dr|prof|professor|sir|madame|monsieur|herr|frau|dott|commissioner|minister|director|president)\.?\s|^(?:ceo|head|chair\w*|president|director|secretary|rector|dean|mayor) of\b|\b(?:executive director|head of (?:department|unit)|director general)\b/u;

/** Words of an event, not of a body ("European Vocational Skills Week 2020", "... Annual Network Meeting"). */
const EVENT_WORDS =
  /\b(?:conference|week|meeting|workshop|seminar|forum|summit|awards?|championship|congress|kongress|webinar|plenary|semaine|woche|settimana|semana|tagung|konferenz|conferint\p{L}*|conferenza|conferencia|konferencj\p{L}*|συνεδριο|ημεριδα|конференци\p{L}*)(?![\p{L}])/u;

/** People in a group, not a body ("Participants in Cedefop", "Representatives of ..."). */
const PEOPLE =
  /^(?:participants|members|representatives|experts|delegates|speakers|partners|teilnehmende|participants de)\b/u;

/** Verbs that make a piece a clause ("Vienna hosted the ...", "Cedefop Organizes a Workshop"). */
const CLAUSE_VERBS =
  /\b(?:commenting|speaking|according|hosted|hosts|organi[sz]es|organi[sz]ed|held|launched|presented|opened|welcomed|announced|took|said|explores?|exploring|aims?|brings?|brought)\b/u;

/** Finite verbs and pronouns that make a piece of text a clause, not a name. */
const CLAUSE_WORDS =
  /(?:^|\s)(?:is|are|was|were|will|would|has|have|had|we|you|they|est|sont|sera|ist|sind|wird|wurde|war|è|sono|es|son|fue|é|são|foi|jest|są|zijn|werd|είναι)(?=\s|$)/u;

/**
 * Prepositions and adverbs of time or order that open a clause, never a body's name, in the languages of the genre:
 * "Après Rotterdam et Lisbonne, c'est ... qui accueillera" (bulk page 346 gave the host "Après Rotterdam").
 */
const LEADING_CLAUSE_WORD =
  /^(?:after|before|following|during|since|until|between|among|within|through|thanks to|apres|avant|depuis|pendant|grace a|nach|vor|seit|wahrend|dank|dopo|prima|grazie a|despues|antes|desde|tras|gracias a|apos|gracas a|po|przed|podczas|dzieki|na|tijdens|sinds|dankzij|μετα|πριν|κατα)\s/u;

/**
 * A relative clause after a comma, folded: a quoted phrase of a speech ("Lerngemeinschaft, die uns alle
 * weiterbringt", bulk page 678, cued as a publication by the word "Ausgabe" nearby), not a name or a title.
 */
const RELATIVE_CLAUSE = /,\s(?:die|der|das|which|who|that|qui|que|che|cui|ktory|ktora|ktore|που)\s/u;

/**
 * A country's name with a language or community code ("Belgium-fr", "Belgium-fl"): a part of a country, a place.
 */
const COUNTRY_WITH_CODE = /^(\p{L}[\p{L} ]+)-(?:fr|fl|nl|de|en|it)$/u;

/**
 * Why `name` is not the name of an organisation (or working group, or publication), or undefined when it is one.
 * @returns 'too short' | 'fragment' | 'date' | 'person' | 'event' | 'adjective' | 'generic' | 'working group' | 'place'
 * |
 *   'sentence', or undefined
 */
export function whyNotAName(name: string): string | undefined {
  const folded = foldText(name.normalize('NFC')).replace(/\s+/g, ' ').trim();
  if ((folded.match(/\p{L}/gu) ?? []).length < 2) return 'too short';
  if (/\n/.test(name.trim())) return 'fragment';
  // A tab or a run of three spaces is a column gap (a table of contents' "... digitalisation    15"), not a name.
  if (/\t| {3,}/.test(name.trim())) return 'fragment';
  // Words said twice in a row are a heading run into its line ("... Training Governing Board Governing Board").
  if (/(?:^|\s)(\p{L}+\s+\p{L}+)\s+\1(?:\s|$)/iu.test(name.trim())) return 'fragment';
  // Written in lower case, as a conjunction or preposition is ("ET 2020" is a name).
  if (/^(?:and|or|et|ou|und|oder|e|y|i|și|şi|και|of|in|on|at|for|de|du|des|von|der|by|with)\s/u.test(name.trim()))
    return 'fragment';
  const bare = folded
    .replace(/^(?:the|le|la|les|l'|der|die|das|il|el|o|a|het|de|η|ο|το)\s+/u, '')
    .replace(/[.,;:]+$/, '');
  if (knownOrganisation(name)) return undefined;
  if (LEADING_CLAUSE_WORD.test(folded)) return 'fragment';
  // A plural acronym names several bodies ("the NRPs of Austria, Belgium-fr and ...": National Reference Points).
  if (/^\p{Lu}{2,}s\b/u.test(name.trim().replace(/^(?:the|The)\s+/u, ''))) return 'generic';
  const coded = COUNTRY_WITH_CODE.exec(bare);
  if (coded && countryCodeOf(coded[1])) return 'place';
  const words = bare.split(' ');
  const monthNames = months();
  for (let i = 0; i < words.length; i += 1) {
    const day = /^\d{1,2}(?:st|nd|rd|th|\.|η|ης)?$/u.test(words[i]);
    const near = (j: number) => monthNames.has((words[j] ?? '').replace(/[.,]/g, ''));
    if (day && (near(i + 1) || near(i - 1))) return 'date';
    if (day && /^(?:on|am|le|el|il|em|dnia|op|στις|на|pe|w)$/u.test(words[i - 1] ?? '')) return 'date';
    if (/^\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?$/.test(words[i])) return 'date';
  }
  const yearOrDay = (word: string | undefined) => /^\d{1,4}(?:st|nd|rd|th|\.)?,?$/u.test(word ?? '');
  if (
    words.some(
      (word, i) =>
        monthNames.has(word.replace(/[.,]/g, '')) &&
        /^\p{Lu}/u.test(name.split(/\s+/)[i] ?? '') &&
        (yearOrDay(words[i + 1]) || yearOrDay(words[i - 1])),
    )
  )
    return 'date';
  if (
    /(?:^|\s)(?:in|on|since|from|until|en|im|am|dal|del|desde|w|op|στις|το)\s+(?:19|20)\d{2}\b/u.test(bare) ||
    /^(?:in|on|this|today|last|next|since)\s/u.test(folded)
  )
    return 'date';
  // A count opens a plural phrase ("10 Peer Reviews were hosted by ..."), never a body's name ("3s" has no space).
  if (/^\d+\s+\p{L}/u.test(bare)) return 'fragment';
  if (PERSON.test(bare) || looksLikePersonalName(name)) return 'person';
  if (PEOPLE.test(bare) || /\bmembers?$/u.test(bare)) return 'generic';
  if (EVENT_WORDS.test(bare) && !hasInstitutionHead(name)) return 'event';
  if (/\b(?:19|20)\d{2}$/u.test(bare)) return 'event';
  if (CLAUSE_VERBS.test(bare)) return 'sentence';
  if (RELATIVE_CLAUSE.test(bare)) return 'sentence';
  if (words.length === 1 && adjectives().has(bare)) return 'adjective';
  // "EfVET Italian": a name does not end in a nationality adjective (the noun it qualified was cut off).
  if (
    words.length > 1 &&
    adjectives().has(words[words.length - 1]) &&
    !hasInstitutionHead(name) &&
    /^\p{Lu}/u.test(name.trim().split(/\s+/).pop() ?? '')
  )
    return 'adjective';
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:ian|ean|ish|ese)$/u.test(name.trim())) return 'adjective';
  if (GENERIC.has(bare)) return 'generic';
  if (
    /\b(?:working group|arbeitsgruppe|groupe de travail|gruppo di lavoro|grupo de trabajo|grupo de trabalho|werkgroep|grupa robocza)\b/u.test(
      bare,
    )
  )
    return 'working group';
  if (/\b(?:building|hotel|palace|palais|gebäude|edificio)\b/u.test(bare)) return 'place';
  if (isPlaceName(bare, name)) return 'place';
  if (words.length > 15 || CLAUSE_WORDS.test(bare) || (/[.!?]$/.test(folded) && words.length > 6)) return 'sentence';
  return undefined;
}

/** Words that make a place name the name of an administrative area ("Auvergne-Rhône-Alpes region", "County Cork"). */
const AREA_WORDS =
  'region|regions|province|provincia|provinz|county|land|bundesland|state|district|departement|department|regione|region autonoma|regiao|municipio|municipality|comune|commune|gemeinde|kanton|canton|voivodeship|wojewodztwo|oblast|comunidad|comunidad autonoma|region of|province of|county of|state of|district of|area|metropolitan area';

/**
 * A leading or trailing area word with its preposition ("Region of", "région de", "Land"): stripped before the lookup.
 */
const AREA_AFFIX = new RegExp(
  `^(?:(?:${AREA_WORDS})(?:\\s+(?:of|de|du|des|di|del|della|do|da|von))?\\s+)|\\s+(?:${AREA_WORDS})$`,
  'u',
);

/**
 * Issue 11d: a gazetteer country, city or admin-1 region is a place, not a body — alone ("Greece", "Harjumaa") or
 * with a word naming the kind of area ("Auvergne-Rhône-Alpes region", "Land Niedersachsen", "Provincia di Trento").
 * A name written all in capitals (an acronym) is not taken for a city; "City of Thessaloniki" (the municipality) is
 * a body, so `city` is no area word here.
 * @param bare the folded name without its leading article; @param name the name as written
 */
function isPlaceName(bare: string, name: string): boolean {
  const acronym = /^[\p{Lu}\d&\-]+$/u.test(name.trim());
  const isPlace = (text: string) => {
    const words = text.split(' ').length;
    return (
      countryCodeOf(text) !== undefined ||
      (words <= 4 && isRegionName(text)) ||
      (words <= 3 && !acronym && citiesNamed(text).length > 0)
    );
  };
  if (isPlace(bare)) return true;
  const stripped = bare
    .replace(AREA_AFFIX, '')
    .replace(/^(?:the|la|le|il|el|der|die|das)\s+/u, '')
    .trim();
  return stripped !== bare && stripped.length > 1 && isPlace(stripped);
}

/**
 * Two names read as one ("European Training Foundation and UNESCO", "CIOFS-FP e Forma"): split where the part after
 * the conjunction is a body the bundled data knows or an acronym.
 */
function splitPair(org: OrganisationFound): OrganisationFound[] {
  const pair = /^(.+?)\s+(?:and|e|et|und|y|i|en|και|și|şi)\s+(.+)$/u.exec(org.value);
  if (
    !pair ||
    !(
      knownOrganisation(pair[2]) ||
      /^[\p{Lu}\d][\p{Lu}\d\-]+$/u.test(pair[2]) ||
      /^[\p{Lu}\d][\p{Lu}\d\-]+$/u.test(pair[1])
    )
  )
    return [org];
  const second = org.value.lastIndexOf(pair[2]);
  const span = (start: number, end: number) => ({
    start: org.span.start + start,
    end: org.span.start + end,
    text: org.value.slice(start, end),
  });
  return [
    { ...org, value: pair[1], span: span(0, pair[1].length), acronym: undefined },
    { ...org, value: pair[2], span: span(second, org.value.length) },
  ];
}

/**
 * The name without a tail that places or dates it ("European Commission in Vilnius", "FRSE in September 2011"):
 * such a tail is where or when the body did something, not part of its name.
 */
export function withoutTail<T extends { value: string; span: { start: number; end: number; text: string } }>(
  org: T,
): T {
  const tail = /\s+(?:in|at|on|à|en|im|am|in der|w|a|στη|στην|στο)\s+(.+)$/u.exec(org.value);
  if (!tail) return org;
  const rest = tail[1].trim();
  const place =
    countryCodeOf(rest) !== undefined ||
    citiesNamed(rest).length > 0 ||
    /\d/.test(rest) ||
    months().has(foldText(rest.split(/\s+/)[0]));
  if (!place) return org;
  const value = org.value.slice(0, tail.index);
  return { ...org, value, span: { start: org.span.start, end: org.span.start + value.length, text: value } };
}

/**
 * "Anna Example", "Jean-Luc Example Name": two or three capitalised words, no institution word, the first a given
 * name that gender-detection-from-name knows (its given-name lists in en, it, es, fr, de, tr).
 */
function looksLikePersonalName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || hasInstitutionHead(name)) return false;
  if (!words.every((word) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(word))) return false;
  return getGender(words[0].split('-')[0]) !== 'unknown';
}

/**
 * Why a quoted title is not a publication's title, or undefined: fewer than two letters, a lone adjective, a day
 * and month, or a whole sentence (more than 25 words, a clause of "is/are/was ...", or a full stop after a clause).
 * Titles are longer and freer than names, so only these are refused.
 */
export function whyNotATitle(title: string): string | undefined {
  const reason = whyNotAName(title);
  if (reason === 'too short' || reason === 'adjective') return reason;
  const folded = foldText(title).replace(/\s+/g, ' ').trim();
  const words = folded.split(' ');
  const monthNames = months();
  if (
    words.some(
      (word, i) =>
        /^\d{1,2}\.?$/.test(word) && (monthNames.has(words[i + 1] ?? '') || monthNames.has(words[i - 1] ?? '')),
    )
  )
    return 'date';
  if (words.length > 25 || /^(?:this|it|we|they|there) (?:is|are|was|were|will|has|have)\b/u.test(folded))
    return 'sentence';
  if (/[.!?]$/.test(folded) && CLAUSE_WORDS.test(folded)) return 'sentence';
  if (RELATIVE_CLAUSE.test(folded)) return 'sentence';
  return undefined;
}

/** True when {@link whyNotAName} finds nothing wrong with `name`. */
export function isOrganisationName(name: string): boolean {
  return whyNotAName(name) === undefined;
}

/**
 * The organisations that are names ({@link whyNotAName}), as written, each with the name the bundled data knows it
 * by (`knownAs`) when exactly one of its organisations has that name, acronym or other name ("CEDEFOP" is known as
 * the European Centre for the Development of Vocational Training, acronym Cedefop).
 */
export function judgeOrganisations(found: OrganisationFound[]): Array<OrganisationFound & { known: boolean }> {
  const kept: Array<OrganisationFound & { known: boolean }> = [];
  for (const whole of found.flatMap(splitPair)) {
    const org = withoutTail(whole);
    const byName = knownOrganisation(org.value);
    const known = byName ?? (org.acronym ? knownOrganisation(org.acronym) : undefined);
    if (known) {
      // Known by its acronym only ("Technology (Mcast)"): the acronym vouches for the body, not for the words before
      // it.
      const value = byName || isOrganisationName(org.value) ? org.value : known.name;
      kept.push({ ...org, value, knownAs: known.name, acronym: org.acronym ?? known.acronym, known: true });
    } else if (isOrganisationName(org.value)) {
      kept.push({ ...org, known: false });
    }
  }
  return kept;
}
