import neo4j, { Driver, ManagedTransaction, Neo4jError, Session } from 'neo4j-driver';
import { ConflictError, ServiceUnavailableError, TimeoutError } from '../errors/api-errors';
import { toPlain } from './driver-values';
import { nfcStrings } from './unicode-params';
import { DEFAULT_TRANSIENT_RETRY_MS, retryTransientErrors } from './transient-retry';

/** The transaction options of a session call (neo4j-driver's TransactionConfig: timeout, metadata). */
type TransactionConfig = NonNullable<Parameters<Session['run']>[2]>;

/** Neo4j's status code of a uniqueness violation (a unique constraint on `id`). */
const UNIQUE_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** A row of a result, with driver values already converted by {@link toPlain}. */
export type Row = Record<string, unknown>;

/** Runs statements inside one open transaction (see {@link Executor.writeTransaction}). */
export interface TransactionRunner {
  run(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/** Counts the database round trips made on behalf of one request (one per statement sent). */
export class RoundTripCounter {
  count = 0;
}

/** Options of one read or write. */
export interface RunOptions {
  /** Server-side transaction timeout in milliseconds; Neo4j stops the transaction itself when it runs longer. */
  timeoutMs?: number;
  /**
   * How often to run a write again when it lost a race on a unique key (Neo4j's ConstraintValidationFailed: another
   * transaction created the same id first and committed). Only for work that reads before it creates, such as an
   * upsert, whose second run then finds the node and updates it. Default 0: the race surfaces as CONFLICT.
   */
  uniqueRaceRetries?: number;
}

/** When a request must be done by: an absolute time and the limit it came from (for the error message). */
export interface Deadline {
  /** Epoch milliseconds. */
  at: number;
  /** The request's whole time limit in milliseconds. */
  limitMs: number;
}

/**
 * How long after a transaction's own timeout the executor stops waiting for Neo4j. Neo4j checks timeouts
 * periodically (`db.transaction.monitor.check.interval`, 2 s by default), so its own TransactionTimedOut error
 * normally arrives within this grace; the executor's cut is a safety net for a server that stops answering at all.
 */
export const DEADLINE_GRACE_MS = 2_500;

/**
 * The one place that talks to Neo4j. Each call opens a session for its intent (a read session may be routed to a
 * follower in a cluster, a write session goes to the leader), runs a read as one auto-commit statement and writes in
 * managed transactions (`executeWrite`: atomic, retried by the driver), converts the records
 * with {@link toPlain} and closes the session in `finally`. Transient errors of a live server are retried for half the
 * time left (or DEFAULT_TRANSIENT_RETRY_MS); a server that cannot be reached fails after one retry (the driver's for
 * a write, the executor's for a read; see transient-retry.ts).
 *
 * Every session shares the driver's bookmark manager (`driver.executeQueryBookmarkManager`, as @neo4j/graphql
 * does): a transaction starts only once the server it runs on has seen every transaction this process committed, so
 * in a cluster a read routed to a follower still sees this process's own writes (causal consistency per process).
 *
 * Every string parameter is sent in Unicode NFC (see nfcStrings), so what is stored is NFC on every write path.
 *
 * Errors: a uniqueness violation becomes {@link ConflictError}; an unreachable server becomes
 * {@link ServiceUnavailableError}; anything else is rethrown unchanged and masked by the error formatter.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly counter?: RoundTripCounter,
    private readonly defaultTimeoutMs?: number,
    private readonly deadline?: Deadline,
  ) {}

  /** A view of this executor that counts its round trips in `counter` (one per request). */
  withCounter(counter: RoundTripCounter): Executor {
    return new Executor(this.driver, this.database, counter, this.defaultTimeoutMs, this.deadline);
  }

  /**
   * A view of this executor whose statements must all be done within `limitMs` from now (one request's time limit):
   * each transaction gets the time left as its Neo4j transaction timeout, so the database itself stops a runaway
   * statement, and no call waits longer than the time left plus {@link DEADLINE_GRACE_MS}.
   */
  withTimeLimit(limitMs: number): Executor {
    return new Executor(this.driver, this.database, this.counter, this.defaultTimeoutMs, {
      at: Date.now() + limitMs,
      limitMs,
    });
  }

  /**
   * One `RETURN 1` in an auto-commit transaction, without the managed transactions' retries, so a health probe
   * answers at once. Not counted as a round trip of a request.
   * @throws ServiceUnavailableError (or the driver's error) when Neo4j does not answer
   */
  async ping(timeoutMs: number): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1 AS ok', {}, { timeout: timeoutMs });
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs one read statement and returns its rows, in an auto-commit transaction of a read session: one message pair
   * (RUN, PULL) instead of a managed transaction's BEGIN, RUN, PULL and COMMIT, which cost a lookup about twice the
   * time (0.4-0.9 ms a read against 0.8-1.6 ms on the bench S graph here, measured 2026-12-07). A read is one
   * statement with no side effect, so nothing a managed transaction adds is needed: the session still routes it to a
   * reader and waits for this process's bookmarks, Neo4j still applies the timeout, and a dropped connection is
   * retried once (what the driver's managed retry gave, see transient-retry.ts), transient errors as for writes.
   */
  async read(cypher: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<Row[]> {
    return this.inSession('READ', options, (session, config) =>
      retryDroppedConnection(async () => {
        if (this.counter) this.counter.count += 1;
        const result = await session.run(cypher, nfcStrings(params), config);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      }),
    );
  }

  /** Runs one write statement in a write transaction and returns its rows. */
  async write(cypher: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<Row[]> {
    return this.managedWrite(options, (tx) => runIn(tx, cypher, params));
  }

  /**
   * Runs several statements in one write transaction: all of them happen or none does. `work` may be retried by the
   * driver on transient errors, so it must not have side effects outside the transaction.
   */
  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.managedWrite(options, (tx) => work({ run: (cypher, params = {}) => runIn(tx, cypher, params) }));
  }

  /** Runs `work` in a managed write transaction (see inSession); the driver runs it again on a retryable error. */
  private async managedWrite<T>(options: RunOptions, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', options, (session, config) =>
      session.executeWrite(async (tx) => {
        if (this.counter) this.counter.count += 1;
        return work(tx);
      }, config),
    );
  }

  /**
   * Opens a session for `mode` sharing the bookmark manager, runs `attempt` with the transaction config (the time left
   * as Neo4j's timeout), retrying transient errors and unique races as the options say, maps errors, closes the
   * session, and stops waiting at the deadline.
   */
  private async inSession<T>(
    mode: 'READ' | 'WRITE',
    options: RunOptions,
    attempt: (session: Session, config: TransactionConfig) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    const limit = this.timeLimit(options);
    if (limit && limit.leftMs <= 0) {
      await session.close();
      throw new TimeoutError(limit.limitMs);
    }
    const config: TransactionConfig = { timeout: limit?.leftMs, metadata: { app: 'vet-policy-graph' } };
    const run = (async () => {
      try {
        const transaction = () => attempt(session, config);
        const budgetMs = limit ? Math.floor(limit.leftMs / 2) : DEFAULT_TRANSIENT_RETRY_MS;
        return await retryUniqueRaces(
          () => retryTransientErrors(transaction, budgetMs),
          options.uniqueRaceRetries ?? 0,
        );
      } catch (error) {
        throw mapDatabaseError(error, limit?.limitMs);
      } finally {
        await session.close();
      }
    })();
    return limit ? withinDeadline(run, limit.leftMs + DEADLINE_GRACE_MS, limit.limitMs) : run;
  }

  /** The transaction timeout for one call: the smaller of the call's, the default and what is left of the deadline. */
  private timeLimit(options: RunOptions): { leftMs: number; limitMs: number } | undefined {
    const own = options.timeoutMs ?? this.defaultTimeoutMs;
    const left = this.deadline ? this.deadline.at - Date.now() : undefined;
    if (own === undefined && left === undefined) return undefined;
    if (left === undefined || (own !== undefined && own <= left)) return { leftMs: own!, limitMs: own! };
    return { leftMs: Math.max(0, Math.ceil(left)), limitMs: this.deadline!.limitMs };
  }
}

/**
 * Runs `attempt` once more when the connection it used was lost (the driver's ServiceUnavailable or SessionExpired: a
 * pooled connection the server closed, a cluster member gone); a server that cannot be reached fails the second time
 * too. For auto-commit reads, which the driver does not retry itself.
 */
async function retryDroppedConnection<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof Neo4jError) || (error.code !== 'ServiceUnavailable' && error.code !== 'SessionExpired'))
      throw error;
    return attempt();
  }
}

