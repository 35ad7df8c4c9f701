import neo4j, { Driver, ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { ConflictError, ServiceUnavailableError } from '../errors/api-errors';
import { toPlain } from './driver-values';

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
}

/**
 * The one place that talks to Neo4j. Each call opens a session, runs a managed transaction chosen by intent
 * (`executeRead` may be routed to a follower in a cluster, `executeWrite` goes to the leader; both retry transient
 * errors), converts the records with {@link toPlain} and closes the session in `finally`.
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
  ) {}

  /** A view of this executor that counts its round trips in `counter` (one per request). */
  withCounter(counter: RoundTripCounter): Executor {
    return new Executor(this.driver, this.database, counter, this.defaultTimeoutMs);
  }

  /** Runs one read statement in a read transaction and returns its rows. */
  async read(cypher: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<Row[]> {
    return this.session('READ', options, (tx) => runIn(tx, cypher, params));
  }

  /** Runs one write statement in a write transaction and returns its rows. */
  async write(cypher: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<Row[]> {
    return this.session('WRITE', options, (tx) => runIn(tx, cypher, params));
  }

  /**
   * Runs several statements in one write transaction: all of them happen or none does. `work` may be retried by the
   * driver on transient errors, so it must not have side effects outside the transaction.
   */
  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.session('WRITE', options, (tx) => work({ run: (cypher, params = {}) => runIn(tx, cypher, params) }));
  }

  private async session<T>(mode: 'READ' | 'WRITE', options: RunOptions, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const timeout = options.timeoutMs ?? this.defaultTimeoutMs;
    const config = { timeout, metadata: { app: 'vet-policy-graph' } };
    const counted = async (tx: ManagedTransaction) => {
      if (this.counter) this.counter.count += 1;
      return work(tx);
    };
    try {
      return mode === 'READ' ? await session.executeRead(counted, config) : await session.executeWrite(counted, config);
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }
}

async function runIn(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/** Maps driver errors we expect by their Neo4j status code; unknown errors pass through to be masked. */
export function mapDatabaseError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('A node with the same unique key already exists.');
  }
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') return new ServiceUnavailableError();
  return error;
}
