import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { CALIBRATION_FILE } from '../pipelines/ingest/ingest.calibration';
import { projectRoot } from '../project-root';
import { calibrate } from './ingest-eval/calibrate';
import { NameMatcher } from './ingest-eval/names';
import { loadReviewedBulk } from './ingest-eval/reviewed-bulk';

/**
 * `npm run ingest:calibrate`: measures every extraction rule on the bulk pages the editors reviewed (data/review,
 * pages read from ../shared/corpus/bulk/pages.jsonl at run time) and writes CALIBRATION_FILE: per field and bucket
 * (ingest.calibration.ts), how many values the rule would write and how many of them agree with the
 * editors (ingest.calibration.ts turns them into calibrated confidences). Only the built-against part of the bulk pages
 * is used (not the
 * held-out third, isHeldOut), so `npm run ingest:eval -- --bulk-reviews` still has unseen pages to score, and the
 * dev corpus stays independent of it. `--check` only says whether the committed table is current. Needs no database.
 */
function main(argv: string[]): number {
  const options = new Command()
    .name('ingest:calibrate')
    .option(
      '--pages <file>',
      'the bulk pages (JSON Lines of {url, text})',
      path.join(projectRoot(), '..', 'shared', 'corpus', 'bulk', 'pages.jsonl'),
    )
    .option('--out <file>', 'where to write the table', path.join(projectRoot(), CALIBRATION_FILE))
    .option('--print', 'print the table instead of writing it')
    .option('--check', 'write nothing; exit 1 when the committed table differs from what is measured now')
    .parse(argv)
    .opts<{ pages: string; out: string; print?: boolean; check?: boolean }>();
  const pages = loadReviewedBulk(path.join(projectRoot(), 'data', 'review'), options.pages).filter(
    (page) => !page.heldOut,
  );
  const table = calibrate(pages, NameMatcher.fromBundledData());
  const json = `${JSON.stringify(table, null, 1)}\n`;
  if (options.check) {
    const current = fs.existsSync(options.out) && fs.readFileSync(options.out, 'utf8') === json;
    process.stdout.write(
      current
        ? `${path.relative(process.cwd(), options.out)} is current\n`
        : `${path.relative(process.cwd(), options.out)} differs from what is measured now: run npm run ingest:calibrate\n`,
    );
    return current ? 0 : 1;
  }
  if (options.print) process.stdout.write(json);
  else {
    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    fs.writeFileSync(options.out, json);
    process.stdout.write(
      `wrote ${path.relative(process.cwd(), options.out)}: ` +
        `${Object.values(table.fields).reduce((n, f) => n + Object.keys(f ?? {}).length, 0)} ` +
        `buckets from ${pages.length} pages\n`,
    );
  }
  return 0;
}

process.exit(main(process.argv));
