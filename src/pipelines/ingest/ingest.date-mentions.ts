import { foldText } from '../../domain/text-folding';
import { isWeekday, monthOf } from './ingest.calendar-words';
import { spanOf, TextSpan } from './ingest.model';

/*
 * Every date a text writes, in any of the calendar languages, as calendar parts (never a JS Date: no time zone can
 * shift it). chrono-node has no Polish, Greek, Czech, Bulgarian, Romanian, Latvian or Estonian parser and reads
 * "2-3-4 December", "5, 6 and 7 April" and "9-10 and 11 November" as one day, so the grammar is ours; the words
 * (months, weekdays) come from CLDR through ingest.calendar-words.ts.
 */

/** A calendar day; `year` is undefined when the text does not write it. */
export interface DayParts {
  year?: number;
  month: number;
  day: number;
}

/** One date expression of the text: a day, a range or a list of days, or a month without a day. */
export interface DateMention {
  start: DayParts;
  /** Last day of a range or list ("28-30 May", "5, 6 and 7 April"); undefined for one day. */
  end?: DayParts;
  /** True when the day is not written ("in January 2016", "June 2024"): never an event's date. */
  monthOnly: boolean;
  /** True when a weekday name is written right before ("Monday 24 June 2024"). */
  weekday: boolean;
  /**
   * True when the days are not in increasing order ("12/06/2013 - 05/06/2013"): such a range is refused, never swapped.
   */
  reversed: boolean;
  /**
   * True for a slash date whose day and month could be swapped ("05/08/2013": 5 August or May 8): pages in English
   * write month/day too. Whether the page fixes the order is for slashOrderOf to say.
   */
  ambiguousOrder?: boolean;
  span: TextSpan;
}

interface Token {
  text: string;
  folded: string;
  start: number;
  end: number;
}

/** Between days of one range. */
const RANGE = new Set([
  '-',
  '–',
  '—',
  '‑',
  '/',
  'to',
  'au',
  'bis',
  'al',
  'a',
  'do',
  'tot',
  'till',
  'until',
  'εως',
  'μεχρι',
  'до',
  'pana',
  'kuni',
  'az',
  'till',
  'och',
  'ate',
]);
/** Between days of one list. */
const LIST = new Set([
  ',',
  'and',
  '&',
  'et',
  'und',
  'e',
  'y',
  'i',
  'en',
  'och',
  'og',
  'ja',
  'και',
  'и',
  'si',
  'a',
  'ir',
  'un',
  'es',
  'in',
]);
/**
 * Words allowed between a day and its month or a month and its year ("21 de junio de 2016", "the 17th of September").
 */
const FILLER = new Set(['de', 'del', 'of', 'di', 'do', 'da', 'του', 'r']);
/** Articles and prepositions that may stand before the second day of a list. */
const ARTICLES = new Set(['il', 'le', 'el', 'the', 'am', 'den', 'on', 'o', 'los', 'les', 'lo', 'al']);
/** Ordinal suffixes after a day ("7th", "1er", "21ª", "5η"). */
const ORDINAL = new Set(['st', 'nd', 'rd', 'th', 'er', 'e', 'eme', 'ª', 'º', 'η', 'ης', 'o', 'a', 'ego', 'go']);

/** Every date expression in `text`, in text order; a line never holds half of one. */
export function findDateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const tokens = tokenise(line, lineStart);
    let i = 0;
    while (i < tokens.length) {
      const parsed = parseAt(tokens, i, text);
      if (parsed) {
        found.push(parsed.mention);
        i = parsed.next;
      } else i += 1;
    }
    lineStart += line.length + 1;
  }
  return found;
}

function tokenise(line: string, offset: number): Token[] {
  return [...line.matchAll(/\p{L}+|\d+|[^\s\p{L}\d]/gu)].map((m) => ({
    text: m[0],
    folded: foldText(m[0]),
    start: offset + (m.index ?? 0),
    end: offset + (m.index ?? 0) + m[0].length,
  }));
}

const isNumber = (t: Token | undefined): t is Token => t !== undefined && /^\d+$/.test(t.text);
const isYear = (t: Token | undefined): boolean =>
  isNumber(t) && t.text.length === 4 && Number(t.text) >= 1900 && Number(t.text) <= 2099;
const isDay = (t: Token | undefined): boolean =>
  isNumber(t) && t.text.length <= 2 && Number(t.text) >= 1 && Number(t.text) <= 31;

