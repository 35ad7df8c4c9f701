import { foldText } from '../../domain/text-folding';
import { CorpusPage, ExpectedEvent } from './corpus';
import { looksLikeFragment } from './fragments';
import { NameMatcher, normaliseName, sameTitle } from './names';

/**
 * One event as the extractor would write it, reduced to what the corpus scores: only values that would become facts
 * (at or above the confidence threshold); what would be a proposal for an editor is left out.
 */
export interface ScoredEvent {
  title: string | null;
  /** Lower-case words as the corpus writes kinds: "peer learning activity", "conference", ... */
  kind: string | null;
  startDate: string | null;
  endDate: string | null;
  virtual: boolean | null;
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  hosts: string[];
  organisers: string[];
  participants: string[];
  workingGroups: string[];
  publications: string[];
  policyDocuments: string[];
  /** ISO 3166-1 alpha-2. */
  countries: string[];
  contacts: string[];
}

/** Scored fields, in report order; HEADLINE_FIELDS are the ones the mean F1 is taken over (issue 11). */
export const FIELDS = [
  'title',
  'kind',
  'startDate',
  'endDate',
  'virtual',
  'city',
  'country',
  'hosts',
  'organisers',
  'participants',
  'workingGroups',
  'publications',
  'policyDocuments',
  'countries',
  'contacts',
] as const;
export type Field = (typeof FIELDS)[number];
export const HEADLINE_FIELDS: Field[] = [
  'title',
  'kind',
  'startDate',
  'endDate',
  'city',
  'country',
  'hosts',
  'organisers',
  'workingGroups',
];

/** True positives, false positives and false negatives. */
export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

/** What one page scored. */
export interface PageScore {
  stem: string;
  heldOut: boolean;
  fields: Record<Field, Count>;
  expectedEvents: number;
  foundEvents: number;
  /** Dates written (start or end) that the page does not support: not the matched expected event's date. */
  unsupportedDates: string[];
  /** Organisation, working-group and publication names that read as fragments (fragments.ts). */
  fragments: string[];
  /** Human-readable differences, for `--details`. */
  misses: string[];
}

type Comparator = (got: string, want: string) => boolean;

/**
 * Scores one page: the found events are paired with the expected ones (by agreeing start date, title, city and
 * kind; a page with one of each pairs them whatever they say), then every field of every pair is compared. A value
 * found where the reader found none is a false positive (a date the page does not support counts here); a value the
 * reader found and the extractor did not is a false negative; an unpaired event counts all its values.
 */
