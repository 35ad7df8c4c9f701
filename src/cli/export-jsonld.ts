import fs from 'node:fs';
import { Command } from 'commander';
import { readConfig } from '../config';
import { connectDatabase } from '../app/database';
import { LinkedDataRepository } from '../features/linked-data/linked-data.repository';
import { dumpChunks } from '../features/linked-data/linked-data.dump';

/**
 * `npm run export:jsonld -- --out graph.jsonld [--base https://vet.example.org]`: writes the whole graph as one
 * schema.org JSON-LD document (the same as GET /id/dump.jsonld), to a file or to standard output. URIs start with
 * `--base`, else PUBLIC_BASE_URL, else `http://localhost:<PORT>`. A failed export removes its partial file.
 */
async function main(argv: string[]): Promise<void> {
  const config = readConfig();
  const program = new Command()
    .name('export:jsonld')
    .description('Export the graph as schema.org JSON-LD (one document, @graph of every entity).')
    .option('--out <file>', 'file to write (default: standard output)')
    .option('--base <url>', 'base of the entity URIs', config.web.publicBaseUrl ?? `http://localhost:${config.port}`)
    .parse(argv);
  const options = program.opts<{ out?: string; base: string }>();
  const database = await connectDatabase(config, (line) => process.stderr.write(`${line}\n`), {
    requireConnection: true,
  });
  const out: NodeJS.WritableStream = options.out ? fs.createWriteStream(options.out) : process.stdout;
  let chunks = 0;
  try {
    for await (const chunk of dumpChunks(
      new LinkedDataRepository(() => database.executor),
      options.base.replace(/\/+$/, ''),
    )) {
      chunks += 1;
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    if (options.out)
      await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end(() => resolve()).once('error', reject));
    process.stderr.write(`export:jsonld: ${chunks - 2} entities${options.out ? ` written to ${options.out}` : ''}\n`);
  } catch (error) {
    if (options.out) fs.rmSync(options.out, { force: true });
    throw error;
  } finally {
    await database.close();
  }
}

main(process.argv).catch((error: unknown) => {
  process.stderr.write(`export:jsonld: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