function parseAt(tokens: Token[], i: number, text: string): { mention: DateMention; next: number } | undefined {
  const t = tokens[i];
  // A number right after ":" or "." and a digit is part of a time or a figure ("10.00", "14:00"), never a day.
  const previous = tokens[i - 1];
  if (
    isNumber(t) &&
    previous &&
    (previous.text === ':' || previous.text === ',' || previous.text === '.') &&
    isNumber(tokens[i - 2]) &&
    t.start === previous.end
  )
    return undefined;
  return (
    numeric(tokens, i, text) ??
    dayFirst(tokens, i, text) ??
    monthFirst(tokens, i, text) ??
    monthYear(tokens, i, text) ??
    yearFirst(tokens, i, text)
  );
}

/** "19/11/2021", "30. 5. 2012", "23.10.2018", "2016-11-28", "11-Jul-18", and ranges of them. */
function numeric(tokens: Token[], i: number, text: string): { mention: DateMention; next: number } | undefined {
  // "9.–10.11.2022": the first day written with its dot only, the month and year after the second.
  const [day, dot, joiner] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (isDay(day) && dot?.text === '.' && joiner && RANGE.has(joiner.folded) && joiner.text !== '/') {
    const last = numericDay(tokens, i + 3);
    if (last && tokens[i + 4]?.text === '.' && last.parts.day > Number(day.text)) {
      const start = { ...last.parts, day: Number(day.text) };
      return { mention: mention(text, tokens, i, last.next, start, last.parts, false), next: last.next };
    }
  }
  const first = numericDay(tokens, i);
  if (!first) return undefined;
  let end: DayParts | undefined;
  let next = first.next;
  const dash = tokens[next];
  if (dash && RANGE.has(dash.folded) && dash.text !== '/') {
    const second = numericDay(tokens, next + 1);
    if (second) {
      end = second.parts;
      next = second.next;
    }
  }
  const swappable = (parts: DayParts) => parts.day <= 12 && parts.day !== parts.month;
  const ambiguousOrder = tokens[i + 1]?.text === '/' && (swappable(first.parts) || (!!end && swappable(end)));
  const found = mention(text, tokens, i, next, first.parts, end, false);
  return { mention: ambiguousOrder ? { ...found, ambiguousOrder } : found, next };
}

/** The order of day and month in slash dates: "27/5/2013" (day-month) or "5/27/2013" (month-day). */
export type SlashOrder = 'day-month' | 'month-day';

/**
 * The order a page writes its slash dates in, when one of them shows it: "day-month" when one has a first part above
 * 12 ("27/5/2013"), "month-day" when one has a second part above 12 ("06/14/2013"), undefined when none does or
 * both are seen (the page then does not fix the order of "05/08/2013").
 */
export function slashOrderOf(text: string): SlashOrder | undefined {
  let dayMonth = false;
  let monthDay = false;
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:19|20)\d{2}(?![\d/])/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayMonth = true;
    if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthDay = true;
  }
  if (dayMonth === monthDay) return undefined;
  return dayMonth ? 'day-month' : 'month-day';
}

function numericDay(tokens: Token[], i: number): { parts: DayParts; next: number } | undefined {
  const [a, s1, b, s2, c] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (isYear(a) && s1?.text === '-' && isNumber(b) && s2?.text === '-' && isDay(c) && b.text.length === 2) {
    return { parts: { year: Number(a.text), month: Number(b.text), day: Number(c.text) }, next: i + 5 };
  }
  if (!isDay(a) || !s1 || !['.', '/', '-'].includes(s1.text)) return undefined;
  // "11-Jul-18" (news lists): day, abbreviated month, two-digit year.
  const month =
    b && /^\p{L}+$/u.test(b.text) ? monthOf(b.text) : isNumber(b) && b.text.length <= 2 ? Number(b.text) : undefined;
  if (month === undefined || month < 1 || month > 12 || s2?.text !== s1.text) return undefined;
  if (isYear(c)) return { parts: { year: Number(c.text), month, day: Number(a.text) }, next: i + 5 };
  if (isNumber(c) && c.text.length === 2 && !isNumber(b))
    return { parts: { year: 2000 + Number(c.text), month, day: Number(a.text) }, next: i + 5 };
  return undefined;
}

