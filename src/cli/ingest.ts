import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { readConfig } from '../config';
import { connectDatabase } from '../app/database';
import { applySchema } from '../db/schema-setup';
import { ApiError } from '../errors/api-errors';
import { ingestDocument } from '../pipelines/ingest/ingest.service';
import { formatIngestReport, IngestReport } from '../pipelines/ingest/ingest.report';
import { isSourceUrl } from '../pipelines/ingest/ingest.inputs';
import { Executor } from '../db/executor';
import { ingestCorpus } from './ingest-corpus/corpus-cli';

/**
 * `npm run ingest -- FILE...`: ingests event pages (plain text or HTML) into the graph (the local Neo4j, or
 * NEO4J_URI) and prints what was extracted, linked and created. `--dry-run` writes nothing. Each file is its own
 * transaction. `--corpus FILE.jsonl` ingests a corpus of pages instead (see ingest-corpus/corpus-cli.ts). Exit code: 0
 * when every file was ingested, 2 when some were refused (listed with the reason), 1 on failure.
 */
async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('ingest')
    .description('Ingest Cedefop-style event pages (text or HTML) into the graph; idempotent.')
    .argument('[files...]', 'text or HTML files')
    .option(
      '--corpus <file>',
      'a JSON Lines corpus, one {"url", "text"} a line: every page, with a progress bar, a checkpoint and a report',
    )
    .option(
      '--checkpoint <file>',
      'with --corpus: where progress is kept (default .cache/ingest/<corpus name>[.dry-run].checkpoint.json)',
    )
    .option('--restart', 'with --corpus: ignore the checkpoint and start from the first page')
    .option('--dry-run', 'extract and resolve only; write nothing')
    .option('--url <url>', 'source URL to record (one file only); default file:<file name>')
    .option('--json', 'print the reports as JSON')
    .parse(argv);
  const options = program.opts<{
    dryRun?: boolean;
    url?: string;
    json?: boolean;
    corpus?: string;
    checkpoint?: string;
    restart?: boolean;
  }>();
  const here = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const files = program.args.map(here);
  if (options.url && (files.length > 1 || !isSourceUrl(options.url)))
    throw new Error('--url takes one http(s) URL and one file');
  if (options.corpus && files.length) throw new Error('--corpus takes no other files');
  if (!options.corpus && !files.length) throw new Error('name the files to ingest, or --corpus FILE.jsonl');
  const config = readConfig();
  const database = await connectDatabase(config, (line) => process.stderr.write(`${line}\n`));
  try {
    await applySchema(database.executor);
    if (options.corpus) {
      const corpus = {
        ...options,
        corpus: here(options.corpus),
        checkpoint: options.checkpoint && here(options.checkpoint),
      };
      return await ingestCorpus(database.executor, corpus);
    }
    return await ingestFiles(database.executor, files, options);
  } finally {
    await database.close();
  }
}

/** Ingests the files one by one; 2 when some were refused (listed with the reason), else 0. */
async function ingestFiles(
  executor: Executor,
  files: string[],
  options: { dryRun?: boolean; url?: string; json?: boolean },
): Promise<number> {
  const reports: IngestReport[] = [];
  let refused = 0;
  for (const file of files) {
    const sourceUrl = options.url ?? `file:${path.basename(file).replace(/[^\w.\-]/g, '_')}`;
    try {
      const report = await ingestDocument(executor, {
        text: fs.readFileSync(file, 'utf8'),
        sourceUrl,
        dryRun: Boolean(options.dryRun),
        actor: 'ingest-cli',
      });
      reports.push(report);
      if (!options.json) process.stdout.write(`${formatIngestReport(report, path.basename(file))}\n`);
    } catch (error) {
      if (!(error instanceof ApiError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      refused += 1;
      process.stdout.write(`${path.basename(file)}: refused: ${(error as Error).message}\n`);
    }
  }
  if (options.json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  return refused > 0 ? 2 : 0;
}

main(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
