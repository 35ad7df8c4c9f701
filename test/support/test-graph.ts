import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { Executor } from '../../src/db/executor';
import { applySchema } from '../../src/db/schema-setup';
import { ImportService } from '../../src/pipelines/import/import.service';
import { ImportReport } from '../../src/pipelines/import/import.report';
import { projectRoot } from '../../src/project-root';
import { BUNDLED_DATA_FILES } from '../../src/domain/bundled-data';

/** The bundled real dataset. */
export const BUNDLED_FILES = BUNDLED_DATA_FILES.map((file) => path.join(projectRoot(), file));

/** A driver and executor on the test server (see global-setup.ts). Close it in afterAll. */
export interface TestGraph {
  driver: Driver;
  executor: Executor;
  /** Runs Cypher directly (plain values), for independent checks of what the API says. */
  cypher(statement: string, params?: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

/** Opens a connection to the test database and makes sure constraints and indexes exist. */
export async function openTestGraph(): Promise<TestGraph> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests with `npm test` (jest global setup starts Neo4j)');
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  );
  const executor = new Executor(driver, undefined);
  await applySchema(executor);
  return {
    driver,
    executor,
    cypher: (statement, params = {}) => executor.write(statement, params),
    close: () => driver.close(),
  };
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function emptyGraph(graph: TestGraph): Promise<void> {
  await graph.executor.write('MATCH (n) DETACH DELETE n');
}

/** Empties the graph and imports the bundled real dataset. */
export async function loadBundledData(graph: TestGraph): Promise<ImportReport> {
  await emptyGraph(graph);
  return new ImportService(graph.executor, 'test').importFiles(BUNDLED_FILES);
}

/** Node and relationship counts of the whole graph. */
export async function graphCounts(graph: TestGraph): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.executor.read(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}
