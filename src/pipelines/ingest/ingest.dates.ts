import { isValid } from 'date-fns';
import { foldText } from '../../domain/text-folding';
import { DateMention, DayParts, findDateMentions } from './ingest.date-mentions';
import {
  DATE_LABELS,
  DEADLINE_CUES,
  NEW_DATE_CUES,
  ORIGINAL_PLAN_CUES,
  PUBLICATION_CUES,
  SIDE_EVENT_CUES,
} from './ingest.event-vocabulary';
import { escapeRegExp } from './ingest.folding';

/*
 * What each date of a page is: the event's (in a date field, a "City, date" line, a programme day, a sentence about
 * the event) or something else the page dates (its publication, a dateline, a deadline, the dates an event was
 * first planned for, a side event). Only the event's dates are ever used; the others are reported as warnings.
 */

/** Where a date stands and so what it dates. */
export type DateRole =
  | 'field' // after a date label: "Event Date(s)", "WHEN:", "Datum", "Wann:"
  | 'event-line' // a line holding only a place and the dates: "Thessaloniki, 28-29 November 2016"
  | 'programme' // a programme day heading: "Monday 24 June 2024"
  | 'prose' // in running text
  | 'publication' // the page's date, a dateline ("Skopje, 30 September 2024 -"), a news list's date ("11-Jul-18:")
  | 'deadline' // registration, applications, submissions
  | 'original-plan' // "originally scheduled for 4 and 5 June 2020"
  | 'side-event'; // "a side event on ...", "on the eve"

/** A date of the page with its role. */
export interface RoledDate extends DateMention {
  role: DateRole;
}

/** Roles whose dates are never an event's. */
export const DISTRACTOR_ROLES: DateRole[] = ['publication', 'deadline', 'original-plan', 'side-event'];

/** Every date of the text with its role, in text order. */
export function datesOf(text: string): RoledDate[] {
  const mentions = findDateMentions(text);
  return mentions.map((mention, index) => ({ ...mention, role: roleOf(text, mention, mentions[index - 1]) }));
}

function roleOf(text: string, mention: DateMention, previous: DateMention | undefined): DateRole {
  const lineStart = text.lastIndexOf('\n', mention.span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', mention.span.end) < 0 ? text.length : text.indexOf('\n', mention.span.end);
  const before = text.slice(lineStart, mention.span.start);
  const after = text.slice(mention.span.end, lineEnd);
  const foldedBefore = foldText(before).trim();
  const previousLine = lastNonEmptyLine(text, lineStart);
  // A stored page's stamp: "date 2018-11-09" (no colon) opening the text is when it was published or found.
  if (lineStart === 0 && /^\s*date\s+$/u.test(before) && /^\d{4}-\d{2}/.test(mention.span.text)) return 'publication';
  // "date:  26/06/2024", the bare lower-case field a CMS prints under a news item (Europa, EQAVET): when it was
  // published (all 3 such lines of the reviewed bulk pages were).
  if (/^date:\s+$/u.test(before) && /^\d/.test(mention.span.text)) return 'publication';
  if (isLabel(foldedBefore.replace(/[:\s]+$/, '')) && /:\s*$|^\s*$/.test(before) && foldedBefore !== '') return 'field';
  if (!before.trim() && !after.trim() && isLabel(foldText(previousLine))) return 'field';
  // "Article publication date: 1 April 2005" ends in a date label too, but says when something was published.
  if (
    /(?:^|[\s(])(?:wann|when|quand|datum|date|fecha|data|kdy|kiedy|wanneer)\s*:\s*$/iu.test(foldedBefore) &&
    !hasCue(foldedBefore, PUBLICATION_CUES)
  )
    return 'field';
  const windowBefore = foldText(sentenceBefore(text, mention.span.start));
  if (hasCue(windowBefore, PUBLICATION_CUES) && foldedBefore.length < 40) return 'publication';
  if (/\|\s*$/.test(before) || /^\s*:/.test(after)) return 'publication';
  // A dateline: the date opens the line (after a place), and the text runs on after a dash or a full stop.
  // The text may run on after an agency's name in brackets ("Brussels, 12/07/2005 (Agence Europe) - EU ministers"),
  // or glued to the date where the page lost a line break ("Turin, 25 June 2021Around 1500 participants").
  const placeBefore = /^\s*(?:\(?\p{Lu}[\p{L}/ .'’-]{0,40}[,)]\s*)?$/u.test(before);
  const runsOn = DATELINE_RUNS_ON.test(after) || (before.trim() !== '' && /^\p{Lu}\p{Ll}/u.test(after));
  // A dateline is one day, when the item was written: a range ("30–31 October 2025 – <title>") opens a list's line.
  const dateline = placeBefore && runsOn && !mention.end;
  // A bracketed dateline: "[Rhodes, Greece – 23.10.2023]. It is the moment ...".
  const bracketed = /^\s*\[[^\]\n]{1,60}$/u.test(before) && /^\s*\]/u.test(after);
  // A news item's byline or list stamp: a date opening its line, then its author or only the word "News"
  // ("25.11.2009, Text: A. Author", "2. Dezember 2015 News").
  const byline = !before.trim() && (BYLINE_AFTER.test(after) || STAMP_AFTER.test(foldText(after)));
  const afterAnotherDate =
    previous !== undefined && mention.span.start - previous.span.end <= 2 && /^\s*[-–—]\s+\S/u.test(after);
  // A news wire's dateline ("LYON, France, Sept. 13, 2024 /PRNewswire/ --") and time stamp ("13 Sep, 2024, 05:00 GMT").
  const wire =
    /^\s*\/[\p{L}\d .-]{2,30}\/\s*(?:[-–—(]|$)/u.test(after) ||
    (!before.trim() && /^\s*,?\s*\d{1,2}:\d{2}\s*(?:GMT|UTC)\s*$/u.test(after));
  if (dateline || bracketed || byline || afterAnotherDate || wire) return 'publication';
  if (hasCue(windowBefore, DEADLINE_CUES)) return 'deadline';
  if (
    hasCue(afterLastCue(windowBefore, NEW_DATE_CUES), ORIGINAL_PLAN_CUES) &&
    !/\b(?:now|nun|desormais|ahora|ora|agora|teraz|nu|τωρα)\b/u.test(windowBefore.slice(-40))
  )
    return 'original-plan';
  if (hasCue(windowBefore.replace(PAST_YEARS, ' '), SIDE_EVENT_CUES)) return 'side-event';
  const restOfLine = (before + after).replace(/^[\s•·\-–—(]+|[\s)]+$/g, '');
  if (mention.weekday && restOfLine.length <= 30) return 'programme';
  if (!restOfLine) return mention.end ? 'event-line' : 'publication';
  // "Thessaloniki, 28-29 November 2016", "Cedefop, Thessaloniki, 4-5 June 2008" (a venue or a country beside the
  // city), "21 February 2014,Thessaloniki, Olympion Film Theatre"
  const placeOnly =
    /^(?:\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*)*\s*,\s*){0,2}$/u.test(before.trim() ? `${before.trim()}` : '') &&
    !/[.!?]\s*$/.test(after) &&
    after.split(/\s+/).length <= 8;
  if (placeOnly && (before.trim() || /^\s*,/.test(after)) && (before + after).split(/\s+/).length <= 10)
    return 'event-line';
  return 'prose';
}

/**
 * "the previous two years", "last years", "précédentes années": a span of time, not an earlier event ("Following the
 * success of the previous two years, the third ... Week will run from 5-9 November 2018"); folded text.
 */
const PAST_YEARS =
  /\b(?:previous|last|precedentes?|precedenti|vorherigen|poprzednich)\s+(?:(?:two|three|four|five|few|\d+)\s+)?(?:years|annees|anni|jahre|lat)\b/gu;

/** After a dateline's date: the text runs on after a full stop or a dash, maybe past an agency in brackets. */
const DATELINE_RUNS_ON = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:\.\s+\p{Lu}|[.]?\s*[-–—]\s+\S)/u;
/** After a date opening its line: ", Text: <author>", ", by <author>" (a byline). */
const BYLINE_AFTER = /^\s*,\s*(?:text|von|by|par|por|door|autor|author)\b/iu;
/** After a date opening its line, the rest of the line being only a news list's word (folded). */
const STAMP_AFTER =
  /^\s*(?:news|nachrichten|aktuelles|actualites|noticias|notizie|nieuws|press release|pressemitteilung)\s*$/u;

function isLabel(folded: string): boolean {
  return DATE_LABELS.includes(folded.replace(/:$/, '').trim());
}

function lastNonEmptyLine(text: string, lineStart: number): string {
  const lines = text.slice(0, Math.max(0, lineStart - 1)).split('\n');
  for (let i = lines.length - 1; i >= 0; i -= 1) if (lines[i].trim()) return lines[i].trim();
  return '';
}

/** The text of the sentence before `at`, at most 90 characters back. */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 90), at);
  const cut = Math.max(
    window.lastIndexOf('. '),
    window.lastIndexOf('\n'),
    window.lastIndexOf('! '),
    window.lastIndexOf('? '),
  );
  return cut >= 0 ? window.slice(cut + 1) : window;
}

