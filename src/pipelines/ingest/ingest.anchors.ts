import { foldText } from '../../domain/text-folding';
import { compare, DayParts } from './ingest.date-mentions';
import { RoledDate } from './ingest.dates';
import { KindMention, kindsWithin } from './ingest.event-mentions';
import { spanOf, TextSpan } from './ingest.model';

/*
 * Anchors of a page's events: dates tied to an event, with the sentence they are in, and the rules that join and
 * choose among them (split from ingest.page-events.ts, which decides which events a page holds).
 */

/**
 * A date tied to an event: its sentence, the kind named there, and how sure the tie is (TIE of ingest.page-events.ts).
 */
export interface Anchor {
  date: RoledDate;
  end?: DayParts;
  sentence: TextSpan;
  kind?: KindMention;
  tie: number;
  /** The event's title written on its date line before the dates ("Workshop on VET excellence – 12 May 2026"). */
  titleLine?: TextSpan;
}

/**
 * The anchor whose dates the event takes: the most tied one, except that a single day on a "City, date" line (a
 * press release's dateline, "Brussels, 20 November 2017") or after a date label (an exhibition's "Date: June 5,
 * 2024" inside a conference's page) gives way to a range that holds that day, in a sentence naming the event ("From
 * 20 to 24 November 2017, the Commission is organising the ... Week") or on a date line of its own ("5 - 6 June
 * 2024").
 */
export function bestAnchor(group: Anchor[]): Anchor | undefined {
  if (!group.length) return undefined;
  const best = group.reduce((a, b) => (b.tie > a.tie ? b : a));
  const single = !(best.end ?? best.date.end);
  if ((best.date.role !== 'event-line' && best.date.role !== 'field') || !single) return best;
  const range = group.find(
    (a) =>
      a !== best &&
      (a.date.role === 'prose' || a.date.role === 'event-line') &&
      (a.end ?? a.date.end) &&
      compare(a.date.start, best.date.start) <= 0 &&
      compare(best.date.start, (a.end ?? a.date.end)!) <= 0 &&
      compare(a.date.start, (a.end ?? a.date.end)!) < 0,
  );
  return range ?? best;
}

/** Dates in one sentence that continue each other ("13 e 14 settembre a Bisceglie e il 15 settembre a Bari"). */
export function mergeWithinSentences(anchors: Anchor[]): Anchor[] {
  const out: Anchor[] = [];
  for (const anchor of anchors) {
    const last = out[out.length - 1];
    const lastEnd = last ? (last.end ?? last.date.start) : undefined;
    if (
      last &&
      lastEnd &&
      last.sentence.start === anchor.sentence.start &&
      !anchor.date.reversed &&
      compare(lastEnd, anchor.date.start) < 0 &&
      withinDays(lastEnd, anchor.date.start, 14)
    ) {
      last.end = anchor.date.end ?? anchor.date.start;
      if (last.end.year === undefined && lastEnd.year !== undefined) last.end = { ...last.end, year: lastEnd.year };
      continue;
    }
    out.push({ ...anchor });
  }
  return out;
}

export function withinDays(a: DayParts, b: DayParts, days: number): boolean {
  const toDay = (p: DayParts) => (p.month - 1) * 31 + p.day;
  return toDay(b) - toDay(a) <= days && toDay(b) >= toDay(a);
}

export function overlaps(a: Anchor, b: Anchor): boolean {
  const aEnd = a.end ?? a.date.start;
  const bEnd = b.end ?? b.date.start;
  const yearsAgree =
    a.date.start.year === undefined || b.date.start.year === undefined || a.date.start.year === b.date.start.year;
  return yearsAgree && compare(a.date.start, bEnd) <= 0 && compare(b.date.start, aEnd) <= 0;
}

/** Programme days ("Monday 24 June 2024", "Day 1 – Wednesday 5 February 2014") within a week: the event's days. */
export function programmeDates(programme: Anchor[]): Anchor {
  const first = programme[0];
  const last = programme.filter((a) => withinDays(first.date.start, a.date.start, 7)).pop() ?? first;
  return { ...first, end: last === first ? first.date.end : last.date.start };
}

