import { foldText } from '../../domain/text-folding';
import {
  Anchor,
  bestAnchor,
  endOnly,
  kindOfLineAbove,
  mergeWithinSentences,
  overlaps,
  programmeDates,
  startOnly,
  titleBeforeDate,
} from './ingest.anchors';
import { compare, DayParts, SlashOrder, slashOrderOf } from './ingest.date-mentions';
import { datesOf, DISTRACTOR_ROLES, quoted, ROLE_PHRASE, RoledDate } from './ingest.dates';
import { hasEventVerb, KindMention, kindForDate, kindMentions, kindsWithin } from './ingest.event-mentions';
import { FoldedText } from './ingest.folding';
import { spanOf, TextSpan } from './ingest.model';
import { sentenceAt, sentences } from './ingest.sentences';
import { completeYear, relativeDates, resolveRelative } from './ingest.years';

/*
 * Which events a page describes and where: a date tied to an event (a date field, a "City, date" line, a sentence
 * that names an event or says one takes place) anchors one; anchors with the same dates are one event; an event
 * with its own kind and its own dates elsewhere on the page is another (listing pages, newsletters, "the plenary
 * meeting on 9-10 November"), unless it is dated before the page's event (an earlier meeting, a side event).
 */

/** Where one event of the page was found, before its fields are read. */
export interface EventSketch {
  /** The part of the page the event's places, roles and citations are read from. */
  block: TextSpan;
  /** The sentence (or line) that dates or announces the event. */
  anchor: TextSpan;
  start?: DayParts;
  end?: DayParts;
  /**
   * Where the dates came from: a date field (0.95), a place-and-date line (0.9), prose (0.85), a programme day (0.8).
   */
  dateConfidence: number;
  datesSpan?: TextSpan;
  /** A place-and-date line of the event ("Thessaloniki, 28-29 November 2016"): the lines above it name the event. */
  eventLine?: TextSpan;
  /** The event's title written on its date line before the dates ("Workshop on VET excellence – 12 May 2026"). */
  titleLine?: TextSpan;
  /** How the year was fixed when the date does not write it ("the 2017 PLF", the publication date ...). */
  yearConfidence?: number;
  /** True when the page gives only the day the event opens ("kicks off today"): its end is unknown, not that day. */
  openEnd?: boolean;
  /** Set (AMBIGUOUS_ORDER_CONFIDENCE) when the dates are slash dates whose day and month the page does not order. */
  orderConfidence?: number;
  kind?: KindMention;
  /** The page's kind mentions, for titles and kinds of the event. */
  warnings: string[];
  dateProblem?: string;
}

/** What the page holds: its events, and why it holds none. */
export interface PageEvents {
  events: EventSketch[];
  warnings: string[];
  kinds: KindMention[];
  /** Why the page describes no event, phrased to follow "the document cannot be ingested: ". */
  noEvent?: string;
}

const TIE: Partial<Record<RoledDate['role'], number>> = { field: 0.95, 'event-line': 0.9, prose: 0.85, programme: 0.8 };

/**
 * The events of a page. `heading` is the page's title line (the first heading), whose kind word and year count for
 * the page's first event. `slashOrder` is the order of day and month in slash dates that the site or the page's
 * language fixes (slashOrderFor), used when the page's own slash dates do not show it.
 */
