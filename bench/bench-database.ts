import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { Executor } from '../src/db/executor';
import { applySchema } from '../src/db/schema-setup';
import { runningPid, startLocalNeo4j, stopLocalNeo4j } from '../src/db/local-server/local-neo4j';
import { ImportService } from '../src/pipelines/import/import.service';
import { ensureCounts, NOT_COUNT_NODE } from '../src/graph/count-buckets';
import { projectRoot } from '../src/project-root';
import { GeneratedDataset, generateDataset, Scale } from './data/synthetic-data';

/** Password of the benchmark's own Neo4j servers (never the developer's default one). */
export const BENCH_PASSWORD = 'vetgraph-bench';

/** Neo4j's transaction timeout on the bench servers, for all three targets alike (our API's default time limit). */
export const BENCH_TRANSACTION_TIMEOUT = '10s';

/** Bump when the generator's output changes, so stored graphs are rebuilt. */
export const GENERATOR_VERSION = 1;

/** Memory of the bench server by scale: the page cache holds the whole store at S and M. */
const MEMORY: Record<Scale, { heap: string; pageCache: string }> = {
  S: { heap: '1g', pageCache: '512m' },
  M: { heap: '2g', pageCache: '2g' },
  L: { heap: '4g', pageCache: '6g' },
};

/** How the graph of a scale got into its bench server, stored next to it (dataset.json). */
export interface LoadInfo {
  scale: Scale;
  seed: number;
  generatorVersion: number;
  nodes: number;
  relationships: number;
  generate: {
    files: number;
    records: number;
    entities: Record<string, number>;
    relations: Record<string, number>;
    seconds: number;
  };
  import: {
    records: number;
    skipped: number;
    seconds: number;
    recordsPerSecond: number;
    entitiesPerSecond: number;
    relationsPerSecond: number;
  };
  loadedAt: string;
}

/** A started bench Neo4j with its graph loaded. */
export interface BenchDatabase {
  uri: string;
  homeDir: string;
  driver: Driver;
  executor: Executor;
  load: LoadInfo;
  /** True when the stored graph was reused (no generation or import this run). */
  reused: boolean;
  memory: { heap: string; pageCache: string };
  close(): Promise<void>;
  stop(): Promise<void>;
}

export interface BenchDatabaseOptions {
  scale: Scale;
  seed: number;
  boltPort: number;
  /** Generate and import again even when a matching graph is stored. */
  reload: boolean;
  log: (line: string) => void;
  onProgress?: (phase: 'generate' | 'import', done: number, total: number) => void;
}

/** `.data/bench/` under the project root: bench servers and generated files (git-ignored). */
export function benchDataDir(): string {
  return path.join(projectRoot(), '.data', 'bench');
}

/**
 * Starts the benchmark's Neo4j for a scale on its own data dir (`.data/bench/neo4j-<scale>`) and port, with memory
 * sized for the scale, and makes sure it holds the synthetic graph of (scale, seed): a stored graph from an earlier
 * run is reused when its dataset.json matches; otherwise the server is wiped, the files are generated and loaded
 * through our importer (src/pipelines/import), timing the import.
 * @throws Error when the import skipped records (the generator must only write valid records)
 */
export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const { scale, seed, log } = options;
  const homeDir = path.join(benchDataDir(), `neo4j-${scale}`);
  const infoFile = path.join(homeDir, 'dataset.json');
  const memory = MEMORY[scale];
  const stored = fs.existsSync(infoFile) ? (JSON.parse(fs.readFileSync(infoFile, 'utf8')) as LoadInfo) : undefined;
  const matches = stored && stored.seed === seed && stored.generatorVersion === GENERATOR_VERSION && !options.reload;
  const wipe = async () => {
    await stopLocalNeo4j(homeDir);
    fs.rmSync(homeDir, { recursive: true, force: true });
  };
  if (!matches) await wipe();
  let opened = await startServer(homeDir, memory, options);
  if (matches) {
    const counts = await graphCounts(opened.executor);
    if (counts.nodes === stored.nodes) {
      await countAll(opened.executor, log);
      return { ...opened, homeDir, load: stored, reused: true, memory };
    }
    log(`Stored graph has ${counts.nodes} nodes, expected ${stored.nodes}: starting afresh`);
    await opened.driver.close();
    await wipe();
    opened = await startServer(homeDir, memory, options);
  }
  const { executor } = opened;
  const load = await generateAndImport(executor, options);
  await countAll(executor, log);
  fs.writeFileSync(infoFile, JSON.stringify(load, null, 2));
  return { ...opened, homeDir, load, reused: false, memory };
}

