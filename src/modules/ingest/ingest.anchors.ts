import { compare, DayParts } from './ingest.date-mentions';
import { RoledDate } from './ingest.dates';
import { KindMention } from './ingest.event-mentions';
import { TextSpan } from './ingest.model';

/*
 * Anchors of a page's events: dates tied to an event, with the sentence they are in, and the rules that join and
 * choose among them (split from ingest.page-events.ts, which decides which events a page holds).
 */

/** A date tied to an event: its sentence, the kind named there, and how sure the tie is (TIE of ingest.page-events.ts). */
export interface Anchor {
  date: RoledDate;
  end?: DayParts;
  sentence: TextSpan;
  kind?: KindMention;
  tie: number;
}

/**
 * The anchor whose dates the event takes: the most tied one, except that a single day on a "City, date" line (a
 * press release's dateline, "Brussels, 20 November 2017") gives way to a range in a sentence naming the event that
 * holds that day ("From 20 to 24 November 2017, the Commission is organising the ... Week").
 */
export function bestAnchor(group: Anchor[]): Anchor | undefined {
  if (!group.length) return undefined;
  const best = group.reduce((a, b) => (b.tie > a.tie ? b : a));
  const single = !(best.end ?? best.date.end);
  if (best.date.role !== 'event-line' || !single) return best;
  const range = group.find((a) => a !== best && a.date.role === 'prose' && (a.end ?? a.date.end) && compare(a.date.start, best.date.start) <= 0 && compare(best.date.start, (a.end ?? a.date.end)!) <= 0 && compare(a.date.start, (a.end ?? a.date.end)!) < 0);
  return range ?? best;
}

/** Dates in one sentence that continue each other ("13 e 14 settembre a Bisceglie e il 15 settembre a Bari"). */
export function mergeWithinSentences(anchors: Anchor[]): Anchor[] {
  const out: Anchor[] = [];
  for (const anchor of anchors) {
    const last = out[out.length - 1];
    const lastEnd = last ? last.end ?? last.date.start : undefined;
    if (last && lastEnd && last.sentence.start === anchor.sentence.start && !anchor.date.reversed && compare(lastEnd, anchor.date.start) < 0 && withinDays(lastEnd, anchor.date.start, 14)) {
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
  const yearsAgree = a.date.start.year === undefined || b.date.start.year === undefined || a.date.start.year === b.date.start.year;
  return yearsAgree && compare(a.date.start, bEnd) <= 0 && compare(b.date.start, aEnd) <= 0;
}

/** Programme days ("Monday 24 June 2024", "Day 1 – Wednesday 5 February 2014") within a week: the event's days. */
export function programmeDates(programme: Anchor[]): Anchor {
  const first = programme[0];
  const last = programme.filter((a) => withinDays(first.date.start, a.date.start, 7)).pop() ?? first;
  return { ...first, end: last === first ? first.date.end : last.date.start };
}