const cueCache = new Map<string[], RegExp>();
function cuePattern(cues: string[]): RegExp {
  let pattern = cueCache.get(cues);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[^\\p{L}\\d])(?:${cues.map(escapeRegExp).join('|')})(?![\\p{L}\\d])`, 'gu');
    cueCache.set(cues, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

function hasCue(folded: string, cues: string[]): boolean {
  return cuePattern(cues).test(folded);
}

/**
 * The part of `folded` after the last of `cues`, or all of it: "originally scheduled for 5-6 May, has been
 * rescheduled to" leaves "" before "9-10 June", whose date is then the new one, not the first-planned one.
 */
function afterLastCue(folded: string, cues: string[]): string {
  let end = -1;
  for (const match of folded.matchAll(cuePattern(cues))) end = (match.index ?? 0) + match[0].length;
  return end < 0 ? folded : folded.slice(end);
}

/** `YYYY-MM-DD` for parts that form a real date (validated with date-fns), else undefined. */
export function isoDate(parts: DayParts): string | undefined {
  if (parts.year === undefined) return undefined;
  const days = new Date(Date.UTC(parts.year, parts.month, 0)).getUTCDate();
  if (
    !isValid(new Date(Date.UTC(parts.year, parts.month - 1, parts.day))) ||
    parts.month < 1 ||
    parts.month > 12 ||
    parts.day > days
  )
    return undefined;
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/** How a date is quoted in a warning: as written, cut at 60 characters. */
export function quoted(mention: DateMention): string {
  const written = mention.span.text.replace(/\s+/g, ' ');
  return `"${written.length > 60 ? `${written.slice(0, 57)}...` : written}"`;
}

/** The phrase a warning uses for a distractor role. */
export const ROLE_PHRASE: Record<DateRole, string> = {
  field: 'the event date field',
  'event-line': 'a place-and-date line',
  programme: 'a programme day',
  prose: 'the text',
  publication: 'a publication date or dateline',
  deadline: 'a deadline (registration, applications or submissions)',
  'original-plan': 'the dates the event was first planned for',
  'side-event': 'a side or earlier event',
};
