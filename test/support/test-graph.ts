import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { Executor } from '../../src/db/executor';
import { applySchema } from '../../src/db/schema-setup';
import { ensureCounts, NOT_COUNT_NODE } from '../../src/graph/count-buckets';
import { ImportService } from '../../src/pipelines/import/import.service';
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

/**
 * Empties the graph and imports the bundled real dataset, unless the graph already holds exactly what the last such
 * import on this server left: every node with its labels and properties (timestamps included) and every relationship
 * with its ends, type and properties, compared by {@link graphChecksum} kept beside the test server per server and
 * data (the indexes are those openTestGraph applies). Any write since (by a test, an ingestion, a mutation) changes
 * the checksum, and the data is imported again. The import takes 2.5-4.5 s here and the checksum about 0.5 s; some
 * 40 test files start from the bundled graph, and 16 of them took 142 s against 168 s importing every time (README, Quick start).
 * `fresh` always imports (the tests of the import itself), and so does every call when VETGRAPH_TEST_FRESH_IMPORTS=1.
 * @returns whether the data was imported (false: the graph already held it)
 * @throws Error when a bundled record was skipped (the bundled data must import whole)
 */
export async function loadBundledData(graph: TestGraph, options: { fresh?: boolean } = {}): Promise<boolean> {
  const marker = bundledMarkerFile();
  const fresh = options.fresh || process.env.VETGRAPH_TEST_FRESH_IMPORTS === '1';
  if (!fresh && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === (await graphChecksum(graph))) {
    return false;
  }
  fs.rmSync(marker, { force: true });
  await emptyGraph(graph);
  const report = await new ImportService(graph.executor, 'test').importFiles(BUNDLED_FILES);
  if (report.skipped.length) throw new Error(`bundled records skipped: ${JSON.stringify(report.skipped.slice(0, 3))}`);
  // The API's start-up step (it records the counts' version), taken here so that the checksum includes it.
  await ensureCounts(graph.executor);
  fs.writeFileSync(marker, await graphChecksum(graph));
  return true;
}

/**
 * Where {@link loadBundledData} keeps the checksum of its last import: one file per server URI and data version, in
 * the folder of the test server (removed with it at the end of the run), or the temp dir for a server someone else
 * runs (NEO4J_TEST_URI).
 */
function bundledMarkerFile(): string {
  const key = crypto.createHash('sha256').update(process.env.NEO4J_URI ?? '');
  for (const file of BUNDLED_FILES) key.update(fs.readFileSync(file));
  const folder = process.env.VETGRAPH_TEST_NEO4J_HOME ?? os.tmpdir();
  return path.join(folder, `vetgraph-test-bundled-${key.digest('hex').slice(0, 16)}`);
}

/** A digest of every node (labels, properties) and relationship (type, ends, properties) in the graph. */
export async function graphChecksum(graph: TestGraph): Promise<string> {
  const [row] = await graph.executor.read(`
    CALL () { MATCH (n) WITH n ORDER BY n.id, elementId(n) RETURN collect([labels(n), properties(n)]) AS nodes }
    CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id, elementId(r) RETURN collect([a.id, type(r), b.id, properties(r)]) AS relationships }
    RETURN nodes, relationships`);
  return crypto.createHash('sha256').update(JSON.stringify(row)).digest('hex');
}

/** Node and relationship counts of the whole graph, the kept counts' own nodes (graph/count-buckets.ts) left out. */
export async function graphCounts(graph: TestGraph): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.executor.read(
    `CALL () { MATCH (n) WHERE ${NOT_COUNT_NODE} RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`,
  );
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}
