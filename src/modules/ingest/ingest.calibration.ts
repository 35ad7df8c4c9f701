import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../project-root';
import { EventExtraction, Mention, OrganisationFound, PageExtraction } from './ingest.model';

/**
 * Calibrated confidence: a rule's raw confidence (a constant written by hand next to the rule) corrected by its record
 * on real pages. Every extracted value falls in a bucket — its field, the rule's raw confidence and, for titles, where
 * the title came from, for organisations whether the name is one the bundled data knows — and `npm run
 * ingest:calibrate` counts, per bucket, how many values the extractor would write on the bulk pages the editors
 * reviewed and how many of them the editors agree with (CALIBRATION_FILE). The calibrated confidence is the mean of a
 * Beta posterior whose prior is the raw confidence worth PRIOR_WEIGHT pages (additive smoothing towards the rule's
 * own estimate): (correct + PRIOR_WEIGHT × raw) / (n + PRIOR_WEIGHT). A rule that is often wrong on unseen pages is
 * lowered below FACT_THRESHOLD and its values become proposals; a rule that reviewed pages rarely exercise (a
 * labelled "Host:" line) keeps about its raw confidence; one that is right more often than its author thought is
 * raised.
 */
export const CALIBRATED_FIELDS = [
  'title', 'kind', 'startDate', 'endDate', 'city', 'country', 'hosts', 'organisers', 'participants', 'workingGroups',
  'publications', 'policyDocuments', 'contacts',
] as const;
// The countries a page mentions are not calibrated: the editors' reviews do not record them, so they keep the rule's
// raw confidence.

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

/**
 * How many reviewed values a rule's raw confidence is worth: with 10, a rule seen on 10 values counts its record and
 * its author's estimate equally. Chosen on the bulk pages' held-out third (npm run ingest:eval -- --bulk-reviews),
 * never on the dev corpus.
 */
export const PRIOR_WEIGHT = 10;

/** Where the calibration is kept (a derived figure table, no page text): beside the data it was measured with. */
export const CALIBRATION_FILE = path.join('data', 'calibration', 'ingest-confidence.json');

/**
 * The calibrated confidence of a value read with `raw` confidence whose bucket scored `figures` (none: raw).
 * @returns (correct + PRIOR_WEIGHT × raw) / (n + PRIOR_WEIGHT), 0..1
 */
export function calibratedConfidence(raw: number, figures: BucketFigures | undefined): number {
  if (!figures) return raw;
  return (figures.correct + PRIOR_WEIGHT * raw) / (figures.n + PRIOR_WEIGHT);
}

/**
 * The bucket of one extracted value: the rule's raw confidence to two decimals, prefixed by the title's origin for
 * titles and suffixed `+known` for an organisation name the bundled data knows (the name judge's `knownAs`).
 */
export function bucketOf(field: CalibratedField, mention: Mention<unknown> & { origin?: string; knownAs?: string }): string {
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
 * A page's extraction with every calibrated field's confidence replaced by its calibrated confidence
 * ({@link calibratedConfidence}). Values, spans and everything else are unchanged. Pure.
 */
export function calibratePage(page: PageExtraction, table: CalibrationTable): PageExtraction {
  return { ...page, events: page.events.map((event) => calibrateEvent(event, table)) };
}

/** {@link calibratePage} for one event. */
export function calibrateEvent(event: EventExtraction, table: CalibrationTable): EventExtraction {
  const one = <M extends Mention<unknown>>(field: CalibratedField, mention: M | undefined): M | undefined =>
    mention && { ...mention, confidence: calibrated(table, field, mention) };
  const all = <M extends Mention<unknown>>(field: CalibratedField, mentions: M[]): M[] => mentions.map((m) => one(field, m) as M);
  const place = event.place && { ...event.place, city: one('city', event.place.city)!, country: one('country', event.place.country)! };
  return {
    ...event,
    title: one('title', event.title)!,
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
  return Number(calibratedConfidence(mention.confidence, table.fields[field]?.[bucketOf(field, mention)]).toFixed(3));
}
