import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { MultiBar, Presets, SingleBar } from 'cli-progress';
import { BENCH_PASSWORD, LoadInfo, openBenchDatabase } from './bench-database';
import { Scale, SCALES } from './data/synthetic-data';
import { Breakdown, measureBreakdown } from './breakdown';
import { LoadResult, runLoad } from './load';
import { pickParameterSets } from './parameters';
import { BenchMix, BenchQuery, MIXES, QUERIES, QueryParameters } from './queries';
import { Executor } from '../src/db/executor';
import { requestFor, requestsFor, RunningTarget, startTarget, TARGET_LABEL, TargetName } from './targets/targets';

/** What `npm run bench` was asked to do (bench/cli.ts). */
export interface BenchOptions {
  scales: Scale[];
  concurrency: number[];
  /** Seconds of load per (query, target, concurrency). */
  duration: number;
  /** Seconds of unmeasured load before each measured run, at that run's own concurrency: JIT, plan cache, page cache. */
  warmup: number;
  /** Measured runs per (query, concurrency, target); the targets take turns in a shuffled order each round. */
  repeat: number;
  seed: number;
  queries: string[];
  targets: TargetName[];
  reload: boolean;
  boltPort: number;
  httpPort: number;
  /** Sequential requests per query for the time breakdown of our API (0: none). */
  breakdownSamples: number;
}

/** One measured load run. */
export interface Measurement extends LoadResult {
  query: string;
  target: TargetName;
  /** Which round of the cell (0-based); each round runs every target once, in a shuffled order. */
  round: number;
  /** Position of this target in its round's order (0: ran first). */
  position: number;
}

/** Everything measured at one scale. */
export interface ScaleResult {
  scale: Scale;
  load: LoadInfo;
  reusedStoredGraph: boolean;
  neo4jMemory: { heap: string; pageCache: string };
  /** The first parameter set (the breakdown's). */
  parameters: QueryParameters;
  /** Every set the measured requests take in turn (bench/parameters.ts). */
  parameterSets: QueryParameters[];
  /** Database round trips our API made per query (its `extensions.dbRoundTrips`). */
  ourRoundTrips: Record<string, number>;
  neo4jVersion: string;
  /** Where our API's time goes per query (database vs GraphQL layer), measured without concurrent load. */
  breakdown: Breakdown[];
  measurements: Measurement[];
  loadAverageBefore: number[];
  loadAverageAfter: number[];
}

/**
 * Runs the benchmark: for each scale, opens (and if needed generates and loads) the bench Neo4j, picks the query
 * parameters, starts the three targets, checks that all three give the same answer to every query (throws, naming
 * the query and the differing answers, when they do not), then measures every cell (a query at a concurrency) in
 * rounds that interleave the targets (see measure) and records throughput and latency of every run.
 */
export async function runBench(options: BenchOptions, log: (line: string) => void): Promise<ScaleResult[]> {
  const queries = QUERIES.filter((q) => options.queries.includes(q.name));
  const mixes = MIXES.filter((m) => options.queries.includes(m.name));
  // A mix's answers are checked query by query: every query it sends, whether or not the run measures it alone.
  const checked = QUERIES.filter(
    (q) => queries.includes(q) || mixes.some((m) => m.parts.some((part) => part.query === q.name)),
  );
  const results: ScaleResult[] = [];
  for (const scale of options.scales) {
    const bars = new MultiBar(
      { format: '{phase} [{bar}] {value}/{total} {detail}', hideCursor: true, clearOnComplete: true },
      Presets.shades_classic,
    );
    const loadBar = bars.create(1, 0, { phase: `${scale} load`.padEnd(9), detail: '' });
    const db = await openBenchDatabase({
      scale,
      seed: options.seed,
      boltPort: options.boltPort + SCALES.indexOf(scale),
      reload: options.reload,
      log,
      onProgress: (phase, done, total) => {
        loadBar.setTotal(total);
        loadBar.update(done, { phase: `${scale} ${phase === 'generate' ? 'gen' : 'import'}`.padEnd(9) });
      },
    });
    bars.remove(loadBar);
    bars.stop();
    log(
      `${scale}: ${db.load.nodes} nodes, ${db.load.relationships} relationships; import ${db.load.import.recordsPerSecond} records/s` +
        `${db.reused ? ' (stored graph reused; import measured when it was loaded)' : ''}`,
    );
    const running: RunningTarget[] = [];
    try {
      const parameterSets = await pickParameterSets(db.executor);
      const [parameters] = parameterSets;
      const [component] = await db.executor.read(
        'CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition AS version',
      );
      for (const [i, name] of options.targets.entries())
        running.push(await startTarget(name, { uri: db.uri, password: BENCH_PASSWORD }, options.httpPort + i));
      let ourRoundTrips: Record<string, number> = {};
      for (const set of parameterSets)
        ourRoundTrips = maxima(ourRoundTrips, await checkSameAnswers(running, checked, set, log));
      for (const mix of mixes)
        ourRoundTrips[mix.name] = Math.max(...mix.parts.map((part) => ourRoundTrips[part.query] ?? 0));
      const breakdown =
        options.breakdownSamples > 0
          ? await measureBreakdown(db.uri, BENCH_PASSWORD, queries, parameters, options.breakdownSamples)
          : [];
      const loadAverageBefore = os.loadavg();
      const measurements = await measure(running, [...queries, ...mixes], parameterSets, options, scale, db.executor);
      results.push({
        scale,
        load: db.load,
        reusedStoredGraph: db.reused,
        neo4jMemory: db.memory,
        parameters,
        parameterSets,
        ourRoundTrips,
        neo4jVersion: String(component?.version),
        breakdown,
        measurements,
        loadAverageBefore,
        loadAverageAfter: os.loadavg(),
      });
    } finally {
      for (const target of running) await target.stop();
      await db.stop();
    }
  }
  return results;
}