/** Starts (or reuses) the server in `homeDir` and applies our constraints and indexes. */
async function startServer(
  homeDir: string,
  memory: { heap: string; pageCache: string },
  options: BenchDatabaseOptions,
) {
  if (runningPid(homeDir) === undefined && (await portInUse(options.boltPort))) {
    // startLocalNeo4j would wait for Bolt and find another server there: never load into someone else's database.
    throw new Error(`port ${options.boltPort} is taken by another process; choose another with --bolt-port`);
  }
  // One transaction timeout for every target (ours also sends its own, REQUEST_TIMEOUT_MS, the same 10 s): a request
  // abandoned at the end of a run is stopped inside Neo4j instead of loading the next target's run.
  const server = await startLocalNeo4j({
    homeDir,
    boltPort: options.boltPort,
    password: BENCH_PASSWORD,
    ...memory,
    log: options.log,
    extraSettings: { 'db.transaction.timeout': BENCH_TRANSACTION_TIMEOUT },
  });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', BENCH_PASSWORD), {
    maxConnectionPoolSize: 100,
    logging: undefined,
  });
  const executor = new Executor(driver, undefined);
  await applySchema(executor, 600);
  return {
    uri: server.uri,
    driver,
    executor,
    close: () => driver.close(),
    stop: async () => {
      await driver.close();
      await stopLocalNeo4j(homeDir);
    },
  };
}

async function generateAndImport(executor: Executor, options: BenchDatabaseOptions): Promise<LoadInfo> {
  const { scale, seed, log } = options;
  const dir = path.join(benchDataDir(), `data-${scale}-${seed}`);
  let started = Date.now();
  log(`Generating the ${scale} dataset (seed ${seed}) in ${dir}`);
  const dataset: GeneratedDataset = generateDataset(scale, seed, dir, (done, total) =>
    options.onProgress?.('generate', done, total),
  );
  const generateSeconds = (Date.now() - started) / 1000;
  log(`Importing ${dataset.records} records from ${dataset.files.length} files through the importer`);
  const importer = new ImportService(executor, 'bench');
  let done = 0;
  let skipped = 0;
  let entitySeconds = 0;
  let relationSeconds = 0;
  const entityRecords = Object.values(dataset.entities).reduce((a, b) => a + b, 0);
  for (const file of dataset.files) {
    started = Date.now();
    // One file per call keeps the importer's memory bounded; relations find their endpoints in the graph.
    const report = await importer.importFiles([file], (fileDone) =>
      options.onProgress?.('import', done + fileDone, dataset.records),
    );
    const seconds = (Date.now() - started) / 1000;
    if (path.basename(file).startsWith('entities')) entitySeconds += seconds;
    else relationSeconds += seconds;
    done += report.recordsRead.entities + report.recordsRead.relations;
    skipped += report.skipped.length;
    if (report.skipped.length)
      throw new Error(`the importer skipped generated records, first: ${JSON.stringify(report.skipped[0])}`);
  }
  const importSeconds = entitySeconds + relationSeconds;
  const counts = await graphCounts(executor);
  return {
    scale,
    seed,
    generatorVersion: GENERATOR_VERSION,
    ...counts,
    generate: {
      files: dataset.files.length,
      records: dataset.records,
      entities: dataset.entities,
      relations: dataset.relations,
      seconds: generateSeconds,
    },
    import: {
      records: done,
      skipped,
      seconds: importSeconds,
      recordsPerSecond: Math.round(done / importSeconds),
      entitiesPerSecond: Math.round(entityRecords / entitySeconds),
      relationsPerSecond: Math.round((done - entityRecords) / relationSeconds),
    },
    loadedAt: new Date().toISOString(),
  };
}

/**
 * Makes the dashboard's kept counts whole before any target runs (the library's and the floor's statements read
 * them too; a graph stored before counts were kept gets them here, timed).
 */
async function countAll(executor: Executor, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const counted = await ensureCounts(executor);
  if (counted) log(`Counted ${counted} items for the kept counts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Nodes (the kept counts' own nodes left out) and relationships of the graph. */
async function graphCounts(executor: Executor): Promise<{ nodes: number; relationships: number }> {
  const [row] = await executor.read(
    `CALL () { MATCH (n) WHERE ${NOT_COUNT_NODE} RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`,
  );
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
