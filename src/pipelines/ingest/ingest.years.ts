import { foldText } from '../../domain/text-folding';
import { DayParts } from './ingest.date-mentions';
import { RoledDate } from './ingest.dates';
import { KindMention } from './ingest.event-mentions';
import { spanOf, TextSpan } from './ingest.model';

/*
 * The year of a date the text writes without one ("on 7 and 8 September"), only where the page's own text fixes it;
 * otherwise the date stays empty (with a warning). A year near another event, a project period or a deadline is
 * never borrowed: "the first conference in 2014" does not date "the second such event, on 9 and 10 November".
 */

/** Confidence of a year written next to the event's own name or kind ("The 2017 PLF", "Euroskills 2012"). */
export const NAMED_YEAR_CONFIDENCE = 0.8;
/**
 * Confidence of a year taken from the page's publication date, when the event's day is within half a year of it:
 * below FACT_THRESHOLD (a proposal), as the page's text does not write the event's year (issue 11: such a date stays
 * out of the graph until an editor confirms it; editors left 4 of 13 such dates of the reviewed bulk pages empty).
 */
export const PUBLICATION_YEAR_CONFIDENCE = 0.7;

export interface YearContextInput {
  text: string;
  sentences: TextSpan[];
  kinds: KindMention[];
  dates: RoledDate[];
  heading?: TextSpan;
}

/**
 * The year for `date`: its own; else the year of another full date in the same sentence ("Originally scheduled for
 * 4 and 5 June 2020 ... now on 30 June and 1 July"); else a year written next to the event's kind word or name
 * anywhere on the page ("The 2017 PLF on apprenticeships ... This PLF will take place on 7 and 8 September"), or in
 * the title line; else the year of the page's publication date or dateline when the day is within six months of it.
 * @returns the year and, when inferred, the confidence of the inference; no year when the text does not fix one
 */
export function completeYear(
  context: YearContextInput,
  date: RoledDate,
  sentence: TextSpan,
  kind: KindMention | undefined,
): { year?: number; confidence?: number } {
  if (date.start.year !== undefined) return { year: date.start.year };
  const inSentence = new Set(
    context.dates
      .filter(
        (d) =>
          d !== date &&
          !d.monthOnly &&
          d.start.year !== undefined &&
          d.span.start >= sentence.start &&
          d.span.end <= sentence.end &&
          d.role !== 'publication',
      )
      .map((d) => d.start.year),
  );
  if (inSentence.size === 1) return { year: [...inSentence][0], confidence: NAMED_YEAR_CONFIDENCE };
  const named = new Set<number>();
  for (const mention of context.kinds) {
    if (kind?.kind === undefined || mention.kind !== kind.kind) continue;
    const year = yearNextTo(context.text, mention.span);
    if (year !== undefined) named.add(year);
  }
  const nameYear = /(?:^|[\s(“"«„'‘])\p{Lu}[\p{L}+\-]*['’]?\s+((?:19|20)\d{2})(?![\d\-–])/u.exec(sentence.text);
  if (nameYear && !/^(?:in|since|seit|depuis|en|dal|desde|em|od|sinds)$/iu.test(nameYear[0].trim().split(/\s+/)[0]))
    named.add(Number(nameYear[1]));
  if (context.heading)
    for (const m of context.heading.text.matchAll(/(?<![\d\-–/.])((?:19|20)\d{2})(?![\d\-–/])/g))
      named.add(Number(m[1]));
  if (named.size === 1) return { year: [...named][0], confidence: NAMED_YEAR_CONFIDENCE };
  if (named.size > 1) return {};
  const published = context.dates.find((d) => d.role === 'publication' && !d.monthOnly && d.start.year !== undefined);
  if (published?.start.year !== undefined) {
    const year = published.start.year;
    const months = date.start.month - published.start.month + (date.start.day - published.start.day) / 31;
    if (Math.abs(months) <= 6) return { year, confidence: PUBLICATION_YEAR_CONFIDENCE };
    if (months < -6) return { year: year + 1, confidence: PUBLICATION_YEAR_CONFIDENCE };
    return {};
  }
  return {};
}

/**
 * A year written right before a kind word (at most three words between) or right after it: "2025 partnership forum",
 * "meeting 2017".
 */
function yearNextTo(text: string, span: TextSpan): number | undefined {
  const before = /(?:^|[^\p{L}\d\-–/.])((?:19|20)\d{2})(?:\s*\([^()]{1,20}\))?(?:\s+[\p{L}\-’']+){0,3}\s+$/u.exec(
    text.slice(Math.max(0, span.start - 60), span.start),
  );
  if (before) return Number(before[1]);
  const after = /^\s+((?:19|20)\d{2})(?![\d\-–/])/u.exec(text.slice(span.end, span.end + 8));
  return after ? Number(after[1]) : undefined;
}

const RELATIVE: Array<[number, string[]]> = [
  [1, ['tomorrow', 'demain', 'morgen', 'domani', 'manana', 'amanha', 'jutro', 'αυριο', 'утре', 'maine', 'zitra']],
  [-1, ['yesterday', 'hier', 'gestern', 'ieri', 'ayer', 'ontem', 'wczoraj', 'gisteren', 'χθες', 'вчера', 'vcera']],
  [
    0,
    [
      'today',
      "aujourd'hui",
      'heute',
      'oggi',
      'hoy',
      'hoje',
      'dzisiaj',
      'dzis',
      'vandaag',
      'σημερα',
      'днес',
      'astazi',
      'dnes',
    ],
  ],
];

/**
 * "Tomorrow", "yesterday" and "today" in a sentence, as dates, when the page carries its own publication date or
 * dateline ("Skopje, 30 September 2024 - ... started yesterday"); none without one (the page then does not fix them).
 */
export function relativeDates(text: string): RoledDate[] {
  const pattern = /(?:^|[^\p{L}])(\p{L}+(?:['’]\p{L}+)?)/gu;
  const found: RoledDate[] = [];
  for (const match of text.matchAll(pattern)) {
    const word = foldText(match[1]).replace('’', "'");
    const offset = RELATIVE.find(([, words]) => words.includes(word))?.[0];
    if (offset === undefined) continue;
    const start = (match.index ?? 0) + match[0].length - match[1].length;
    found.push({
      start: { month: 0, day: 0 },
      monthOnly: false,
      weekday: false,
      reversed: false,
      role: 'prose',
      span: spanOf(text, start, start + match[1].length),
      relative: offset,
    } as RoledDate & { relative: number });
  }
  return found;
}

/** Resolves relative dates against the page's publication date; drops them when there is none. */
export function resolveRelative(dates: RoledDate[]): RoledDate[] {
  const published = dates.find(
    (d) => d.role === 'publication' && !d.monthOnly && d.start.year !== undefined && !('relative' in d),
  );
  return dates.flatMap((d) => {
    if (!('relative' in d)) return [d];
    if (!published || published.start.year === undefined) return [];
    const day = new Date(
      Date.UTC(
        published.start.year,
        published.start.month - 1,
        published.start.day + (d as RoledDate & { relative: number }).relative,
      ),
    );
    const parts: DayParts = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
    return [{ ...d, start: parts }];
  });
}
