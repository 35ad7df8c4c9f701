import { foldText } from '../../src/domain/text-folding';
import { EventExtraction, PageExtraction } from '../../src/pipelines/ingest/ingest.model';
import { stripArticle } from '../../src/pipelines/ingest/ingest.plan';

/** The expected extraction of a fixture page (test/fixtures/ingest/*.expected.json). */
export interface ExpectedExtraction {
  document: string;
  sourceUrl: string;
  title: string;
  kind: string | null;
  involvement: string | null;
  startDate: string | null;
  endDate: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  hosts: string[];
  organisers: string[];
  /** Participating organisations; absent in fixtures written before they were extracted (then none expected). */
  participants?: string[];
  workingGroups: string[];
  publications: Array<{ title: string; publisher?: string | null }>;
  policyDocuments: Array<{ title: string; year?: number | null; kind?: string | null; adoptedBy: string[] }>;
  countries: string[];
  participatingCountries: string[];
  topics: string[];
  documentType: string | null;
  contacts: string[];
}

/** The fields scored, in report order. */
export const EVAL_FIELDS = [
  'title',
  'kind',
  'involvement',
  'startDate',
  'endDate',
  'city',
  'region',
  'country',
  'hosts',
  'organisers',
  'participants',
  'workingGroups',
  'publications',
  'publishers',
  'policyDocuments',
  'policyAdopters',
  'countries',
  'participatingCountries',
  'topics',
  'documentType',
  'contacts',
] as const;

export type EvalField = (typeof EVAL_FIELDS)[number];

/** True positives, false positives and false negatives of one field. */
export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Scores per field, for one document or summed over many. */
export type Scores = Record<EvalField, FieldScore>;

/**
 * Compares an extraction with its expected values, field by field. Every field is a set of normalised values (a
 * scalar field is a set of at most one): values are folded (case and accents), a leading article is dropped and
 * white space is collapsed, so "the Forem" = "Forem". An expected empty field with an empty extraction counts
 * nothing (a true negative); a wrong scalar counts one false positive and one false negative.
 */
export function scoreExtraction(page: PageExtraction, expected: ExpectedExtraction): Scores {
  const got = valuesOf(page.events[0], page);
  const want = expectedValues(expected);
  const scores = {} as Scores;
  for (const field of EVAL_FIELDS) {
    const g = new Set(got[field].map(normalise));
    const w = new Set(want[field].map(normalise));
    const tp = [...g].filter((value) => w.has(value)).length;
    scores[field] = { tp, fp: g.size - tp, fn: w.size - tp };
  }
  return scores;
}

/** Adds scores up (micro-average over documents). */
export function addScores(total: Scores | undefined, more: Scores): Scores {
  const sum = {} as Scores;
  for (const field of EVAL_FIELDS) {
    const a = total?.[field] ?? { tp: 0, fp: 0, fn: 0 };
    sum[field] = { tp: a.tp + more[field].tp, fp: a.fp + more[field].fp, fn: a.fn + more[field].fn };
  }
  return sum;
}

/** Precision TP/(TP+FP) and recall TP/(TP+FN); null when the denominator is 0 (nothing predicted / expected). */
export function precisionRecall(score: FieldScore): { precision: number | null; recall: number | null } {
  return {
    precision: score.tp + score.fp ? score.tp / (score.tp + score.fp) : null,
    recall: score.tp + score.fn ? score.tp / (score.tp + score.fn) : null,
  };
}

/** A Markdown table: field, precision, recall, TP, FP, FN, and a micro-averaged total row. */
export function formatScoreTable(scores: Scores, documents: number): string {
  const pct = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);
  const rows = ['| field | precision | recall | TP | FP | FN |', '|---|---:|---:|---:|---:|---:|'];
  let all: FieldScore = { tp: 0, fp: 0, fn: 0 };
  for (const field of EVAL_FIELDS) {
    const s = scores[field];
    const { precision, recall } = precisionRecall(s);
    rows.push(`| ${field} | ${pct(precision)} | ${pct(recall)} | ${s.tp} | ${s.fp} | ${s.fn} |`);
    all = { tp: all.tp + s.tp, fp: all.fp + s.fp, fn: all.fn + s.fn };
  }
  const total = precisionRecall(all);
  rows.push(
    `| **all fields** (${documents} documents) | ${pct(total.precision)} | ${pct(total.recall)} | ${all.tp} | ${all.fp} | ${all.fn} |`,
  );
  return rows.join('\n');
}

function normalise(value: string): string {
  return value
    .split(' → ')
    .map((part) =>
      stripArticle(
        foldText(part)
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/[.,;:]$/, ''),
      ),
    )
    .join(' → ');
}

const one = (value: string | null | undefined) => (value === null || value === undefined ? [] : [value]);

function valuesOf(e: EventExtraction | undefined, page: PageExtraction): Record<EvalField, string[]> {
  if (!e)
    return Object.fromEntries(
      EVAL_FIELDS.map((field) => [field, field === 'documentType' ? one(page.documentType?.value) : []]),
    ) as unknown as Record<EvalField, string[]>;
  return {
    title: [e.title.value],
    kind: one(e.kind?.value),
    involvement: one(e.involvement?.value),
    startDate: one(e.startDate?.value),
    // The fixtures write a one-day event without an end date, as the graph stores it.
    endDate: one(e.endDate?.value === e.startDate?.value ? undefined : e.endDate?.value),
    city: one(e.place?.city.value),
    region: one(e.place?.region?.value),
    country: one(e.place?.country.value),
    hosts: e.hosts.map((m) => m.value),
    organisers: e.organisers.map((m) => m.value),
    participants: e.participants.map((m) => m.value),
    workingGroups: e.workingGroups.map((m) => m.value),
    publications: e.publications.map((m) => m.value),
    publishers: e.publications.flatMap((m) => (m.publisher ? [`${m.value} → ${m.publisher.value}`] : [])),
    policyDocuments: e.policyDocuments.map((m) => `${m.value} (${m.year ?? '?'})`),
    policyAdopters: e.policyDocuments.flatMap((m) => m.adoptedBy.map((a) => `${m.value} → ${a.value}`)),
    countries: e.countries.map((m) => m.value),
    participatingCountries: e.participatingCountries.map((m) => m.value),
    topics: e.topics.map((m) => m.value),
    documentType: one(page.documentType?.value),
    contacts: e.contacts.map((m) => m.value),
  };
}

function expectedValues(x: ExpectedExtraction): Record<EvalField, string[]> {
  return {
    title: [x.title],
    kind: one(x.kind),
    involvement: one(x.involvement),
    startDate: one(x.startDate),
    endDate: one(x.endDate),
    city: one(x.city),
    region: one(x.region),
    country: one(x.country),
    hosts: x.hosts,
    organisers: x.organisers,
    participants: x.participants ?? [],
    workingGroups: x.workingGroups,
    publications: x.publications.map((p) => p.title),
    publishers: x.publications.flatMap((p) => (p.publisher ? [`${p.title} → ${p.publisher}`] : [])),
    policyDocuments: x.policyDocuments.map((p) => `${p.title} (${p.year ?? '?'})`),
    policyAdopters: x.policyDocuments.flatMap((p) => p.adoptedBy.map((a) => `${p.title} → ${a}`)),
    countries: x.countries,
    participatingCountries: x.participatingCountries,
    topics: x.topics,
    documentType: one(x.documentType),
    contacts: x.contacts,
  };
}
