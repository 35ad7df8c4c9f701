import countries from 'i18n-iso-countries';
import { foldText } from '../../domain/text-folding';

/**
 * Names that are not names of a body or a work: the failures ingestion shipped ("Cedefop on 21", "22 November in
 * Thessaloniki", "Croatian", "EU", "Netherlands EU Presidency on 23 June in Brussels", "Sardinia", quoted sentences).
 * This judge is the evaluation's own and deliberately independent of the extractor's guards, so the extractor cannot
 * grade itself.
 */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
  'januar',
  'februar',
  'marz',
  'juni',
  'juli',
  'oktober',
  'dezember',
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'dicembre',
  'enero',
  'febrero',
  'abril',
  'mayo',
  'junio',
  'julio',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
  'janeiro',
  'fevereiro',
  'marco',
  'maio',
  'junho',
  'julho',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
];

/** Adjectives of nationality and generic words that are never, alone, the name of an organisation. */
const NOT_A_NAME = new Set([
  'eu',
  'european',
  'europe',
  'national',
  'international',
  'regional',
  'local',
  'ministry',
  'government',
  'agency',
  'commission',
  'council',
  'presidency',
  'partners',
  'members',
  'experts',
  'participants',
  'organisation',
  'organization',
  'institute',
  'network',
  'member states',
  'stakeholders',
  'social partners',
  'university',
  ...[
    'austrian',
    'belgian',
    'bulgarian',
    'croatian',
    'cypriot',
    'czech',
    'danish',
    'dutch',
    'estonian',
    'finnish',
    'french',
    'german',
    'greek',
    'hungarian',
    'irish',
    'italian',
    'latvian',
    'lithuanian',
    'luxembourgish',
    'maltese',
    'polish',
    'portuguese',
    'romanian',
    'slovak',
    'slovenian',
    'spanish',
    'swedish',
    'norwegian',
    'icelandic',
    'swiss',
    'turkish',
    'serbian',
    'albanian',
    'macedonian',
    'montenegrin',
    'british',
    'ukrainian',
    'moldovan',
    'georgian',
    'armenian',
  ],
]);

const COUNTRY_NAMES = new Set(
  ['en', 'fr', 'de', 'it', 'es', 'pt'].flatMap((lang) =>
    Object.values(countries.getNames(lang, { select: 'all' }))
      .flat()
      .map((name) => foldText(name)),
  ),
);

/** Words that open a phrase of time or order, not a name ("Après Rotterdam et Lisbonne, c'est ..."). */
const OPENING_PREPOSITIONS = new Set([
  'after',
  'before',
  'during',
  'since',
  'apres',
  'avant',
  'nach',
  'dopo',
  'despues',
]);

/**
 * True when a name an extractor gives for an organisation, working group or publication reads as a fragment: fewer
 * than two letters, a lone adjective of nationality or generic word, a country's name (also with a community code,
 * "Belgium-fr"), a day and month or a day after "on", a phrase opened by a preposition of time or by a count ("10
 * Peer Reviews"), a piece of a table (a tab or a run of spaces inside), or a whole sentence (more than 20 words, or a
 * subject with a finite verb and a full stop).
 */
export function looksLikeFragment(name: string): boolean {
  if (/\S(?:\t| {3,})\S/.test(name)) return true;
  const folded = foldText(name.normalize('NFC')).replace(/\s+/g, ' ').trim();
  const letters = folded.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return true;
  const bare = folded.replace(/^(the|le|la|les|der|die|das)\s+/, '').replace(/[.,;:]+$/, '');
  if (NOT_A_NAME.has(bare) || COUNTRY_NAMES.has(bare)) return true;
  if (COUNTRY_NAMES.has(bare.replace(/-[a-z]{2}$/, ''))) return true;
  if (OPENING_PREPOSITIONS.has(bare.split(' ')[0]) || /^\d+ \p{L}/u.test(bare)) return true;
  const words = bare.split(' ');
  const monthAt = (i: number) => MONTHS.includes(words[i]?.replace(/[.,]/g, '') ?? '');
  for (let i = 0; i < words.length; i += 1) {
    const day = /^\d{1,2}(st|nd|rd|th|\.)?$/.test(words[i]);
    if (day && (monthAt(i + 1) || monthAt(i - 1))) return true;
    if (day && ['on', 'am', 'le', 'el', 'il', 'em', 'dnia'].includes(words[i - 1])) return true;
  }
  if (words.length > 20) return true;
  return /[.!?]$/.test(folded) && words.length > 6 && /\b(is|are|was|were|will|has|have|took|takes)\b/.test(bare);
}
