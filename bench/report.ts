import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/project-root';
import { BenchOptions, Measurement, ScaleResult } from './run';
import { QUERIES } from './queries';
import { TargetName } from './targets/targets';

/** The targets of issue 3 section 7 (ratios measured in one run). */
export const GOALS = {
  /** ours / @neo4j/graphql requests per second, at least. */
  throughputVsLibrary: 1.5,
  /** ours / @neo4j/graphql p99 latency, at most. */
  p99VsLibrary: 0.7,
  /** ours / raw Cypher mean latency (concurrency ÷ throughput, Little's law), at most. */
  latencyVsRaw: 1.3,
  /** indexed lookup latency at M / at S, at most. */
  lookupMvsS: 1.2,
};

/** What bench/results/*.json holds. */
export interface BenchResults {
  date: string;
  versions: Record<string, string>;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; platform: string; release: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  options: BenchOptions;
  goals: typeof GOALS;
  scales: ScaleResult[];
  /** Every ratio checked against a goal, with whether it was met. */
  checks: Check[];
}

export interface Check {
  scale: string;
  query: string;
  concurrency: number | null;
  goal: keyof typeof GOALS;
  ratio: number;
  met: boolean;
}

/** Assembles the results file: date, versions, machine facts (with load averages) and the goal checks. */
export function buildResults(options: BenchOptions, scales: ScaleResult[], neo4jVersion: string, loadAverageAtStart: number[]): BenchResults {
  // Read from node_modules: some packages do not export their package.json.
  const version = (name: string) => (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    versions: {
      node: process.version,
      neo4j: neo4jVersion,
      '@neo4j/graphql': version('@neo4j/graphql'),
      'neo4j-driver': version('neo4j-driver'),
      graphql: version('graphql'),
      'type-graphql': version('type-graphql'),
      '@apollo/server': version('@apollo/server'),
      autocannon: version('autocannon'),
    },
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: os.platform(),
      release: os.release(),
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg(),
    },
    options,
    goals: GOALS,
    scales,
    checks: checks(scales),
  };
}

function find(measurements: Measurement[], query: string, target: TargetName, concurrency: number): Measurement | undefined {
  return measurements.find((m) => m.query === query && m.target === target && m.concurrency === concurrency);
}

/**
 * Mean latency in ms from a closed-loop run: each connection has one request in flight, so latency = concurrency ÷
 * throughput (Little's law). Used instead of autocannon's mean, which it records in whole milliseconds (a 0.4 ms
 * answer counts as 0), too coarse for the fast queries.
 */
export function meanLatency(m: Measurement): number {
  return m.requestsPerSecond > 0 ? (m.concurrency * 1000) / m.requestsPerSecond : Infinity;
}

/** Every ratio of the run checked against {@link GOALS}. */
export function checks(scales: ScaleResult[]): Check[] {
  const out: Check[] = [];
  for (const s of scales) {
    for (const m of s.measurements.filter((x) => x.target === 'ours')) {
      const lib = find(s.measurements, m.query, 'neo4j-graphql', m.concurrency);
      const raw = find(s.measurements, m.query, 'raw-cypher', m.concurrency);
      const add = (goal: keyof typeof GOALS, ratio: number, met: boolean) => out.push({ scale: s.scale, query: m.query, concurrency: m.concurrency, goal, ratio: round(ratio), met });
      if (lib) {
        const t = m.requestsPerSecond / lib.requestsPerSecond;
        add('throughputVsLibrary', t, t >= GOALS.throughputVsLibrary);
        // When the library finished no request in the run, its p99 is longer than the run: ours is better.
        const p = lib.requests === 0 ? 0 : m.p99 / lib.p99;
        add('p99VsLibrary', p, p <= GOALS.p99VsLibrary);
      }
      if (raw) {
        const l = meanLatency(m) / meanLatency(raw);
        add('latencyVsRaw', l, l <= GOALS.latencyVsRaw);
      }
    }
  }
  const atS = scales.find((s) => s.scale === 'S');
  const atM = scales.find((s) => s.scale === 'M');
  if (atS && atM) {
    for (const q of QUERIES.filter((x) => x.indexedLookup)) {
      const concurrency = Math.min(...atS.measurements.map((m) => m.concurrency));
      const s = find(atS.measurements, q.name, 'ours', concurrency);
      const m = find(atM.measurements, q.name, 'ours', concurrency);
      if (s && m) {
        const ratio = meanLatency(m) / meanLatency(s);
        out.push({ scale: 'M/S', query: q.name, concurrency, goal: 'lookupMvsS', ratio: round(ratio), met: ratio <= GOALS.lookupMvsS });
      }
    }
  }
  return out;
}