export function findPageEvents(
  text: string,
  heading: TextSpan | undefined,
  kinds: KindMention[] = kindMentions(new FoldedText(text)),
  slashOrder?: SlashOrder,
): PageEvents {
  const all = sentences(text);
  const warnings: string[] = [];
  const order = slashOrderOf(text) ?? slashOrder;
  const dates = resolveRelative(
    [...datesOf(text), ...relativeDates(text)].sort((a, b) => a.span.start - b.span.start),
  ).map((d) => inOrder(d, order));
  for (const date of dates) {
    if (DISTRACTOR_ROLES.includes(date.role) && !date.monthOnly)
      warnings.push(`${quoted(date)} is ${ROLE_PHRASE[date.role]}, not the event's date: not used`);
  }
  const anchors: Anchor[] = [];
  for (const date of dates) {
    const tie = TIE[date.role];
    if (tie === undefined || date.monthOnly) continue;
    const sentence = sentenceAt(all, date.span.start);
    const inSentence = kindForDate(kinds, sentence, date.span.start);
    const kind =
      inSentence?.kind || date.role !== 'event-line'
        ? inSentence
        : (kindOfLineAbove(text, date.span.start, kinds) ?? inSentence);
    if (date.role === 'event-line' && !date.end && !kind?.kind && isDatelineShaped(text, date, kinds)) {
      warnings.push(`${quoted(date)} is a one-day "place, date" line under no event's name: a dateline, not used`);
      continue;
    }
    const underHeading = date.role === 'prose' ? headingAbove(text, sentence, kinds) : undefined;
    if (date.role === 'prose' && !kind && !underHeading && !hasEventVerb(foldText(sentence.text))) continue;
    if (date.role === 'prose' && SINCE.test(foldText(text.slice(Math.max(0, date.span.start - 12), date.span.start))))
      continue;
    if (
      date.role === 'prose' &&
      !kind &&
      datesSomethingElse(foldText(text.slice(Math.max(sentence.start, date.span.start - 40), date.span.start)))
    )
      continue;
    anchors.push({
      date,
      end: date.end,
      sentence,
      kind: kind?.kind ? kind : (underHeading ?? kind),
      tie,
      titleLine: titleBeforeDate(text, date, kind),
    });
  }
  const merged = mergeWithinSentences(anchors.filter((a) => a.date.role !== 'programme'));
  const programme = anchors.filter((a) => a.date.role === 'programme');
  const groups: Anchor[][] = [];
  for (const anchor of merged) {
    const same = groups.find((group) => overlaps(group[0], anchor));
    if (same) same.push(anchor);
    else groups.push([anchor]);
  }
  const headingKind = heading ? kindsWithin(kinds, heading).find((k) => k.kind !== undefined) : undefined;
  const context = { text, sentences: all, kinds, dates, heading };
  if (!groups.length) {
    const undated = undatedEvent(text, all, kinds, headingKind);
    if (!undated) return { events: [], warnings, kinds, noEvent: noEventReason(dates) };
    const fromProgramme = programme.length ? programmeDates(programme) : undefined;
    return {
      events: withBlocks(text, [sketch(context, fromProgramme ? [fromProgramme] : [], undated.anchor, undated.kind)]),
      warnings,
      kinds,
    };
  }
  const main = groups.reduce(
    (best, group) => (Math.max(...group.map((a) => a.tie)) > Math.max(...best.map((a) => a.tie)) ? group : best),
    groups[0],
  );
  const pageKind = kinds.find((k) => k.kind !== undefined && k.span.start < 1500);
  const mainKind =
    main.find((a) => a.kind?.kind)?.kind ?? headingKind ?? (groups.length === 1 ? pageKind : undefined) ?? main[0].kind;
  const events = [sketch(context, main, main[0].sentence, mainKind)];
  const usedKinds = new Set(main.map((a) => a.kind?.span.start));
  for (const group of groups) {
    if (group === main) continue;
    const own = group.find((a) => a.kind?.kind !== undefined);
    const first = group[0];
    if (own && usedKinds.has(own.kind?.span.start)) {
      warnings.push(`${quoted(first.date)} is in the sentence that already dates another event: not used`);
      continue;
    }
    usedKinds.add(own?.kind?.span.start);
    if (!own) {
      warnings.push(`${quoted(first.date)} is in a sentence that names no event: not used`);
      continue;
    }
    if (
      own.kind &&
      namesDocument(lineOf(text, own.kind.span.start).text) &&
      !hasEventVerb(foldText(first.sentence.text))
    ) {
      warnings.push(
        `${quoted(first.date)} dates a document about an event ` +
          `(${lineOf(text, own.kind.span.start).text.slice(0, 60)}), not an event: not used`,
      );
      continue;
    }
    const candidate = sketch(context, group, first.sentence, own.kind);
    const mainStart = events[0].start;
    const candidateEnd = candidate.end ?? candidate.start;
    if (mainStart?.year !== undefined && candidateEnd?.year !== undefined && compare(candidateEnd, mainStart) < 0) {
      warnings.push(
        `${quoted(first.date)} dates an earlier or side event (${first.sentence.text.slice(0, 60)}...), ` +
          `not the page's event: not used`,
      );
      continue;
    }
    events.push(candidate);
  }
  events.sort((a, b) => a.anchor.start - b.anchor.start);
  return { events: withBlocks(text, events), warnings, kinds };
}

