import path from 'node:path';
import { Command } from 'commander';
import { FACT_THRESHOLD } from '../pipelines/ingest/ingest.model';
import { projectRoot } from '../project-root';
import { extractForScoring } from './ingest-eval/adapter';
import { loadCorpus } from './ingest-eval/corpus';
import { loadReviewedBulk } from './ingest-eval/reviewed-bulk';
import { NameMatcher } from './ingest-eval/names';
import { formatSummaries, summarise } from './ingest-eval/report';
import { scorePage } from './ingest-eval/score';

/** Confidence at or above which an extracted value is written as a fact (below it, it is a proposal). */
const DEFAULT_THRESHOLD = FACT_THRESHOLD;

/**
 * `npm run ingest:eval -- --dir ../shared/corpus/dev`: scores the extractor on real pages with the facts a careful
 * reader takes from them (the corpus's README gives the format), field by field and event by event, for the part the
 * extractor was built against, the held-out part (corpus.ts) and all pages; `--details` lists each page's misses,
 * `--json` prints the figures as JSON. `--bulk-reviews` scores the 712 bulk pages against the editors' reviews in
 * data/review instead (reviewed-bulk.ts): pages the extractor's rules were never written against. Needs no database;
 * reads the pages where they are, copies nothing.
 */
function main(argv: string[]): number {
  const options = new Command()
    .name('ingest:eval')
    .option(
      '--dir <dir>',
      'corpus folder (pages with *.expected.json)',
      path.join(projectRoot(), '..', 'shared', 'corpus', 'dev'),
    )
    .option('--threshold <n>', 'confidence at or above which a value counts as written', String(DEFAULT_THRESHOLD))
    .option('--details', 'list the misses of each page built against (never the held-out ones: see corpus.ts)')
    .option('--every-page-an-event', 'score every page as an event page (diagnoses fields apart from page recognition)')
    .option('--json', 'print the figures as JSON')
    .option(
      '--bulk-reviews [pagesFile]',
      "score the bulk pages against the editors' reviews in data/review instead",
      path.join(projectRoot(), '..', 'shared', 'corpus', 'bulk', 'pages.jsonl'),
    )
    .parse(argv)
    .opts<{
      dir: string;
      threshold: string;
      details?: boolean;
      everyPageAnEvent?: boolean;
      json?: boolean;
      bulkReviews?: string | boolean;
    }>();
  const bulk =
    options.bulkReviews === true
      ? path.join(projectRoot(), '..', 'shared', 'corpus', 'bulk', 'pages.jsonl')
      : options.bulkReviews;
  const pages =
    bulk && argv.some((arg) => arg.startsWith('--bulk-reviews'))
      ? loadReviewedBulk(path.join(projectRoot(), 'data', 'review'), bulk)
      : loadCorpus(options.dir);
  const names = NameMatcher.fromBundledData();
  const scores = pages.map((page) =>
    scorePage(
      page,
      extractForScoring(page.text, Number(options.threshold), options.everyPageAnEvent === true, page.expected.url),
      names,
    ),
  );
  if (options.details) {
    for (const s of scores.filter((score) => !score.heldOut)) {
      const extra = [
        ...s.unsupportedDates.map((d) => `unsupported ${d}`),
        ...s.fragments.map((f) => `fragment "${f}"`),
      ];
      const all = [`events ${s.foundEvents}/${s.expectedEvents}`, ...s.misses, ...extra];
      process.stdout.write(`${s.stem}: ${all.join('; ')}\n`);
    }
  }
  const parts = [
    summarise(
      'built against',
      pages.filter((p) => !p.heldOut),
      scores.filter((s) => !s.heldOut),
    ),
    summarise(
      'held out',
      pages.filter((p) => p.heldOut),
      scores.filter((s) => s.heldOut),
    ),
    summarise('all', pages, scores),
  ];
  process.stdout.write(options.json ? `${JSON.stringify(parts, null, 2)}\n` : `${formatSummaries(parts)}\n`);
  return 0;
}

process.exit(main(process.argv));
