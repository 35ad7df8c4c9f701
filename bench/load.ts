import os from 'node:os';
import autocannon from 'autocannon';

/** What one load run measured. Latencies in milliseconds; throughput in completed requests per second. */
export interface LoadResult {
  concurrency: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  mean: number;
  /** Connection errors, timeouts, non-2xx responses and bodies with GraphQL errors; must be 0 for a valid run. */
  failures: number;
  /** 1-minute load average of the machine when the run ended (other processes included). */
  loadAverage: number;
}

/** One request of a load run: the path on the target's origin and the JSON body. */
export interface LoadRequest {
  path: string;
  body: string;
}

/**
 * Sends POSTs to `origin` from `concurrency` connections for `seconds` (autocannon, one request in flight per
 * connection), the connections taking `requests` in turn (one request: the same throughout; several: each its own
 * path and body, as a mixed workload's), and returns throughput and latency. A response counts as failed unless its
 * status is 2xx and its body has no `"errors"` (GraphQL answers errors with status 200).
 */
export async function runLoad(
  origin: string,
  requests: LoadRequest[],
  concurrency: number,
  seconds: number,
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: `${origin}${requests[0].path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: requests[0].body,
    ...(requests.length > 1
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => {
                const { path, body } = requests[next++ % requests.length];
                return { ...request, path, body };
              },
            },
          ],
        }
      : {}),
    connections: concurrency,
    pipelining: 1,
    duration: seconds,
    timeout: 30,
    verifyBody: (text) => !String(text).includes('"errors":[') && !String(text).includes('"error":'),
  });
  return {
    concurrency,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / result.duration, 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: round(result.latency.average, 2),
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
    loadAverage: round(os.loadavg()[0], 2),
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