/**
 * Asks every target every query once and compares the canonical answers.
 * @returns our API's round trips per query
 * @throws Error when a target fails or answers differently from our API
 */
async function checkSameAnswers(
  running: RunningTarget[],
  queries: BenchQuery[],
  parameters: QueryParameters,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  const roundTrips: Record<string, number> = {};
  for (const query of queries) {
    const answers = new Map<TargetName, unknown>();
    for (const target of running) {
      const request = requestFor(target.name, query, parameters);
      const response = await fetch(`${target.url}${request.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: request.body,
      });
      const body = (await response.json()) as { extensions?: { dbRoundTrips?: number } };
      answers.set(target.name, request.read(body));
      if (target.name === 'ours') roundTrips[query.name] = Number(body.extensions?.dbRoundTrips);
    }
    const [first, ...others] = [...answers.entries()];
    for (const [name, answer] of others) {
      if (!isDeepStrictEqual(first[1], answer)) {
        throw new Error(
          `${query.name}: ${TARGET_LABEL[name]} answers differently from ${TARGET_LABEL[first[0]]}; not timing anything.\n` +
            `${first[0]}: ${JSON.stringify(first[1]).slice(0, 2000)}\n${name}: ${JSON.stringify(answer).slice(0, 2000)}`,
        );
      }
    }
    if (isEmpty(first[1]))
      throw new Error(`${query.name}: every target answered with nothing; pick parameters that find something`);
    log(`  ${query.name}: same answer from ${[...answers.keys()].join(', ')}`);
  }
  return roundTrips;
}

/** Per query, the largest of two round-trip counts. */
function maxima(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    [...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, Math.max(a[k] ?? 0, b[k] ?? 0)]),
  );
}

function isEmpty(answer: unknown): boolean {
  return (
    answer === null ||
    (Array.isArray(answer) && answer.length === 0) ||
    (typeof answer === 'object' && answer !== null && 'count' in answer && (answer as { count: number }).count === 0)
  );
}

/**
 * The measured runs, cell by cell (a query at a concurrency): `repeat` rounds, each running every target once in an
 * order shuffled by a generator seeded from `seed` (so no target always runs first, or right after another's heavy
 * load); before each run, that target is warmed up at the cell's own concurrency and the database is waited on until
 * no other transaction runs (a request abandoned at the end of a run would otherwise still be working in Neo4j).
 * @throws Error when a run has failed requests (errors, timeouts, non-2xx), naming the target, query and concurrency
 */
async function measure(
  running: RunningTarget[],
  queries: Array<BenchQuery | BenchMix>,
  parameterSets: QueryParameters[],
  options: BenchOptions,
  scale: Scale,
  executor: Executor,
): Promise<Measurement[]> {
  const steps = running.length * queries.length * options.concurrency.length * options.repeat;
  const bar = new SingleBar(
    { format: `${scale} load [{bar}] {value}/{total} {detail}`, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  bar.start(steps, 0, { detail: '' });
  const random = seededRandom(options.seed);
  const out: Measurement[] = [];
  try {
    for (const query of queries) {
      for (const concurrency of options.concurrency) {
        for (let round = 0; round < options.repeat; round += 1) {
          for (const [position, target] of shuffled(running, random).entries()) {
            const requests = parameterSets
              .flatMap((set) => requestsFor(target.name, query, set))
              .map(({ path, body }) => ({ path, body }));
            await waitForIdleDatabase(executor);
            bar.update({ detail: `${query.name} c=${concurrency} round ${round + 1} ${target.name} warm-up` });
            if (options.warmup > 0) await runLoad(target.url, requests, concurrency, options.warmup);
            await waitForIdleDatabase(executor);
            bar.update({ detail: `${query.name} c=${concurrency} round ${round + 1} ${target.name}` });
            const result = await runLoad(target.url, requests, concurrency, options.duration);
            if (result.failures > 0)
              throw new Error(`${target.name} ${query.name} c=${concurrency}: ${result.failures} failed requests`);
            out.push({ query: query.name, target: target.name, round, position, ...result });
            bar.increment();
          }
        }
      }
    }
  } finally {
    bar.stop();
  }
  return out;
}

/**
 * Waits until Neo4j runs no transaction but the one asking (SHOW TRANSACTIONS), polling every 100 ms for at most
 * `limitMs`; a statement still running then is left to the transaction timeout all targets share (bench-database.ts).
 * @returns the milliseconds waited
 */
export async function waitForIdleDatabase(executor: Executor, limitMs = 30_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const [row] = await executor.read(
      'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN count(*) AS others',
    );
    if (Number(row?.others ?? 0) === 0) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

/** A deterministic generator of numbers in [0, 1) (mulberry32), so a run's target orders can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher-Yates with `random`). */
export function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
