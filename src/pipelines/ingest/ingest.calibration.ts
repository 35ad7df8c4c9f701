import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../project-root';
import { EventExtraction, FACT_THRESHOLD, Mention, OrganisationFound, PageExtraction } from './ingest.model';

/**
 * Rules measured on real pages, and lowered where they are shown to be wrong too often. Every extracted value falls in
 * a bucket — its field, the rule's raw confidence (a constant written by hand next to the rule) and, for titles,
 * where the title came from, for organisations whether the name is one the bundled data knows — and `npm run
 * ingest:calibrate` counts, per bucket, how many values the extractor would write on the bulk pages the editors
 * reviewed and how many of them the editors agree with (CALIBRATION_FILE). A bucket seen at least MIN_EVIDENCE times
 * whose one-sided 95 % Wilson upper bound of precision is below FACT_THRESHOLD (the rule is shown, not merely
 * suspected, to be right less often than a fact must be) has its confidence lowered to that bound, so its values
 * become proposals for an editor. Nothing is ever raised, and a rule the reviewed pages rarely exercise (a labelled
 * "Host:" line) keeps its own confidence.
 *
 * Titles are measured but not lowered: the editors leave a title empty where a page names no event, while the graph
 * needs a name, so most titles counted wrong are descriptions ("Conference on apprenticeship"), not wrong names; and
 * the first-sentence bucket that mixes those with real names also holds the seed page's title.
 */
export const CALIBRATED_FIELDS = [
  'title',
  'kind',
  'startDate',
  'endDate',
  'city',
  'country',
  'hosts',
  'organisers',
  'participants',
  'workingGroups',
  'publications',
  'policyDocuments',
  'contacts',
] as const;
// The countries a page mentions are not measured: the editors' reviews do not record them.

/** A field whose values are calibrated. */
export type CalibratedField = (typeof CALIBRATED_FIELDS)[number];

/** What one bucket's values scored: how many would be written, and how many of them the editors agreed with. */
export interface BucketFigures {
  n: number;
  correct: number;
}

/** The calibration file: where its figures come from and, per field, per bucket key, the figures. */
export interface CalibrationTable {
  source: string;
  pages: number;
  fields: Partial<Record<CalibratedField, Record<string, BucketFigures>>>;
}

/** Values a bucket must have been seen with before its record can lower it. */
export const MIN_EVIDENCE = 10;

/** z of a one-sided 95 % bound. */
const Z = 1.645;

/** Where the calibration is kept (a derived figure table, no page text): beside the data it was measured with. */
export const CALIBRATION_FILE = path.join('data', 'calibration', 'ingest-confidence.json');

/**
 * The Wilson score upper bound of a proportion (Wilson 1927; Agresti & Coull 1998 recommend it over the normal
 * approximation for small n), one-sided 95 %: 1 for n = 0.
 * @param correct successes; @param n trials
 */
export function wilsonUpperBound(correct: number, n: number): number {
  if (n <= 0) return 1;
  const p = correct / n;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * n);
  const margin = Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.min(1, (centre + margin) / (1 + z2 / n));
}

/**
 * The confidence a value read with `raw` confidence keeps, given its bucket's record (`figures`, none when the
 * reviewed pages never produced the bucket): `raw`, unless the bucket was seen at least MIN_EVIDENCE times and its
 * Wilson upper bound is below FACT_THRESHOLD; then min(raw, that bound), 3 decimals.
 */
export function calibratedConfidence(raw: number, figures: BucketFigures | undefined): number {
  if (!figures || figures.n < MIN_EVIDENCE) return raw;
  const upper = wilsonUpperBound(figures.correct, figures.n);
  return upper < FACT_THRESHOLD ? Math.min(raw, Number(upper.toFixed(3))) : raw;
}

/**
 * The bucket of one extracted value: the rule's raw confidence to two decimals, prefixed by the title's origin for
 * titles and suffixed `+known` for an organisation name the bundled data knows (the name judge's `knownAs`).
 */
export function bucketOf(
  field: CalibratedField,
  mention: Mention<unknown> & { origin?: string; knownAs?: string },
): string {
  const raw = mention.confidence.toFixed(2);
  if (field === 'title') return `${mention.origin ?? '?'}@${raw}`;
  return mention.knownAs ? `${raw}+known` : raw;
}

let loaded: CalibrationTable | null | undefined;

/**
 * The committed calibration (CALIBRATION_FILE), read once; null when the file is absent (then extraction keeps its raw
 * confidences, as before calibration existed).
 * @throws SyntaxError when the file is not JSON
 */
export function committedCalibration(): CalibrationTable | null {
  if (loaded !== undefined) return loaded;
  const file = path.join(projectRoot(), CALIBRATION_FILE);
  loaded = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as CalibrationTable) : null;
  return loaded;
}

/**
 * A page's extraction with the confidence of every value of a measured field but the title lowered where its bucket's
 * record shows it must be ({@link calibratedConfidence}). Values, spans and everything else are unchanged. Pure.
 */
export function calibratePage(page: PageExtraction, table: CalibrationTable): PageExtraction {
  return { ...page, events: page.events.map((event) => calibrateEvent(event, table)) };
}

/** {@link calibratePage} for one event. */
export function calibrateEvent(event: EventExtraction, table: CalibrationTable): EventExtraction {
  const one = <M extends Mention<unknown>>(field: CalibratedField, mention: M | undefined): M | undefined =>
    mention && { ...mention, confidence: calibrated(table, field, mention) };
  const all = <M extends Mention<unknown>>(field: CalibratedField, mentions: M[]): M[] =>
    mentions.map((m) => one(field, m) as M);
  const place = event.place && {
    ...event.place,
    city: one('city', event.place.city)!,
    country: one('country', event.place.country)!,
  };
  return {
    ...event,
    kind: one('kind', event.kind),
    startDate: one('startDate', event.startDate),
    endDate: one('endDate', event.endDate),
    place,
    hosts: all<OrganisationFound>('hosts', event.hosts),
    organisers: all<OrganisationFound>('organisers', event.organisers),
    participants: all<OrganisationFound>('participants', event.participants),
    workingGroups: all('workingGroups', event.workingGroups),
    publications: all('publications', event.publications),
    policyDocuments: all('policyDocuments', event.policyDocuments),
    contacts: all('contacts', event.contacts),
  };
}

function calibrated(table: CalibrationTable, field: CalibratedField, mention: Mention<unknown>): number {
  return calibratedConfidence(mention.confidence, table.fields[field]?.[bucketOf(field, mention)]);
}