/** Runs `attempt` again, at most `retries` times, while it fails with a uniqueness violation (see RunOptions). */
async function retryUniqueRaces<T>(attempt: () => Promise<T>, retries: number): Promise<T> {
  for (let left = retries; ; left -= 1) {
    try {
      return await attempt();
    } catch (error) {
      if (left <= 0 || !(error instanceof Neo4jError) || error.code !== UNIQUE_VIOLATION) throw error;
    }
  }
}

/**
 * Resolves as `run` does, or rejects with {@link TimeoutError} after `waitMs`. The abandoned call still ends on its
 * own (Neo4j's transaction timeout, the session closed in its `finally`); its late result is dropped.
 */
async function withinDeadline<T>(run: Promise<T>, waitMs: number, limitMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(limitMs)), waitMs);
  });
  try {
    return await Promise.race([run, expired]);
  } finally {
    clearTimeout(timer);
    run.catch(() => undefined);
  }
}

async function runIn(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await tx.run(cypher, nfcStrings(params));
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/**
 * Maps driver errors we expect by their Neo4j status code; unknown errors pass through to be masked.
 * - a uniqueness violation → CONFLICT;
 * - the transaction timeout (`Neo.ClientError.Transaction.TransactionTimedOut*`) → TIMEOUT with `limitMs`;
 * - no server (`ServiceUnavailable`, `SessionExpired`, connection refused or reset), transient errors still failing
 *   after the driver's retries (`Neo.TransientError.*`, e.g. a database that is starting or stopping), and an
 *   exhausted connection pool ("Connection acquisition timed out") → SERVICE_UNAVAILABLE: the client may retry.
 */
export function mapDatabaseError(error: unknown, limitMs?: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (code === UNIQUE_VIOLATION) {
    return new ConflictError('A node with the same unique key already exists.');
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new TimeoutError(limitMs);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.')) {
    return new ServiceUnavailableError();
  }
  if (error.message.startsWith('Connection acquisition timed out')) {
    return new ServiceUnavailableError('The API has no free database connection right now; try again shortly.');
  }
  return error;
}
