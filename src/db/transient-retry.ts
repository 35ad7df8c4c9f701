import { Neo4jError } from 'neo4j-driver';

/*
 * Which failures are worth waiting for. The driver's managed transactions retry every "retryable" error the same way
 * (1 s, then doubling, for maxTransactionRetryTime), and a server that is not there at all (connection refused) is
 * retryable to it: with a retry time of 5 s a request against a stopped Neo4j took about 7 s (attempts at 0, 1, 3 and
 * 7 s) to answer SERVICE_UNAVAILABLE. So the work is split:
 * - the driver gets a retry time of DRIVER_RETRY_TIME_MS, which, with its first delay of about 1 s, is one retry:
 *   enough for a connection that dropped once, and an unreachable server fails in about a second;
 * - the executor retries, with the driver's backoff, only errors that a live server reported as transient
 *   (`Neo.TransientError.*`: a deadlock, a database that is starting or stopping, a lost cluster leader), for as
 *   long as before (half the request's time limit), since those pass.
 */

/** The driver's `maxTransactionRetryTime`: its retry loop stops once this has passed since the first failure. */
export const DRIVER_RETRY_TIME_MS = 200;

/** How long the executor retries transient errors of calls without a time limit (setup, imports, CLIs). */
export const DEFAULT_TRANSIENT_RETRY_MS = 15_000;

/** The driver's backoff: first delay, growth and jitter (neo4j-driver's TransactionExecutor defaults). */
const FIRST_DELAY_MS = 1_000;
const MULTIPLIER = 2;
const JITTER = 0.2;

/**
 * True for an error a Neo4j server sent as transient (`Neo.TransientError.*`), which the driver also deems retryable;
 * false for the driver's own connection errors (ServiceUnavailable, SessionExpired) and everything else.
 */
export function isServerTransientError(error: unknown): boolean {
  return (
    error instanceof Neo4jError && (error.code ?? '').startsWith('Neo.TransientError.') && Neo4jError.isRetryable(error)
  );
}

/**
 * Runs `attempt` (a managed transaction, which the driver itself retries once), and again while it fails with a
 * transient error of a live server ({@link isServerTransientError}), waiting 1 s, 2 s, 4 s … (±20 %) in between,
 * until
 * `budgetMs` have passed since the first failure. Any other error, or the last transient one, is thrown.
 * @param sleep how to wait (tests pass a fake)
 */
export async function retryTransientErrors<T>(
  attempt: () => Promise<T>,
  budgetMs: number,
  sleep: (ms: number) => Promise<void> = wait,
): Promise<T> {
  let firstFailureAt: number | undefined;
  let delayMs = FIRST_DELAY_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      firstFailureAt ??= Date.now();
      if (!isServerTransientError(error) || Date.now() - firstFailureAt > budgetMs) throw error;
    }
    await sleep(delayMs * (1 - JITTER + Math.random() * 2 * JITTER));
    delayMs *= MULTIPLIER;
  }
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
