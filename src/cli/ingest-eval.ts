import { Command } from 'commander';
import { addScores, EVAL_FIELDS, formatScoreTable, precisionRecall, Scores, scoreExtraction } from '../modules/ingest/ingest.eval';
import { extractDocument } from '../modules/ingest/ingest.extract';
import { ingestFixtureDir, loadIngestFixtures } from '../modules/ingest/ingest.fixtures';

/**
 * `npm run ingest:eval`: field-level accuracy of the extractor over the fixture pages (test/fixtures/ingest), as a
 * Markdown table of precision and recall per field; `--details` also lists each document's misses. Needs no database.
 */
function main(argv: string[]): number {
  const options = new Command()
    .name('ingest:eval')
    .option('--dir <dir>', 'fixture folder', ingestFixtureDir())
    .option('--details', 'list the misses of each document')
    .parse(argv)
    .opts<{ dir: string; details?: boolean }>();
  const fixtures = loadIngestFixtures(options.dir);
  let total: Scores | undefined;
  for (const fixture of fixtures) {
    const scores = scoreExtraction(extractDocument(fixture.text), fixture.expected);
    total = addScores(total, scores);
    if (options.details) {
      const misses = EVAL_FIELDS.filter((field) => scores[field].fp || scores[field].fn).map((field) => `${field} (FP ${scores[field].fp}, FN ${scores[field].fn})`);
      process.stdout.write(`${fixture.name}: ${misses.length ? misses.join(', ') : 'all fields right'}\n`);
    }
  }
  if (!total) throw new Error(`no *.expected.json in ${options.dir}`);
  process.stdout.write(`${formatScoreTable(total, fixtures.length)}\n`);
  const overall = EVAL_FIELDS.reduce((sum, field) => sum + (precisionRecall(total![field]).recall ?? 1), 0) / EVAL_FIELDS.length;
  process.stdout.write(`\nMean recall over fields: ${(overall * 100).toFixed(1)} %\n`);
  return 0;
}

process.exit(main(process.argv));