/** "28-30 May 2013", "2-3-4 December 2020", "5, 6 and 7 April", "de 21 a 23 de novembro", "30 June and 1 July 2020". */
function dayFirst(tokens: Token[], i: number, text: string): { mention: DateMention; next: number } | undefined {
  const days = dayList(tokens, i);
  if (!days) return undefined;
  let j = days.next;
  if (FILLER.has(tokens[j]?.folded ?? '')) j += 1;
  const month = tokens[j] && /^\p{L}/u.test(tokens[j].text) ? monthOf(tokens[j].text) : undefined;
  if (month === undefined) return undefined;
  j += 1;
  if (tokens[j]?.text === '.') j += 1;
  const year = yearAt(tokens, j) ?? yearBefore(tokens, i);
  if (year && year.next > j) j = year.next;
  let start: DayParts = { month, day: days.values[0], year: year?.value };
  let end: DayParts | undefined =
    days.values.length > 1 ? { month, day: days.values[days.values.length - 1], year: year?.value } : undefined;
  let reversed = days.values.some((day, k) => k > 0 && day <= days.values[k - 1]);
  // A second part in another month: "30 June and 1 July", "4 December 2019 – 6 January 2020".
  const joiner = tokens[j];
  if (joiner && (RANGE.has(joiner.folded) || LIST.has(joiner.folded))) {
    const more = dayList(tokens, j + 1);
    const k = more ? more.next + (FILLER.has(tokens[more.next]?.folded ?? '') ? 1 : 0) : -1;
    const month2 = more && tokens[k] ? monthOf(tokens[k].text) : undefined;
    if (more && month2 !== undefined) {
      let m = k + 1;
      if (tokens[m]?.text === '.') m += 1;
      const year2 = yearAt(tokens, m);
      const endYear = year2?.value ?? year?.value;
      start = { ...start, year: year?.value ?? year2?.value };
      end = { month: month2, day: more.values[more.values.length - 1], year: endYear };
      reversed ||= compare(start, end) >= 0;
      j = year2 ? year2.next : m;
    }
  }
  const weekday =
    (i > 0 && isWeekday(tokens[i - 1].text.replace(/,$/, ''))) ||
    (i > 1 && tokens[i - 1].text === ',' && isWeekday(tokens[i - 2].text));
  return { mention: { ...mention(text, tokens, i, j, start, end, false), weekday, reversed }, next: j };
}

/** "June 7-8", "November 13th", "September 7, 2017" (English writes the month first, capitalised). */
function monthFirst(tokens: Token[], i: number, text: string): { mention: DateMention; next: number } | undefined {
  const word = tokens[i];
  if (!word || !/^\p{Lu}\p{L}+$/u.test(word.text)) return undefined;
  const month = monthOf(word.text);
  if (month === undefined) return undefined;
  let j = i + 1;
  if (tokens[j]?.text === '.') j += 1;
  const days = dayList(tokens, j);
  if (!days) return undefined;
  j = days.next;
  if (tokens[j]?.text === ',') j += 1;
  const year = yearAt(tokens, j);
  if (year) j = year.next;
  else if (tokens[j - 1]?.text === ',') j -= 1;
  const start: DayParts = { month, day: days.values[0], year: year?.value };
  const end = days.values.length > 1 ? { ...start, day: days.values[days.values.length - 1] } : undefined;
  const reversed = days.values.some((day, k) => k > 0 && day <= days.values[k - 1]);
  const weekday =
    (i > 0 && isWeekday(tokens[i - 1].text)) || (i > 1 && tokens[i - 1].text === ',' && isWeekday(tokens[i - 2].text));
  return { mention: { ...mention(text, tokens, i, j, start, end, false), reversed, weekday }, next: j };
}

/** "January 2016", "in May 2025", "Duration: September 2017": a month without a day, never an event's date. */
function monthYear(tokens: Token[], i: number, text: string): { mention: DateMention; next: number } | undefined {
  const word = tokens[i];
  if (!word || !/^\p{L}{3,}$/u.test(word.text)) return undefined;
  const month = monthOf(word.text);
  const year = month === undefined ? undefined : yearAt(tokens, i + 1);
  if (month === undefined || !year) return undefined;
  return {
    mention: mention(text, tokens, i, year.next, { month, day: 1, year: year.value }, undefined, true),
    next: year.next,
  };
}