export function scorePage(page: CorpusPage, found: ScoredEvent[], names: NameMatcher): PageScore {
  const expected = page.expected.events;
  const fields = Object.fromEntries(FIELDS.map((field) => [field, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Count>;
  const score: PageScore = {
    stem: page.stem,
    heldOut: page.heldOut,
    fields,
    expectedEvents: expected.length,
    foundEvents: found.length,
    unsupportedDates: [],
    fragments: [],
    misses: [],
  };
  const pairs = pairEvents(found, expected, names);
  for (const [got, want] of pairs) compareEvent(score, got, want, names);
  for (const event of found) {
    for (const name of [
      ...event.hosts,
      ...event.organisers,
      ...event.participants,
      ...event.workingGroups,
      ...event.publications,
    ]) {
      if (looksLikeFragment(name)) score.fragments.push(name);
    }
  }
  return score;
}

function pairEvents(
  found: ScoredEvent[],
  expected: ExpectedEvent[],
  names: NameMatcher,
): Array<[ScoredEvent | undefined, ExpectedEvent | undefined]> {
  if (found.length === 1 && expected.length === 1) return [[found[0], expected[0]]];
  const candidates: Array<{ f: number; e: number; weight: number }> = [];
  found.forEach((got, f) =>
    expected.forEach((want, e) => {
      let weight = 0;
      if (got.startDate && got.startDate === want.startDate) weight += 3;
      if (got.title && want.title && sameTitle(got.title, want.title)) weight += 2;
      if (got.city && want.city && names.same(got.city, want.city)) weight += 1;
      if (got.kind && got.kind === want.eventKind) weight += 1;
      if (weight > 0) candidates.push({ f, e, weight });
    }),
  );
  candidates.sort((a, b) => b.weight - a.weight || a.f - b.f || a.e - b.e);
  const usedF = new Set<number>();
  const usedE = new Set<number>();
  const pairs: Array<[ScoredEvent | undefined, ExpectedEvent | undefined]> = [];
  for (const { f, e } of candidates) {
    if (usedF.has(f) || usedE.has(e)) continue;
    usedF.add(f);
    usedE.add(e);
    pairs.push([found[f], expected[e]]);
  }
  found.forEach((got, f) => usedF.has(f) || pairs.push([got, undefined]));
  expected.forEach((want, e) => usedE.has(e) || pairs.push([undefined, want]));
  return pairs;
}

const exact: Comparator = (got, want) => got === want;

function compareEvent(
  score: PageScore,
  got: ScoredEvent | undefined,
  want: ExpectedEvent | undefined,
  names: NameMatcher,
): void {
  const sameName: Comparator = (a, b) => names.same(a, b);
  const sameCity: Comparator = (a, b) =>
    names.same(a, b) || foldText(a).replace(/[-\s]/g, '') === foldText(b).replace(/[-\s]/g, '');
  const scalar = (field: Field, g: string | null | undefined, w: string | null | undefined, same: Comparator = exact) =>
    compareSets(score, field, g ? [g] : [], w ? [w] : [], same);
  scalar('title', got?.title, want?.title, sameTitle);
  scalar('kind', got?.kind, want?.eventKind === 'other' ? null : want?.eventKind);
  scalar('startDate', got?.startDate, want?.startDate);
  scalar(
    'endDate',
    got?.endDate,
    want?.endDate ?? (want?.startDate && got?.endDate === want.startDate ? want.startDate : null),
  );
  scalar('virtual', got?.virtual ? 'virtual' : null, want?.virtual ? 'virtual' : null);
  scalar('city', got?.city, want?.city, sameCity);
  scalar('country', got?.country, want?.country);
  compareSets(score, 'hosts', got?.hosts ?? [], want?.hosts ?? [], sameName);
  compareSets(score, 'organisers', got?.organisers ?? [], want?.organisers ?? [], sameName);
  compareSets(score, 'participants', got?.participants ?? [], want?.participants ?? [], sameName);
  compareSets(score, 'workingGroups', got?.workingGroups ?? [], want?.workingGroups ?? [], sameName);
  compareSets(
    score,
    'publications',
    got?.publications ?? [],
    (want?.publicationsCited ?? []).map((p) => p.title),
    sameTitleOrName(names),
  );
  compareSets(
    score,
    'policyDocuments',
    got?.policyDocuments ?? [],
    (want?.policyDocumentsCited ?? []).map((p) => p.title),
    sameTitleOrName(names),
  );
  compareSets(score, 'countries', got?.countries ?? [], want?.countriesMentioned ?? [], exact);
  compareSets(
    score,
    'contacts',
    got?.contacts ?? [],
    want?.contacts ?? [],
    (a, b) => normaliseName(a) === normaliseName(b) || contactAgrees(a, b),
  );
  for (const [field, value] of [
    ['startDate', got?.startDate],
    ['endDate', got?.endDate],
  ] as const) {
    if (!value) continue;
    const supported = field === 'startDate' ? value === want?.startDate : value === (want?.endDate ?? want?.startDate);
    if (!supported) score.unsupportedDates.push(`${field} ${value} (page: ${want?.[field] ?? 'none'})`);
  }
}

function sameTitleOrName(names: NameMatcher): Comparator {
  return (a, b) => names.same(a, b) || sameTitle(a, b);
}

/** A contact found as "Name, e-mail" agrees with the reader's "Name" (or the other way round). */
function contactAgrees(a: string, b: string): boolean {
  const [x, y] = [normaliseName(a), normaliseName(b)];
  return x.length > 3 && y.length > 3 && (x.startsWith(y) || y.startsWith(x));
}

/** One-to-one matching of two sets of values; counts into the field and notes the differences. */
function compareSets(score: PageScore, field: Field, got: string[], want: string[], same: Comparator): void {
  const unmatched = [...new Set(want)];
  const gotUnique = [...new Set(got)];
  const count = score.fields[field];
  for (const value of gotUnique) {
    const index = unmatched.findIndex((candidate) => same(value, candidate));
    if (index >= 0) {
      count.tp += 1;
      unmatched.splice(index, 1);
    } else {
      count.fp += 1;
      score.misses.push(`${field}: extra "${value}"`);
    }
  }
  count.fn += unmatched.length;
  for (const value of unmatched) score.misses.push(`${field}: missed "${value}"`);
}
