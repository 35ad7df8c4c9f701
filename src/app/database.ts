import neo4j, { Driver } from 'neo4j-driver';
import { AppConfig } from '../config';
import { Executor } from '../db/executor';
import { DRIVER_RETRY_TIME_MS } from '../db/transient-retry';
import { LocalNeo4j, startLocalNeo4j } from '../db/local-server/local-neo4j';

/** An open connection to the graph database. */
export interface Database {
  driver: Driver;
  executor: Executor;
  uri: string;
  /** Set when the project started (or reused) its own local Neo4j. */
  local?: LocalNeo4j;
  /** Closes the driver (the local server keeps running; `npm run db:stop` stops it). */
  close(): Promise<void>;
}

/** How {@link connectDatabase} treats a server it cannot reach. */
export interface ConnectOptions {
  /**
   * True (CLIs): throw when Neo4j cannot be reached. False (the API): log it and return anyway; the driver connects
   * once the server answers, and /health/ready reports the reason meanwhile. Refused credentials throw either way.
   */
  requireConnection?: boolean;
}

/**
 * Connects to Neo4j: to `NEO4J_URI` when set (Docker, a cluster behind `neo4j://`, Aura: nothing is started), else to
 * the project's own Neo4j Community on 127.0.0.1, started first if it is not running.
 *
 * Driver settings follow the request time limit (`REQUEST_TIMEOUT_MS`): waiting for a pooled connection takes at most
 * the limit and a TCP connect gives up after 5 s, so a request answers SERVICE_UNAVAILABLE before its time is up. The
 * driver's own retries stop after one (DRIVER_RETRY_TIME_MS), so a server that is down fails a request in about a
 * second; transient errors of a live server (a database starting or stopping, a lost leader) are retried by the
 * Executor for half of the limit (src/db/transient-retry.ts).
 * @throws MissingPrerequisiteError when the local server needs Java or Maven that are missing
 * @throws Error when the server refuses the credentials, or (with `requireConnection`) cannot be reached
 */
export async function connectDatabase(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
  options: ConnectOptions = {},
): Promise<Database> {
  const { neo4j: settings } = config;
  let local: LocalNeo4j | undefined;
  let uri = settings.uri;
  if (!uri) {
    local = await startLocalNeo4j({ ...settings.local, password: settings.password, log });
    uri = local.uri;
    log(local.reused ? `Reusing the local Neo4j on ${uri}` : `Local Neo4j started on ${uri}`);
  }
  const limitMs = config.requestTimeoutMs > 0 ? config.requestTimeoutMs : 30_000;
  const driver = neo4j.driver(uri, neo4j.auth.basic(settings.username, settings.password), {
    userAgent: 'vet-policy-graph',
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: Math.min(10_000, limitMs),
    connectionTimeout: Math.min(5_000, limitMs),
    maxTransactionRetryTime: DRIVER_RETRY_TIME_MS,
  });
  try {
    await driver.verifyConnectivity({ database: settings.database });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (options.requireConnection !== false || code.startsWith('Neo.ClientError.Security.')) {
      await driver.close();
      throw new Error(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
    }
    log(
      `Neo4j at ${uri} is not reachable yet (${code || (error as Error).message}); starting anyway, ` +
        `it is retried in the background`,
    );
  }
  return { driver, executor: new Executor(driver, settings.database), uri, local, close: () => driver.close() };
}
