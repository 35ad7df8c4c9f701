import neo4j, { Driver } from 'neo4j-driver';
import { AppConfig } from '../config';
import { Executor } from '../db/executor';
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

/**
 * Connects to Neo4j: to `NEO4J_URI` when set (Docker, a cluster behind `neo4j://`, Aura: nothing is started), else to
 * the project's own Neo4j Community on 127.0.0.1, started first if it is not running.
 * @throws MissingPrerequisiteError when the local server needs Java or Maven that are missing
 * @throws Error when the server cannot be reached or refuses the credentials
 */
export async function connectDatabase(config: AppConfig, log: (line: string) => void = () => undefined): Promise<Database> {
  const { neo4j: settings } = config;
  let local: LocalNeo4j | undefined;
  let uri = settings.uri;
  if (!uri) {
    local = await startLocalNeo4j({ ...settings.local, password: settings.password, log });
    uri = local.uri;
    log(local.reused ? `Reusing the local Neo4j on ${uri}` : `Local Neo4j started on ${uri}`);
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(settings.username, settings.password), {
    userAgent: 'vet-policy-graph',
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
  });
  try {
    await driver.verifyConnectivity({ database: settings.database });
  } catch (error) {
    await driver.close();
    throw new Error(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }
  return { driver, executor: new Executor(driver, settings.database), uri, local, close: () => driver.close() };
}
