import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { readConfig } from '../config';
import { connectDatabase } from '../app/database';
import { applySchema } from '../db/schema-setup';
import { ApiError } from '../errors/api-errors';
import { ingestDocument } from '../modules/ingest/ingest.service';
import { formatIngestReport, IngestReport } from '../modules/ingest/ingest.report';
import { isSourceUrl } from '../modules/ingest/ingest.inputs';

/**
 * `npm run ingest -- FILE...`: ingests event pages (plain text or HTML) into the graph (the local Neo4j, or
 * NEO4J_URI) and prints what was extracted, linked and created. `--dry-run` writes nothing. Each file is its own
 * transaction. Exit code: 0 when every file was ingested, 2 when some were refused (listed with the reason), 1 on
 * failure.
 */
async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('ingest')
    .description('Ingest Cedefop-style event pages (text or HTML) into the graph; idempotent.')
    .argument('<files...>', 'text or HTML files')
    .option('--dry-run', 'extract and resolve only; write nothing')
    .option('--url <url>', 'source URL to record (one file only); default file:<file name>')
    .option('--json', 'print the reports as JSON')
    .parse(argv);
  const options = program.opts<{ dryRun?: boolean; url?: string; json?: boolean }>();
  const files = program.args.map((file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
  if (options.url && (files.length > 1 || !isSourceUrl(options.url))) throw new Error('--url takes one http(s) URL and one file');
  const config = readConfig();
  const database = await connectDatabase(config, (line) => process.stderr.write(`${line}\n`));
  const reports: IngestReport[] = [];
  let refused = 0;
  try {
    await applySchema(database.executor);
    for (const file of files) {
      const sourceUrl = options.url ?? `file:${path.basename(file).replace(/[^\w.\-]/g, '_')}`;
      try {
        const report = await ingestDocument(database.executor, { text: fs.readFileSync(file, 'utf8'), sourceUrl, dryRun: Boolean(options.dryRun), actor: 'ingest-cli' });
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
  } finally {
    await database.close();
  }
}

main(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