/** The README table: per scale, per query and concurrency, the three targets and the three ratios. */
export function markdownReport(results: BenchResults): string {
  const lines: string[] = [];
  const { machine, versions, options } = results;
  lines.push(
    `Run of ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ` +
      `load average ${machine.loadAverageAtStart.map((x) => x.toFixed(1)).join(' ')} at start and ${machine.loadAverageAtEnd.map((x) => x.toFixed(1)).join(' ')} at end ` +
      `(the machine is shared). Neo4j ${versions.neo4j}, Node ${versions.node}, @neo4j/graphql ${versions['@neo4j/graphql']}, neo4j-driver ${versions['neo4j-driver']}. ` +
      `${options.duration} s per cell after ${options.warmup} s warm-up, autocannon on loopback, seed ${options.seed}.`,
    '',
  );
  for (const s of results.scales) {
    lines.push(
      `**${s.scale}**: ${s.load.nodes.toLocaleString('en')} nodes, ${s.load.relationships.toLocaleString('en')} relationships; import through our importer ` +
        `${s.load.import.recordsPerSecond.toLocaleString('en')} records/s (${s.load.import.entitiesPerSecond.toLocaleString('en')} entities/s, ` +
        `${s.load.import.relationsPerSecond.toLocaleString('en')} relations/s, ${Math.round(s.load.import.seconds)} s); Neo4j heap ${s.neo4jMemory.heap}, page cache ${s.neo4jMemory.pageCache}.`,
      '',
      '| query | c | ours req/s | ours p50 / p99 ms | @neo4j/graphql req/s | p50 / p99 ms | raw Cypher req/s | p50 / p99 ms | req/s ours÷lib (≥ 1.5) | p99 ours÷lib (≤ 0.7) | latency ours÷raw (≤ 1.3) | our round trips |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    const queries = [...new Set(s.measurements.map((m) => m.query))];
    for (const query of queries) {
      for (const c of [...new Set(s.measurements.map((m) => m.concurrency))]) {
        const ours = find(s.measurements, query, 'ours', c);
        const lib = find(s.measurements, query, 'neo4j-graphql', c);
        const raw = find(s.measurements, query, 'raw-cypher', c);
        const cell = (m?: Measurement) => {
          if (!m) return '– | –';
          // No request finished within the run: there is no latency to show.
          if (m.requests === 0) return `0 | none finished in ${m.seconds.toFixed(0)} s`;
          return `${fmt(m.requestsPerSecond)} | ${m.p50} / ${m.p99}`;
        };
        const ratio = (goal: keyof typeof GOALS) => {
          const check = results.checks.find((x) => x.scale === s.scale && x.query === query && x.concurrency === c && x.goal === goal);
          if (!check) return '–';
          return `${Number.isFinite(check.ratio) ? check.ratio.toFixed(2) : '∞'} ${check.met ? '✓' : '✗'}`;
        };
        lines.push(`| ${query} | ${c} | ${cell(ours)} | ${cell(lib)} | ${cell(raw)} | ${ratio('throughputVsLibrary')} | ${ratio('p99VsLibrary')} | ${ratio('latencyVsRaw')} | ${s.ourRoundTrips[query] ?? '–'} |`);
      }
    }
    lines.push('');
    if (s.breakdown.length) {
      lines.push(
        `Where our time goes at ${s.scale} (${s.breakdown[0].samples} sequential requests per query alternating with the raw statement, no concurrent load; medians, ms per request):`,
        '',
        '| query | total | in the database (Executor.read) | GraphQL layer (rest) | round trips | bytes from Neo4j | response bytes | raw statement | raw bytes |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...s.breakdown.map((b) => `| ${b.query} | ${b.totalMs.toFixed(2)} | ${b.databaseMs.toFixed(2)} | ${b.graphqlMs.toFixed(2)} | ${b.roundTrips} | ${b.databaseBytes.toLocaleString('en')} | ${b.responseBytes.toLocaleString('en')} | ${b.rawDatabaseMs.toFixed(2)} | ${b.rawDatabaseBytes.toLocaleString('en')} |`),
        '',
      );
    }
  }
  const lookups = results.checks.filter((c) => c.goal === 'lookupMvsS');
  for (const c of lookups) lines.push(`Indexed lookup (${c.query}, c=${c.concurrency}) through our API: mean latency at M ÷ at S = ${c.ratio.toFixed(2)} ${c.met ? '✓' : '✗'} (goal ≤ ${GOALS.lookupMvsS}).`, '');
  lines.push('Latency ratios use mean latency = concurrency ÷ throughput (autocannon records whole milliseconds); p50 and p99 are autocannon\'s, in whole ms.', '');
  const missed = results.checks.filter((c) => !c.met);
  lines.push(`Goals met in ${results.checks.length - missed.length} of ${results.checks.length} checks.`);
  return lines.join('\n');
}

function fmt(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