/** Days joined by range or list words: "28-30", "2-3-4", "5, 6 and 7", "21 a 23", "26./27.", "7 th to 9 th". */
function dayList(tokens: Token[], i: number): { values: number[]; next: number } | undefined {
  const values: number[] = [];
  let j = i;
  for (;;) {
    const t = tokens[j];
    if (!isDay(t)) break;
    // A day touching a letter is a figure or a code ("3-day", "LLP-LDV/TOI/2007"), not a day.
    values.push(Number(t.text));
    j += 1;
    const suffix = tokens[j];
    if (
      suffix?.text === '.' ||
      (suffix &&
        ORDINAL.has(suffix.folded) &&
        (suffix.start === t.end || (/^(?:st|nd|rd|th)$/.test(suffix.folded) && suffix.start - t.end <= 1)))
    )
      j += 1;
    const joiner = tokens[j];
    // "il 12 e il 13 ottobre", "am 4. und am 5. Mai": an article may follow the conjunction.
    const skip = joiner && ARTICLES.has(tokens[j + 1]?.folded ?? '') && isDay(tokens[j + 2]) ? 1 : 0;
    if (
      joiner &&
      (RANGE.has(joiner.folded) || LIST.has(joiner.folded)) &&
      isDay(tokens[j + 1 + skip]) &&
      !isMonthNumberDate(tokens, j + 1 + skip)
    ) {
      j += 1 + skip;
      continue;
    }
    break;
  }
  return values.length ? { values, next: j } : undefined;
}

/** True when the day at `i` starts a numeric date ("5/6/2013"), which dayList must leave to `numeric`. */
function isMonthNumberDate(tokens: Token[], i: number): boolean {
  return (
    ['.', '/', '-'].includes(tokens[i + 1]?.text ?? '') &&
    isNumber(tokens[i + 2]) &&
    tokens[i + 3]?.text === tokens[i + 1]?.text
  );
}

/**
 * The Hungarian and Lithuanian order, year, month, day: "2018. november 5-9.", "2023. november 7–9.", "2024 m. birželio
 * 5 d." (the month name in any case, from CALENDAR_LANGUAGES; the days as dayList reads them).
 */
function yearFirst(tokens: Token[], i: number, text: string): { mention: DateMention; next: number } | undefined {
  if (!isYear(tokens[i])) return undefined;
  let j = i + 1;
  if (tokens[j]?.folded === 'm' && tokens[j + 1]?.text === '.') j += 2;
  else if (tokens[j]?.text === '.') j += 1;
  else return undefined;
  const month = tokens[j] && /^\p{L}{3,}$/u.test(tokens[j].text) ? monthOf(tokens[j].text) : undefined;
  if (month === undefined) return undefined;
  const days = dayList(tokens, j + 1);
  if (!days) return undefined;
  let next = days.next;
  if (tokens[next]?.folded === 'd' && tokens[next + 1]?.text === '.') next += 2;
  const year = Number(tokens[i].text);
  const start: DayParts = { year, month, day: days.values[0] };
  const end = days.values.length > 1 ? { ...start, day: days.values[days.values.length - 1] } : undefined;
  const reversed = days.values.some((day, k) => k > 0 && day <= days.values[k - 1]);
  return { mention: { ...mention(text, tokens, i, next, start, end, false), reversed }, next };
}

/** The Latvian and Lithuanian order, year first: "2022. gada 30. jūnijā", "2024 m. birželio 5 d.". */
function yearBefore(tokens: Token[], i: number): { value: number; next: number } | undefined {
  const [word, dot, year] = [tokens[i - 1], tokens[i - 2], tokens[i - 3]];
  if (word && ['gada', 'g', 'm'].includes(word.folded) && dot?.text === '.' && isYear(year))
    return { value: Number(year.text), next: -1 };
  if (word && ['gada', 'g', 'm'].includes(word.folded) && isYear(dot)) return { value: Number(dot.text), next: -1 };
  return undefined;
}

function yearAt(tokens: Token[], j: number): { value: number; next: number } | undefined {
  let k = j;
  if (tokens[k]?.text === ',' || FILLER.has(tokens[k]?.folded ?? '')) k += 1;
  return isYear(tokens[k]) ? { value: Number(tokens[k].text), next: k + 1 } : undefined;
}

function mention(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  start: DayParts,
  end: DayParts | undefined,
  monthOnly: boolean,
): DateMention {
  const reversed = end !== undefined && compare(start, end) > 0;
  return {
    start,
    end,
    monthOnly,
    weekday: false,
    reversed,
    span: spanOf(text, tokens[from].start, tokens[to - 1].end),
  };
}

/** Orders two days; a missing year is taken as equal. */
export function compare(a: DayParts, b: DayParts): number {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return a.year - b.year;
  return a.month !== b.month ? a.month - b.month : a.day - b.day;
}
