import { foldText } from '../../domain/text-folding';

/*
 * Month and weekday names in the languages of the genre, from the CLDR data that Node's Intl carries (full ICU), not
 * from hand lists: standalone and in-date forms ("styczeń", "stycznia"; "Μάιος", "Μαΐου"), long and
 * abbreviated.
 * Inflected forms the data does not hold (Latvian "jūnijā", Czech "června") are matched by the stem the forms share.
 */

/** Languages whose month and weekday names are recognised (ISO 639-1). */
export const CALENDAR_LANGUAGES = [
  'en',
  'fr',
  'de',
  'it',
  'es',
  'pt',
  'pl',
  'nl',
  'el',
  'cs',
  'sk',
  'bg',
  'ro',
  'lv',
  'lt',
  'et',
  'sv',
  'da',
  'fi',
  'hu',
  'sl',
];

interface WordTable {
  /** Folded form → number (month 1..12, weekday 1..7); 0 marks a form two numbers claim (ambiguous, never used). */
  forms: Map<string, number>;
  /** Folded stems (at least three letters) → number, longest first. */
  stems: Array<[string, number]>;
}

let months: WordTable | undefined;
let weekdays: WordTable | undefined;

/**
 * The month (1..12) a word names in one of CALENDAR_LANGUAGES ("novembre", "Nov.", "listopada", "Ιουνίου"), or
 * undefined.
 */
export function monthOf(word: string): number | undefined {
  months ??= buildTable(
    12,
    (language, index) => {
      const date = new Date(Date.UTC(2021, index, 15));
      return [
        ...partsOf(language, { month: 'long' }, date),
        ...partsOf(language, { day: 'numeric', month: 'long' }, date),
        ...partsOf(language, { year: 'numeric', month: 'long' }, date),
        ...partsOf(language, { day: 'numeric', month: 'short' }, date),
        ...partsOf(language, { month: 'short' }, date),
      ];
    },
    (index) => index + 1,
  );
  return lookUp(months, word);
}

/** True when a word is a weekday name in one of CALENDAR_LANGUAGES ("Monday", "jeudi", "Πέμπτη", "marţi"). */
export function isWeekday(word: string): boolean {
  weekdays ??= buildTable(
    7,
    (language, index) => {
      // 4 January 2021 was a Monday.
      const date = new Date(Date.UTC(2021, 0, 4 + index));
      return [...partsOf(language, { weekday: 'long' }, date), ...partsOf(language, { weekday: 'short' }, date)];
    },
    // 1..7: 0 marks an ambiguous form in the table, so Monday must not be 0 (it was, and no Monday was recognised).
    (index) => index + 1,
  );
  return lookUp(weekdays, word) !== undefined;
}

function partsOf(language: string, options: Intl.DateTimeFormatOptions, date: Date): string[] {
  const part = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' })
    .formatToParts(date)
    .find((p) => p.type === 'month' || p.type === 'weekday');
  return part ? [part.value] : [];
}

function buildTable(
  count: number,
  formsOf: (language: string, index: number) => string[],
  numberOf: (index: number) => number,
): WordTable {
  const forms = new Map<string, number>();
  const stems = new Map<string, number>();
  const claim = (map: Map<string, number>, key: string, value: number) =>
    map.set(key, map.has(key) && map.get(key) !== value ? 0 : value);
  for (const language of CALENDAR_LANGUAGES) {
    for (let index = 0; index < count; index += 1) {
      // Abbreviations keep letters only ("Sept." → "sept"); numeric "abbreviations" (Czech, Bulgarian) are dropped.
      const folded = [...new Set(formsOf(language, index).map((form) => foldText(form).replace(/[.\s]/g, '')))].filter(
        (form) => /^\p{L}{3,}$/u.test(form),
      );
      for (const form of folded) claim(forms, form, numberOf(index));
      const long = folded.filter((form) => form.length >= 4);
      if (!long.length) continue;
      let stem = long.reduce((a, b) => commonPrefix(a, b));
      if (long.every((form) => form === stem) && stem.length >= 6) stem = stem.slice(0, -1);
      if (stem.length >= 3) claim(stems, stem, numberOf(index));
    }
  }
  return { forms, stems: [...stems.entries()].sort((a, b) => b[0].length - a[0].length) };
}

function lookUp(table: WordTable, word: string): number | undefined {
  const folded = foldText(word).replace(/\.$/, '');
  if (folded.length < 3) return undefined;
  const exact = table.forms.get(folded);
  if (exact !== undefined) return exact === 0 ? undefined : exact;
  for (const [stem, value] of table.stems) {
    // An inflection adds a few letters to the stem ("jūnij" + "ā"); a longer word is another word ("market").
    if (folded.startsWith(stem) && folded.length <= stem.length + 4) return value === 0 ? undefined : value;
  }
  return undefined;
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return a.slice(0, i);
}