function sketch(context: YearContext, group: Anchor[], anchor: TextSpan, kind: KindMention | undefined): EventSketch {
  const best = bestAnchor(group);
  const result: EventSketch = {
    block: anchor,
    anchor,
    dateConfidence: best?.tie ?? 0,
    kind,
    warnings: [],
    eventLine: group.find((a) => a.date.role === 'event-line')?.date.span,
    titleLine: group.find((a) => a.titleLine)?.titleLine,
  };
  if (!best) return result;
  result.datesSpan = best.date.span;
  if (best.date.reversed) {
    result.dateProblem = `the dates ${quoted(best.date)} end before they start; refused, not swapped`;
    return result;
  }
  if (group.some((a) => a.date.ambiguousOrder)) {
    result.orderConfidence = AMBIGUOUS_ORDER_CONFIDENCE;
    result.warnings.push(`${quoted(best.date)} may be day/month or month/day, the page does not say which: a proposal`);
  }
  const year = completeYear(context, best.date, best.sentence, kind);
  if (year.year === undefined) {
    result.warnings.push(`${quoted(best.date)} has no year and the page does not fix it: the dates are left empty`);
    return result;
  }
  const published = context.dates.find((d) => d.role === 'publication' && !d.monthOnly && d.start.year !== undefined);
  const start = { ...best.date.start, year: best.date.start.year ?? year.year };
  if (
    published &&
    compare(start, published.start) > 0 &&
    (start.year - published.start.year!) * 12 + start.month - published.start.month > 10
  ) {
    result.warnings.push(
      `${quoted(best.date)} is dated most of a year after the page's own date ${quoted(published)}: a ` +
        `slip, or another edition; not used`,
    );
    return result;
  }
  result.start = start;
  const end = best.end ?? best.date.end;
  if (endOnly(context.text, best.date.span.start) && !best.end && !best.date.end) {
    result.end = result.start;
    result.start = undefined;
    if (year.confidence !== undefined) result.yearConfidence = year.confidence;
    return result;
  }
  if (end) result.end = { ...end, year: end.year ?? (end.month < result.start.month ? year.year + 1 : year.year) };
  else if (startOnly(context.text, best.date.span.start)) {
    result.openEnd = true;
    result.warnings.push(`${quoted(best.date)} is the day the event opens: its last day is not read from it`);
  }
  if (year.confidence !== undefined) result.yearConfidence = year.confidence;
  return result;
}

/**
 * A line that is only "Place, date" for one day ("Brussels, 4 May 2006") under a line that names no event (the
 * nearest line above with text, blank lines skipped): the shape of a press release's dateline, which findPageEvents
 * does not take for the event's date. "Harbour Seminar", then "Lisbon, 14 May 2019", and "21 February 2014,
 * Thessaloniki, Olympion" (the date first) stay an event's lines.
 */
