import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { projectRoot } from '../src/project-root';
import { generateDataset, Scale, SCALES } from './data/synthetic-data';
import { benchDataDir } from './bench-database';
import { MIXES, QUERIES } from './queries';
import { BenchResults, buildResults, checks, markdownReport } from './report';
import { BenchOptions, runBench } from './run';
import { TARGET_NAMES, TargetName } from './targets/targets';

/**
 * `npm run bench -- [options]`: the benchmark of issue 3 section 7. Not part of `npm test` (jest only looks in
 * test/ and src/). Writes bench/results/<date>.json and .md and prints the table. A failure prints its message;
 * with BENCH_STACK=1 in the environment, its stack.
 */
async function main(argv: string[]): Promise<void> {
  const list =
    <T extends string>(allowed: readonly T[]) =>
    (value: string): T[] => {
      const items = value
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      for (const item of items)
        if (!allowed.includes(item as T))
          throw new InvalidArgumentError(`"${item}" is not one of ${allowed.join(', ')}`);
      return items as T[];
    };
  const positiveInts = (value: string): number[] =>
    value.split(',').map((x) => {
      const n = Number(x);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${x}" is not a positive integer`);
      return n;
    });
  const int = (value: string): number => positiveInts(value)[0];
  const program = new Command()
    .name('bench')
    .description(
      'Benchmark our API against @neo4j/graphql 7 and raw Cypher on synthetic VET graphs (S ≈ 10k, M ≈ 100k, L ≈ 1M nodes).',
    )
    .option('-s, --scales <list>', 'scales to run, comma-separated', list(SCALES), ['S', 'M'] as Scale[])
    // 1 and 4 on this 2-core machine: more connections measure queueing, not the servers (issue 15).
    .option('-c, --concurrency <list>', 'concurrent connections, comma-separated', positiveInts, [1, 4])
    .option('-d, --duration <seconds>', 'seconds of each measured run', int, 5)
    .option(
      '-w, --warmup <seconds>',
      'seconds of unmeasured load before each run, at its concurrency',
      (v) => Number(v),
      2,
    )
    .option('-r, --repeat <n>', 'rounds per cell; each round runs every target once, in a shuffled order', int, 3)
    .option('--seed <n>', 'seed of the synthetic data', int, 42)
    .option(
      '-q, --queries <list>',
      'queries (and mixed workloads) to run',
      list([...QUERIES, ...MIXES].map((q) => q.name)),
      [...QUERIES, ...MIXES].map((q) => q.name),
    )
    .option('-t, --targets <list>', 'targets to run', list(TARGET_NAMES), TARGET_NAMES as TargetName[])
    .option('--reload', 'generate and import the data again even when a matching graph is stored', false)
    .option('--bolt-port <port>', 'Bolt port of the S bench Neo4j (M and L use the next two ports)', int, 7791)
    .option('--http-port <port>', 'HTTP port of the first target (the others use the next ports)', int, 4791)
    .option(
      '--breakdown-samples <n>',
      'sequential requests per query to split our time into database and GraphQL layer (0: skip)',
      (v) => Number(v),
      30,
    )
    .option('--generate-only <dir>', 'only write the synthetic files of the first scale to <dir> and exit')
    .option('--report <file>', 'only rewrite the markdown of an earlier results JSON (ratios recomputed) and print it')
    .option('--out <dir>', 'folder for the results', path.join(projectRoot(), 'bench', 'results'))
    .parse(argv);
  const opts = program.opts();
  if (opts.report) {
    const results = JSON.parse(fs.readFileSync(opts.report, 'utf8')) as BenchResults;
    results.checks = checks(results.scales);
    fs.writeFileSync(opts.report, `${JSON.stringify(results, null, 2)}\n`);
    const markdown = markdownReport(results);
    fs.writeFileSync(opts.report.replace(/\.json$/, '.md'), `${markdown}\n`);
    process.stdout.write(`${markdown}\n`);
    return;
  }
  if (opts.generateOnly) {
    const dataset = generateDataset(opts.scales[0], opts.seed, path.resolve(opts.generateOnly));
    process.stdout.write(`${JSON.stringify({ ...dataset, files: dataset.files.length }, null, 2)}\n`);
    return;
  }
  const options: BenchOptions = {
    scales: opts.scales,
    concurrency: opts.concurrency,
    duration: opts.duration,
    warmup: opts.warmup,
    repeat: opts.repeat,
    seed: opts.seed,
    queries: opts.queries,
    targets: opts.targets,
    reload: opts.reload,
    boltPort: opts.boltPort,
    httpPort: opts.httpPort,
    breakdownSamples: opts.breakdownSamples,
  };
  const startLoad = os.loadavg();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`Bench data and servers in ${benchDataDir()}`);
  const scales = await runBench(options, log);
  const results = buildResults(options, scales, scales[0]?.neo4jVersion ?? 'unknown', startLoad);
  fs.mkdirSync(opts.out, { recursive: true });
  const stamp = results.date.replace(/[:.]/g, '-').slice(0, 19);
  const base = path.join(opts.out, `${stamp}-${options.scales.join('')}`);
  const markdown = markdownReport(results);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, `${markdown}\n`);
  process.stdout.write(`${markdown}\n\nResults: ${base}.json\n`);
}

main(process.argv).catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (process.env.BENCH_STACK ? error.stack : error.message) : String(error)}\n`,
  );
  process.exit(1);
});
