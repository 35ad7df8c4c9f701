import 'reflect-metadata';
import path from 'node:path';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { readConfig } from '../config';
import { connectDatabase } from '../app/database';
import { applySchema } from '../db/schema-setup';
import { ImportService } from '../pipelines/import/import.service';
import { formatReport } from '../pipelines/import/import.report';

/**
 * `npm run import -- FILE...`: imports vet-facts JSON files into the graph (the local Neo4j, or NEO4J_URI).
 * Exit code: 0 when every record landed, 2 when some were skipped (listed with file, index and reason), 1 on failure.
 */
async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('import')
    .description('Import vet-facts JSON files (format: data/FORMAT.md) into the graph; idempotent.')
    .argument('<files...>', 'JSON files to import')
    .option('--json', 'print the report as JSON')
    .parse(argv);
  const files = program.args.map((file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
  const config = readConfig();
  const database = await connectDatabase(config, (line) => process.stderr.write(`${line}\n`));
  try {
    await applySchema(database.executor);
    const bar = process.stderr.isTTY
      ? new SingleBar(
          { format: 'importing [{bar}] {value}/{total} records', clearOnComplete: true },
          Presets.shades_classic,
        )
      : undefined;
    const report = await new ImportService(database.executor, 'import-cli').importFiles(files, (done, total) => {
      if (!bar) return;
      if (done === 0) bar.start(total, 0);
      else bar.update(done);
    });
    bar?.stop();
    process.stdout.write(program.opts().json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
    return report.skipped.length > 0 ? 2 : 0;
  } finally {
    await database.close();
  }
}

main(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
