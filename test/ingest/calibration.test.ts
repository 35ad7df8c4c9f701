import { calibrate } from '../../src/cli/ingest-eval/calibrate';
import { CorpusPage } from '../../src/cli/ingest-eval/corpus';
import { NameMatcher } from '../../src/cli/ingest-eval/names';
import {
  bucketOf,
  calibratedConfidence,
  calibratePage,
  CalibrationTable,
  MIN_EVIDENCE,
  wilsonUpperBound,
} from '../../src/pipelines/ingest/ingest.calibration';
import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';
import { FACT_THRESHOLD } from '../../src/pipelines/ingest/ingest.model';

/* Issue 11, item 2: a rule's confidence is what the reviewed pages show it to be worth, never more than its own. */
describe('rules measured on the reviewed bulk pages (no database)', () => {
  it('computes the one-sided 95 % Wilson upper bound', () => {
    // 10 of 30: p = 1/3, z = 1.645: (p + z²/2n + z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n) = 0.48342 (worked by hand).
    expect(wilsonUpperBound(10, 30)).toBeCloseTo(0.48342, 4);
    expect(wilsonUpperBound(0, 0)).toBe(1);
    expect(wilsonUpperBound(5, 5)).toBeCloseTo(1, 10);
  });

  it('lowers a rule only when its record shows it below the fact threshold, and never raises one', () => {
    expect(calibratedConfidence(0.8, { n: 30, correct: 10 })).toBe(0.483);
    expect(calibratedConfidence(0.8, { n: 155, correct: 113 })).toBe(0.8); // 73 % right, upper bound 0.79: not shown below 0.75
    expect(calibratedConfidence(0.8, { n: MIN_EVIDENCE - 1, correct: 0 })).toBe(0.8); // too few to tell
    expect(calibratedConfidence(0.6, { n: 200, correct: 200 })).toBe(0.6);
    expect(calibratedConfidence(0.9, undefined)).toBe(0.9);
  });

  it('makes an organiser the bundled data does not know, read after "in cooperation with", a proposal', () => {
    const text =
      'Example skills seminar\n\nThe seminar took place in Porto on 3 May 2031. It was organised by Cedefop in cooperation with the Example Skills Agency (ESA) of Portugal.';
    const raw = extractDocument(text, undefined, null).events[0];
    const calibrated = extractDocument(text).events[0];
    const confidence = (event: typeof raw, name: string) => event.organisers.find((o) => o.value === name)?.confidence;
    expect(confidence(raw, 'Example Skills Agency')).toBeGreaterThanOrEqual(FACT_THRESHOLD);
    expect(confidence(calibrated, 'Example Skills Agency')).toBeLessThan(FACT_THRESHOLD);
    expect(confidence(calibrated, 'Cedefop')).toBe(confidence(raw, 'Cedefop'));
    expect(calibrated.startDate).toEqual(raw.startDate);
  });

  it('changes confidences only, never values or spans', () => {
    const table: CalibrationTable = { source: 'test', pages: 1, fields: { city: { '0.85': { n: 100, correct: 10 } } } };
    const page = extractDocument(
      'Skills forum\n\nThe forum takes place in Lisbon on 14 May 2031 and gathers experts.',
      undefined,
      null,
    );
    const after = calibratePage(page, table);
    expect(after.events[0].place?.city.value).toBe(page.events[0].place?.city.value);
    expect(after.events[0].place?.city.span).toEqual(page.events[0].place?.city.span);
    expect(after.events[0].title).toEqual(page.events[0].title);
  });

  it('counts, per bucket, the values a rule would write and those the reviewer agrees with', () => {
    // Two synthetic pages (no corpus text): the reviewer names Cedefop as organiser, never the unknown agency.
    const page = (stem: string, agency: string, day: number): CorpusPage => ({
      stem,
      heldOut: false,
      text: `Skills seminar ${day}\n\nThe seminar took place in Porto on ${day} May 2031. It was organised by Cedefop in cooperation with the ${agency} (EA) of Portugal.`,
      expected: {
        url: `https://example.org/${stem}`,
        language: 'en',
        pageType: 'event',
        truncated: false,
        events: [
          {
            title: `Skills seminar ${day}`,
            eventKind: 'seminar',
            startDate: `2031-05-0${day}`,
            endDate: null,
            virtual: null,
            city: 'Porto',
            country: 'PT',
            hosts: [],
            organisers: ['Cedefop'],
            participants: [],
            workingGroups: [],
            publicationsCited: [],
            policyDocumentsCited: [],
            countriesMentioned: [],
            topics: [],
            contacts: [],
          },
        ],
      },
    });
    const table = calibrate(
      [page('p1', 'Example Skills Agency', 3), page('p2', 'Example Training Board', 4)],
      NameMatcher.fromBundledData(),
    );
    const organisers = table.fields.organisers!;
    const raw = extractDocument(page('p1', 'Example Skills Agency', 3).text, undefined, null).events[0].organisers;
    const bucket = (name: string) =>
      bucketOf(
        'organisers',
        raw.find((o) => o.value === name)!,
      );
    expect(organisers[bucket('Cedefop')]).toEqual({ n: 2, correct: 2 });
    expect(organisers[bucket('Example Skills Agency')]).toEqual({ n: 2, correct: 0 });
    expect(table.fields.city).toEqual({
      [bucketOf('city', extractDocument(page('p1', 'x', 3).text, undefined, null).events[0].place!.city)]: {
        n: 2,
        correct: 2,
      },
    });
    expect(table.pages).toBe(2);
  });
});
