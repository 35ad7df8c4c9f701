import * as chrono from 'chrono-node';
import { isValid } from 'date-fns';
import { DATE_BLOCK_LABELS } from './ingest.vocabulary';
import { Mention, spanOf, TextSpan } from './ingest.model';
import { foldText } from '../../domain/text-folding';

/** The first and last day of an event, each with the span it came from. */
export interface EventDates {
  start?: Mention<string>;
  end?: Mention<string>;
  /** Why the written dates cannot be taken; then `start` and `end` are left out rather than guessed. */
  problem?: string;
}

/** A date range chrono-node found in prose, as calendar components (never a JS Date: no time zone can shift it). */
interface FoundRange {
  start: Parts;
  end?: Parts;
  span: TextSpan;
}

interface Parts {
  year?: number;
  month: number;
  day: number;
}

/** A day written as DD/MM/YYYY (or with dots or hyphens), as date blocks write it. */
const NUMERIC_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/g;

/** The parsers per language; en-GB reads 05/06/2013 as 5 June, as Cedefop pages write it. */
const PARSERS = [chrono.en.GB, chrono.fr, chrono.de];

/** A reference instant for chrono; irrelevant in practice because a date without a year is completed by us. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' };

/**
 * The event's dates. First choice: the `Event Date(s)` block (label line, then `DD/MM/YYYY - DD/MM/YYYY` or one date)
 * that Cedefop pages carry, confidence 0.95. Otherwise the first date or range in the prose (chrono-node in English,
 * French and German: "on 28-30 May 2013", "du 12 au 14 mars 2015", "vom 4. bis 5. September 2017"), confidence 0.8,
 * including "on 21 and 22 November" / "les 12 et 13 mars" / "am 4. und 5. September", which chrono reads as the
 * second day only: we extend the range back to the first. A prose date without a year takes the year of the date
 * block or, failing that, of the nearest four-digit year in the text (confidence 0.6).
 */
export function extractEventDates(text: string): EventDates {
  const block = dateBlock(text);
  if (block) return block;
  const prose = findRanges(text);
  const first = prose.find((range) => range.start.year !== undefined) ?? prose[0];
  if (!first) return {};
  const year = first.start.year ?? nearestYear(text, first.span.start);
  if (year === undefined) return {};
  const confidence = first.start.year !== undefined ? 0.8 : 0.6;
  const start = isoDate({ ...first.start, year });
  const end = first.end ? isoDate({ ...first.end, year: first.end.year ?? year }) : undefined;
  if (!start) return {};
  return {
    start: { value: start, confidence, span: first.span },
    end: end && end !== start ? { value: end, confidence, span: first.span } : undefined,
  };
}

/** The dates of the `Event Date(s)` block, or undefined when the page has none. */
function dateBlock(text: string): EventDates | undefined {
  const lines = linesWithOffsets(text);
  for (let i = 0; i < lines.length; i += 1) {
    const label = foldText(lines[i].text.trim()).replace(/:$/, '').trim();
    if (!DATE_BLOCK_LABELS.includes(label)) continue;
    const valueLine = lines.slice(i + 1).find((line) => line.text.trim() !== '');
    if (!valueLine) return undefined;
    // chrono skips a day that does not exist and would take the other date of "31/02/2019 - 01/03/2019" as the start.
    const impossible = [...valueLine.text.matchAll(NUMERIC_DATE)].find((m) => !isoDate({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }));
    if (impossible) return { problem: `the Event Date(s) block gives "${impossible[0]}", a day that does not exist` };
    const [range] = findRanges(valueLine.text, valueLine.start, text);
    if (!range || range.start.year === undefined) return undefined;
    const start = isoDate(range.start);
    const end = range.end ? isoDate({ ...range.end, year: range.end.year ?? range.start.year }) : undefined;
    if (!start) return undefined;
    if (end && end < start) return { problem: `the Event Date(s) block "${valueLine.text.trim()}" ends before it starts` };
    return {
      start: { value: start, confidence: 0.95, span: range.span },
      end: end && end !== start ? { value: end, confidence: 0.95, span: range.span } : undefined,
    };
  }
  return undefined;
}

/** Date ranges in `piece` (at `offset` of `whole`), in text order, from the first parser that finds any. */
function findRanges(piece: string, offset = 0, whole = piece): FoundRange[] {
  for (const parser of PARSERS) {
    const found: FoundRange[] = [];
    for (const result of parser.parse(piece, REFERENCE, { forwardDate: false })) {
      const start = partsOf(result.start);
      // Only written dates: "today" or "next week" are certain to chrono but say nothing about the event.
      if (!start || !/\d/.test(result.text)) continue;
      let from = offset + result.index;
      let first = start;
      const end = result.end ? partsOf(result.end) : undefined;
      let last = end;
      // "21 and 22 November": chrono reads only "22 November"; the day before the conjunction starts the range.
      const conjunction = /(\d{1,2})\.?\s+(?:and|et|und|&)\s+$/i.exec(whole.slice(Math.max(0, from - 12), from));
      if (!end && conjunction) {
        last = start;
        first = { ...start, day: Number(conjunction[1]) };
        from -= conjunction[0].length;
      }
      found.push({ start: first, end: last, span: spanOf(whole, from, offset + result.index + result.text.length) });
    }
    if (found.length) return found.map((range) => trimSpan(range, whole));
  }
  return [];
}

/** Calendar parts of a chrono component, or undefined unless both day and month were in the text. */
function partsOf(component: chrono.ParsedComponents): Parts | undefined {
  if (!component.isCertain('day') || !component.isCertain('month')) return undefined;
  const year = component.isCertain('year') ? component.get('year') ?? undefined : undefined;
  return { year, month: component.get('month')!, day: component.get('day')! };
}

/** `YYYY-MM-DD` for parts that form a real date (validated with date-fns), else undefined. */
function isoDate(parts: Parts & { year?: number }): string | undefined {
  if (parts.year === undefined) return undefined;
  if (!isValid(new Date(Date.UTC(parts.year, parts.month - 1, parts.day))) || parts.day > daysIn(parts.year, parts.month)) return undefined;
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The four-digit year (1900-2099) written closest to `at`, for dates that omit it. */
function nearestYear(text: string, at: number): number | undefined {
  let best: { year: number; distance: number } | undefined;
  for (const match of text.matchAll(/\b(19|20)\d{2}\b/g)) {
    const distance = Math.abs((match.index ?? 0) - at);
    if (!best || distance < best.distance) best = { year: Number(match[0]), distance };
  }
  return best?.year;
}

/** Drops a leading "on "/"le "/"am " that chrono includes in its match text. */
function trimSpan(range: FoundRange, whole: string): FoundRange {
  const lead = /^(?:on|from|le|les|du|am|vom)\s+/i.exec(range.span.text);
  if (!lead) return range;
  return { ...range, span: spanOf(whole, range.span.start + lead[0].length, range.span.end) };
}

function linesWithOffsets(text: string): Array<{ text: string; start: number }> {
  const lines: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start });
    start += line.length + 1;
  }
  return lines;
}
