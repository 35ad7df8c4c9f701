import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import {
  BucketFigures, bucketOf, CALIBRATED_FIELDS, CALIBRATION_FILE, CalibratedField, CalibrationTable,
} from '../modules/ingest/ingest.calibration';
import { EventExtraction, FACT_THRESHOLD, Mention } from '../modules/ingest/ingest.model';
import { projectRoot } from '../project-root';
import { extractEvents, KeptField, scoredEvent } from './ingest-eval/adapter';
import { CorpusPage } from './ingest-eval/corpus';
import { NameMatcher } from './ingest-eval/names';
import { loadReviewedBulk } from './ingest-eval/reviewed-bulk';
import { scorePage } from './ingest-eval/score';

/**
 * `npm run ingest:calibrate`: measures every extraction rule on the bulk pages the editors reviewed (data/review,
 * pages read from ../shared/corpus/bulk/pages.jsonl at run time) and writes CALIBRATION_FILE: per field and bucket
 * (ingest.calibration.ts), how many values the rule would write and how many of them agree with the
 * editors (ingest.calibration.ts turns them into calibrated confidences). Only the built-against part of the bulk pages is used (not the
 * held-out third, isHeldOut), so `npm run ingest:eval -- --bulk-reviews` still has unseen pages to score, and the
 * dev corpus stays independent of it. Needs no database.
 */
function main(argv: string[]): number {
  const options = new Command()
    .name('ingest:calibrate')
    .option('--pages <file>', 'the bulk pages (JSON Lines of {url, text})', path.join(projectRoot(), '..', 'shared', 'corpus', 'bulk', 'pages.jsonl'))
    .option('--out <file>', 'where to write the table', path.join(projectRoot(), CALIBRATION_FILE))
    .option('--print', 'print the table instead of writing it')
    .parse(argv)
    .opts<{ pages: string; out: string; print?: boolean }>();
  const pages = loadReviewedBulk(path.join(projectRoot(), 'data', 'review'), options.pages).filter((page) => !page.heldOut);
  const table = calibrate(pages, NameMatcher.fromBundledData());
  const json = `${JSON.stringify(table, null, 1)}\n`;
  if (options.print) process.stdout.write(json);
  else {
    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    fs.writeFileSync(options.out, json);
    process.stdout.write(`wrote ${path.relative(process.cwd(), options.out)}: ${Object.values(table.fields).reduce((n, f) => n + Object.keys(f ?? {}).length, 0)} buckets from ${pages.length} pages\n`);
  }
  return 0;
}

/**
 * The calibration table of `pages`: for each bucket a rule produced, the pages are scored with only that bucket's
 * values of its field kept (the other fields as at FACT_THRESHOLD with raw confidences, so events pair as usual), and
 * its true and false positives counted.
 */
export function calibrate(pages: CorpusPage[], names: NameMatcher): CalibrationTable {
  const read = pages.map((page) => ({ page, events: extractEvents(page.text, page.expected.url, null) }));
  const fields: CalibrationTable['fields'] = {};
  for (const field of CALIBRATED_FIELDS) {
    const buckets = new Set(read.flatMap(({ events }) => events.flatMap((event) => mentionsOf(event, field).map((m) => bucketOf(field, m)))));
    const figures: Record<string, BucketFigures> = {};
    for (const bucket of [...buckets].sort()) {
      let tp = 0;
      let fp = 0;
      for (const { page, events } of read) {
        const keep = (f: KeptField, m: Mention<unknown>) => (f === field ? bucketOf(f, m) === bucket : m.confidence >= FACT_THRESHOLD);
        const count = scorePage(page, events.map((event) => scoredEvent(event, keep)), names).fields[field];
        tp += count.tp;
        fp += count.fp;
      }
      if (tp + fp > 0) figures[bucket] = { n: tp + fp, correct: tp };
    }
    fields[field] = figures;
  }
  return { source: "editors' reviews of the bulk pages (data/review/*.jsonl), built-against part; npm run ingest:calibrate", pages: pages.length, fields };
}

function mentionsOf(event: EventExtraction, field: CalibratedField): Array<Mention<unknown>> {
  switch (field) {
    case 'title': return [event.title];
    case 'city': return event.place ? [event.place.city] : [];
    case 'country': return event.place ? [event.place.country] : [];
    case 'kind': case 'startDate': case 'endDate': return event[field] ? [event[field]!] : [];
    default: return event[field];
  }
}

process.exit(main(process.argv));
