import { Measurement, ScaleResult } from '../../bench/run';

/**
 * A measured load run with the figures the bench's scoring reads (query, target, concurrency, throughput, round);
 * the rest as autocannon would give them, for a 5 s run.
 */
export function measuredRun(
  query: string,
  target: Measurement['target'],
  concurrency: number,
  requestsPerSecond: number,
  round = 0,
): Measurement {
  const seconds = 5;
  return {
    query,
    target,
    concurrency,
    round,
    position: 0,
    seconds,
    requests: Math.round(requestsPerSecond * seconds),
    requestsPerSecond,
    p50: 1,
    p99: 2,
    mean: 1,
    failures: 0,
    loadAverage: 1,
  };
}

/** One scale's results holding only `measurements` (what checks() reads). */
export function scaleOf(measurements: Measurement[]): ScaleResult {
  return { scale: 'S', measurements } as unknown as ScaleResult;
}
