import {
  bucketOf,
  BucketFigures,
  CALIBRATED_FIELDS,
  CalibratedField,
  CalibrationTable,
} from '../../pipelines/ingest/ingest.calibration';
import { EventExtraction, FACT_THRESHOLD, Mention } from '../../pipelines/ingest/ingest.model';
import { extractEvents, KeptField, scoredEvent } from './adapter';
import { CorpusPage } from './corpus';
import { NameMatcher } from './names';
import { scorePage } from './score';

/**
 * The calibration table of `pages`: for each bucket a rule produced, the pages are scored with only that bucket's
 * values of its field kept (the other fields as at FACT_THRESHOLD with raw confidences, so events pair as usual), and
 * its true and false positives counted.
 */
export function calibrate(pages: CorpusPage[], names: NameMatcher): CalibrationTable {
  const read = pages.map((page) => ({ page, events: extractEvents(page.text, page.expected.url, null) }));
  const fields: CalibrationTable['fields'] = {};
  for (const field of CALIBRATED_FIELDS) {
    const buckets = new Set(
      read.flatMap(({ events }) => events.flatMap((event) => mentionsOf(event, field).map((m) => bucketOf(field, m)))),
    );
    const figures: Record<string, BucketFigures> = {};
    for (const bucket of [...buckets].sort()) {
      let tp = 0;
      let fp = 0;
      for (const { page, events } of read) {
        const keep = (f: KeptField, m: Mention<unknown>) =>
          f === field ? bucketOf(f, m) === bucket : m.confidence >= FACT_THRESHOLD;
        const count = scorePage(
          page,
          events.map((event) => scoredEvent(event, keep)),
          names,
        ).fields[field];
        tp += count.tp;
        fp += count.fp;
      }
      if (tp + fp > 0) figures[bucket] = { n: tp + fp, correct: tp };
    }
    fields[field] = figures;
  }
  return {
    source: "editors' reviews of the bulk pages (data/review/*.jsonl), built-against part; npm run ingest:calibrate",
    pages: pages.length,
    fields,
  };
}

function mentionsOf(event: EventExtraction, field: CalibratedField): Array<Mention<unknown>> {
  switch (field) {
    case 'title':
      return [event.title];
    case 'city':
      return event.place ? [event.place.city] : [];
    case 'country':
      return event.place ? [event.place.country] : [];
    case 'kind':
    case 'startDate':
    case 'endDate':
      return event[field] ? [event[field]!] : [];
    default:
      return event[field];
  }
}
