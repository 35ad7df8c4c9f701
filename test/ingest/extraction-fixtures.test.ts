import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';
import { EVAL_FIELDS, scoreExtraction } from '../support/extraction-score';
import path from 'node:path';
import { ingestFixtureDir, loadIngestFixtures } from '../support/ingest-fixtures';

const fixtures = loadIngestFixtures();
/** The four pages the ingestion audit wrote after the extractor was built (see README, Ingesting documents). */
const auditPages = loadIngestFixtures(path.join(ingestFixtureDir(), '..', 'ingest-audit'));

describe('extraction of the fixture pages (no database)', () => {
  it('has the seed and at least five pages of our own, each with its expected extraction', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    expect(fixtures.map((f) => f.name)).toContain('seed-000_5bbf75a48d9cbf39');
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: event kind, dates and country exactly as expected',
    (_, fixture) => {
      const [extraction] = extractDocument(fixture.text).events;
      expect({
        kind: extraction.kind?.value ?? null,
        startDate: extraction.startDate?.value ?? null,
        endDate:
          extraction.endDate && extraction.endDate.value !== extraction.startDate?.value
            ? extraction.endDate.value
            : null,
        country: extraction.place?.country.value ?? null,
      }).toEqual({
        kind: fixture.expected.kind,
        startDate: fixture.expected.startDate,
        endDate: fixture.expected.endDate,
        country: fixture.expected.country,
      });
      for (const item of [extraction.title, ...extraction.hosts, ...extraction.publications, ...extraction.topics]) {
        expect(extraction.text.slice(item.span.start, item.span.end)).toBe(item.span.text);
      }
    },
  );

  it('the scorer counts a wrong value as one false positive and one false negative', () => {
    const seed = fixtures.find((f) => f.name.startsWith('seed'))!;
    const page = extractDocument(seed.text);
    const extraction = page.events[0];
    const wrong = {
      ...page,
      events: [{ ...extraction, startDate: { ...extraction.startDate!, value: '2013-05-27' }, hosts: [] }],
    };
    const scores = scoreExtraction(wrong, seed.expected);
    expect(scores.startDate).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scores.hosts).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(
      EVAL_FIELDS.filter((f) => f !== 'topics' && f !== 'startDate' && f !== 'hosts').every(
        (f) => scores[f].fp === 0 && scores[f].fn === 0,
      ),
    ).toBe(true);
  });

  it.each(auditPages.map((f) => [f.name, f] as const))(
    'audit page %s: the fields fixed after the audit stay right (organisers, quoted titles, contact, policy subtitles)',
    (_, fixture) => {
      const scores = scoreExtraction(extractDocument(fixture.text), fixture.expected);
      for (const field of [
        'title',
        'kind',
        'startDate',
        'endDate',
        'country',
        'hosts',
        'organisers',
        'publications',
        'policyDocuments',
        'contacts',
      ] as const) {
        expect([field, scores[field].fp, scores[field].fn]).toEqual([field, 0, 0]);
      }
    },
  );
});