function isDatelineShaped(text: string, date: RoledDate, kinds: KindMention[]): boolean {
  const line = lineOf(text, date.span.start);
  const before = text.slice(line.start, date.span.start);
  const after = text.slice(date.span.end, line.end);
  if (!/^\s*\p{Lu}[\p{L}'’. -]*,\s*$/u.test(before) || after.trim()) return false;
  const windowStart = Math.max(0, line.start - 300);
  const above = /([^\n]*\S[^\n]*)\n\s*$/.exec(text.slice(windowStart, line.start));
  if (!above) return true;
  const aboveStart = windowStart + above.index;
  return !kindsWithin(kinds, spanOf(text, aboveStart, aboveStart + above[1].length)).some((k) => k.kind !== undefined);
}

/**
 * Confidence of slash dates whose order the page leaves open ("05/08/2013" where no other slash date has a part above
 * 12): below FACT_THRESHOLD, so they are proposed, never written. ETF event pages write month/day, most others
 * day/month (reviewed bulk pages: a "Date: 05/08/2013" of an event held on 8 May).
 */
export const AMBIGUOUS_ORDER_CONFIDENCE = 0.6;

/**
 * The order of day and month in a page's slash dates that its site or language fixes: month first on the ETF's site
 * (its event pages' "Date: 05/08/2013" is 8 May, reviewed bulk page), day first on the EU institutions' other sites
 * (the Interinstitutional Style Guide writes day/month/year) and in every language of the genre but English (`lang`,
 * ISO 639-1, when detected with a clear lead); undefined for other English pages, whose order the page must show.
 */
export function slashOrderFor(url: string | undefined, lang: string | undefined): SlashOrder | undefined {
  const host = url && URL.canParse(url) ? new URL(url).hostname.toLowerCase() : '';
  if (host === 'etf.europa.eu' || host.endsWith('.etf.europa.eu')) return 'month-day';
  if (host === 'europa.eu' || host.endsWith('.europa.eu')) return 'day-month';
  if (lang && lang !== 'en') return 'day-month';
  return undefined;
}

/**
 * A slash date read in the order the page, its site or its language fixes: month first swaps day and month
 * ("05/08/2013" on the ETF's site is 8 May), day first keeps them; either way the date is no longer ambiguous.
 * Without an order it stays ambiguous (its event's dates are then proposals).
 */
function inOrder(date: RoledDate, order: SlashOrder | undefined): RoledDate {
  if (!date.ambiguousOrder || order === undefined) return date;
  const swap = (parts: DayParts): DayParts => ({ ...parts, day: parts.month, month: parts.day });
  const read = order === 'month-day' ? { ...date, start: swap(date.start), end: date.end && swap(date.end) } : date;
  return { ...read, ambiguousOrder: false };
}

type YearContext = Parameters<typeof completeYear>[0];

/**
 * An event the page announces without a usable date: a kind word in its title line, or in one of its first three
 * sentences together with a phrase saying it takes place ("A workshop, organised by Cedefop ..."). A generic noun
 * ("the Week is an annual event") is not enough.
 */
function undatedEvent(
  text: string,
  all: TextSpan[],
  kinds: KindMention[],
  headingKind: KindMention | undefined,
): { anchor: TextSpan; kind: KindMention } | undefined {
  if (headingKind) return { anchor: lineOf(text, headingKind.span.start), kind: headingKind };
  for (const sentence of all.filter((s) => s.text.length > 40 || /[.!?]$/.test(s.text)).slice(0, 3)) {
    const kind = kindsWithin(kinds, sentence).find((k) => k.kind !== undefined);
    if (kind && (hasEventVerb(foldText(sentence.text)) || announcedAsSubject(text, kind)))
      return { anchor: sentence, kind };
  }
  return undefined;
}

/**
 * A kind word that is the subject of a future verb ("The 15th ReferNet annual plenary meeting will welcome ...",
 * "The third ... conference will build on ..."): the page announces that event even though no verb says it takes place.
 */
function announcedAsSubject(text: string, kind: KindMention): boolean {
  return /^\s+(?:will|is going to|shall)\s+\p{L}/u.test(text.slice(kind.span.end, kind.span.end + 30));
}

function noEventReason(dates: RoledDate[]): string {
  const usable = dates.filter((d) => !d.monthOnly && !DISTRACTOR_ROLES.includes(d.role));
  if (!usable.length && !dates.some((d) => !d.monthOnly)) {
    return 'no event date was found, and it does not read as an event page: it names no event (peer learning activity, conference, seminar, ...) with a date or as taking place';
  }
  return 'it does not read as an event page: no date of it is tied to an event (publication dates, deadlines and dates in sentences about no event do not count), and no event is announced in its heading or first sentences';
}

/**
 * Verbs that date a document or a body, not an event ("the strategy was adopted on 12 September 2013", "the network
 * was founded on ..."): a date right after one (40 characters), in a sentence naming no event, is not an event's, even
 * under an event heading.
 */
const NOT_EVENT_VERBS =
  /(?:^|[^\p{L}])(?:adopted|signed|published|approved|founded|established|entered into force|set up|verabschiedet|unterzeichnet|veroffentlicht|gegrundet|adopte|adoptee|signe|signee|publie|publiee|fonde|fondee|adottat[oa]|firmat[oa]|pubblicat[oa]|fondat[oa]|aprobad[oa]|firmad[oa]|publicad[oa]|fundad[oa]|adoptad[oa]|assinad[oa]|przyjet[aey]|podpisan[aey]|opublikowan[aey])(?:[^\p{L}]|$)/u;

/**
 * "Since August 26, ..." (in the languages dates are read in): the start of something ongoing, never an event's date.
 */
const SINCE = /(?:^|[^\p{L}])(?:since|seit|depuis|sinds)\s+(?:the\s+|le\s+|el\s+|dem\s+)?$/u;

function datesSomethingElse(folded: string): boolean {
  return NOT_EVENT_VERBS.test(folded);
}

/**
 * The kind named by a heading line standing right above the paragraph that `sentence` opens ("11-Dez-17: ReferNet
 * annual plenary meeting 2017").
 */
function headingAbove(text: string, sentence: TextSpan, kinds: KindMention[]): KindMention | undefined {
  const before = text.slice(Math.max(0, sentence.start - 300), sentence.start);
  const match = /(?:^|\n)([^\n]{3,200})\n\s*\n?\s*$/.exec(before);
  if (!match || /[.!?]$/.test(match[1].trim())) return undefined;
  const start = sentence.start - before.length + (match.index ?? 0) + match[0].indexOf(match[1]);
  return kindsWithin(kinds, { start, end: start + match[1].length }).find((k) => k.kind !== undefined);
}

/**
 * Words naming a document written about an event (a report, its synthesis, proceedings, minutes), in the languages
 * dates are read in: a line such as "Synthesis and Evaluation Report Rome Seminar" above a date dates the document.
 */
const DOCUMENT_WORDS =
  /(?:^|[^\p{L}])(?:report|synthesis|proceedings|minutes|rapport|compte rendu|synthese|bericht|protokoll|dokumentation|relazione|rapporto|verbale|informe|actas|relatorio|sprawozdanie|raport|verslag|εκθεση|πρακτικα)(?:[^\p{L}]|$)/u;

function namesDocument(line: string): boolean {
  return DOCUMENT_WORDS.test(foldText(line));
}

function lineOf(text: string, at: number): TextSpan {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  return spanOf(text, start, end);
}

/**
 * The block of each event: the whole page for one event; on a page of several, from the paragraph (with the
 * heading right before it) holding its anchor to the next event's; an event announced inside another's paragraph
 * gets its sentence only, and so does a line "Title – date" followed by another such line (a list of events).
 */
function withBlocks(text: string, events: EventSketch[]): EventSketch[] {
  if (events.length === 1) return [{ ...events[0], block: spanOf(text, 0, text.length) }];
  const starts = events.map((event) => paragraphStart(text, event.anchor.start));
  return events.map((event, k) => {
    if (k > 0 && starts[k] === starts[k - 1]) return { ...event, block: event.anchor };
    if (event.titleLine && events[k + 1]?.titleLine && starts[k + 1] === starts[k])
      return { ...event, block: spanOf(text, starts[k], event.anchor.end) };
    let end = text.length;
    for (let j = k + 1; j < events.length; j += 1)
      if (starts[j] !== starts[k]) {
        end = starts[j];
        break;
      }
    return { ...event, block: spanOf(text, starts[k], Math.max(end, event.anchor.end)) };
  });
}

/** Start of the paragraph holding `at`, moved back over one heading line standing right before it. */
function paragraphStart(text: string, at: number): number {
  const blank = text.lastIndexOf('\n\n', at);
  let start = blank < 0 ? 0 : blank + 2;
  const previousBlank = start >= 2 ? text.lastIndexOf('\n\n', start - 3) : -1;
  const previous = text.slice(previousBlank < 0 ? 0 : previousBlank + 2, Math.max(0, start - 2));
  if (previous.trim() && !previous.includes('\n') && previous.length <= 200 && !/[.!?]$/.test(previous.trim()))
    start = previousBlank < 0 ? 0 : previousBlank + 2;
  return start;
}