/**
 * The kind named by the title lines right above a place-and-date line ("Seminar on micro-credentials in VET" over
 * "Porto, 3-4 February 2026"): that line anchors its own event on a listing page. The two title lines above are read,
 * blank lines between them skipped, so a subtitle does not hide the name ("3144th Council meeting", then "Education,
 * Youth, Culture and Sport", then "Brussels, 10 February 2012", a Council press release's head). Undefined when no
 * such line names a kind; the reading stops at a sentence (ends with ".", "!" or "?") or a line longer than 200
 * characters.
 */
export function kindOfLineAbove(text: string, at: number, kinds: KindMention[]): KindMention | undefined {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  for (let read = 0; read < 2 && lineStart >= 2;) {
    const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const above = text.slice(aboveStart, lineStart - 1);
    lineStart = aboveStart;
    if (!above.trim()) continue;
    if (above.length > 200 || /[.!?]\s*$/.test(above)) return undefined;
    const kind = kindsWithin(kinds, spanOf(text, aboveStart, aboveStart + above.length)).find((k) => k.kind);
    if (kind) return kind;
    read += 1;
  }
  return undefined;
}

/**
 * The title a date line carries before its dates, after a dash ("Webinar on career guidance – 5 May 2026",
 * "Conference on inclusive VET – 20-21 May 2026, Warsaw"): the text before the dash, when it holds `kind` and is no
 * sentence, and the line ends with the dates or a place after a comma. Undefined otherwise.
 */
export function titleBeforeDate(text: string, date: RoledDate, kind: KindMention | undefined): TextSpan | undefined {
  if (!kind?.kind) return undefined;
  const lineStart = text.lastIndexOf('\n', date.span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', date.span.end) < 0 ? text.length : text.indexOf('\n', date.span.end);
  const match = /^(\s*)([^\n]{3,200}?)\s+[–—-]\s*$/u.exec(text.slice(lineStart, date.span.start));
  if (
    !match ||
    /[.!?;]/.test(match[2]) ||
    !/^\s*(?:,\s*\p{Lu}[\p{L}'’ .-]{1,40})?\s*$/u.test(text.slice(date.span.end, lineEnd))
  )
    return undefined;
  const start = lineStart + match[1].length;
  const end = start + match[2].length;
  return kind.span.start >= start && kind.span.end <= end ? spanOf(text, start, end) : undefined;
}

/**
 * True when the words before a date make it the first day only, the last being unknown: "kicks off today", "the
 * Opening Ceremony on 10 September", "eröffnet am". A one-day event's end is then not read from it.
 */
export function startOnly(text: string, at: number): boolean {
  return OPENING_CUE.test(foldText(text.slice(Math.max(0, at - 40), at)));
}

const OPENING_WORDS = [
  'opening(?: ceremony| session)?',
  'opens',
  'kicks off',
  'kicked off',
  'starts',
  'begins',
  'first day',
  'eroffnung',
  'eroffnet',
  'beginnt',
  'ouverture',
  "s['’]ouvre",
  'debute',
  'inaugurazione',
  'apertura',
  'inauguracion',
  'abertura',
  'otwarcie',
];
const OPENING_CUE = new RegExp(`(?:^|[^\\p{L}])(?:${OPENING_WORDS.join('|')})(?:\\s+\\p{L}+){0,2}[\\s,]*$`, 'u');

const END_CUE = new RegExp(
  "(?:^|[^\\p{L}])(?:ending|ends|ended|closing|concluded|concludes|closed|closes|until|till|through|jusqu['’]au|" +
    'bis zum|bis|fino al|hasta el|ate|do dnia)(?:\\s+\\p{L}+){0,2}[\\s,]*$',
  'iu',
);

/** True when the words before a date make it the last day only: "ending this Friday, November 13th", "bis zum". */
export function endOnly(text: string, at: number): boolean {
  return END_CUE.test(text.slice(Math.max(0, at - 30), at));
}
