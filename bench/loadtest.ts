import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { Command } from 'commander';
import { readConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startApplication } from '../src/app/application';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/db/local-server/local-neo4j';
import { namedCypher } from '../src/db/cypher-files';
import { projectRoot } from '../src/project-root';
import { EXAMPLE_QUERIES } from '../src/server/example-queries';
import { signLocalToken } from '../src/auth/token-verifier';
import { ConflictMix } from './loadtest-conflicts';

/*
 * `npm run loadtest`: N concurrent clients for M seconds against the real API over a dedicated Neo4j loaded with the
 * bundled data, a mix of analyst queries and `createOrganisation` mutations with unique ids (all over HTTP, writes
 * with an editor token), bursts of concurrent conflicting writes (bench/loadtest-conflicts.ts: racing upserts of one
 * id, the links of a FOLLOWS ring, identical links), and a Neo4j restart (SIGTERM, then a fresh start) in the middle.
 * Afterwards an audit compares what the API acknowledged with what is in the graph: every acknowledged organisation
 * must be there with every property it was sent; a failed one must be absent or whole (a commit whose answer was
 * lost), never half; every acknowledged link must be there, and the conflict invariants must hold.
 */

interface Outcome {
  kind: 'read' | 'write' | 'conflict';
  code: string;
  ms: number;
  at: number;
}

const program = new Command()
  .name('loadtest')
  .option('-c, --clients <n>', 'concurrent clients', '8')
  .option('-d, --duration <s>', 'seconds of load', '90')
  .option('-w, --write-share <p>', 'share of requests that are writes (0..1)', '0.3')
  .option('--conflict-share <p>', 'share of turns that send a burst of conflicting writes instead (0..1)', '0.1')
  .option('--restart-at <s>', 'seconds into the run at which Neo4j is restarted (negative: none)', '30')
  .option('--down <s>', 'seconds Neo4j stays down during the restart', '3')
  .parse(process.argv);

async function main(): Promise<void> {
  const opts = program.opts();
  const clients = Number(opts.clients);
  const durationMs = Number(opts.duration) * 1000;
  const writeShare = Number(opts.writeShare);
  const conflictShare = Number(opts.conflictShare);
  const restartAtMs = Number(opts.restartAt) * 1000;
  const downMs = Number(opts.down) * 1000;
  const run = `run-${Date.now().toString(36)}`;
  const idPrefix = `org:loadtest-${run}-`;
  const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

  const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgraph-loadtest-'));
  const boltPort = await freePort();
  const password = 'vetgraph-loadtest';
  const neo4jOptions = { homeDir, boltPort, password, heap: '512m', pageCache: '128m', log };
  log(`Starting a dedicated Neo4j on port ${boltPort} (${homeDir})`);
  const cleanUp = async () => {
    await stopLocalNeo4j(homeDir);
    fs.rmSync(homeDir, { recursive: true, force: true });
  };
  process.once('exit', () => {
    // Last resort when the run dies: never leave the dedicated Neo4j running.
    try {
      const pid = Number(fs.readFileSync(path.join(homeDir, 'run', 'neo4j.pid'), 'utf8'));
      if (pid > 0) process.kill(pid, 'SIGKILL');
    } catch {
      // already stopped
    }
  });
  await startLocalNeo4j(neo4jOptions);
  const config = readConfig({
    ...process.env,
    NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
    NEO4J_PASSWORD: password,
    PORT: '0',
    HOST: '127.0.0.1',
    RATE_LIMIT_MAX: '0',
    LOG_LEVEL: 'silent',
  });
  const application = await startApplication(config, createLogger('silent'));
  const base = application.app.url;
  log('Waiting for the bundled data to load');
  await application.readiness.start();
  const [neo4jVersion] = await application.database.executor.read(namedCypher('loadtest.neo4jVersion'));

  const outcomes: Outcome[] = [];
  const acknowledged = new Set<string>();
  const failed = new Map<string, string>();
  const started = Date.now();
  const deadline = started + durationMs;
  let sequence = 0;

  const readQueries = EXAMPLE_QUERIES.filter((example) => !/^\s*(#.*\n\s*)*mutation/m.test(example.query));
  const editor = `Bearer ${await signLocalToken(config.auth, 'loadtest', ['editor'], '1h')}`;
  const read = async () => {
    const example = readQueries[Math.floor(Math.random() * readQueries.length)];
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    // SERVICE_UNAVAILABLE comes with HTTP 503 (issue 12): counted by its code, as before.
    return body.errors?.[0]?.extensions?.code ?? (response.status === 200 ? 'OK' : `HTTP_${response.status}`);
  };
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: editor },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, any>;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    return {
      code: body.errors?.[0]?.extensions?.code ?? (response.status === 200 ? 'OK' : `HTTP_${response.status}`),
      data: body.data ?? undefined,
    };
  };
  // Another id stem than the plain writes' (`org:loadtest-<run>-<n>`), so each audit finds only its own nodes.
  const conflicts = new ConflictMix(`loadtest-race-${run.slice(4)}-`, post, probeInput);
  await conflicts.setup();
  const write = async () => {
    const id = `${idPrefix}${(sequence += 1)}`;
    let code: string;
    try {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: editor },
        body: JSON.stringify({ query: CREATE, variables: { input: probeInput(id) } }),
      });
      const body = (await response.json()) as {
        data?: { createOrganisation?: { id: string } };
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      code =
        body.data?.createOrganisation?.id === id
          ? 'OK'
          : (body.errors?.[0]?.extensions?.code ?? `HTTP_${response.status}`);
    } catch (error) {
      code = `CLIENT_${(error as Error).name}`;
    }
    if (code === 'OK') acknowledged.add(id);
    else failed.set(id, code);
    return code;
  };
  const client = async () => {
    while (Date.now() < deadline) {
      const draw = Math.random();
      const kind = draw < conflictShare ? 'conflict' : draw < conflictShare + writeShare ? 'write' : 'read';
      const at = Date.now();
      const send = kind === 'conflict' ? () => conflicts.burst().then(() => 'OK') : kind === 'write' ? write : read;
      const code = await send().catch((error: Error) => `CLIENT_${error.name}`);
      outcomes.push({ kind, code, ms: Date.now() - at, at: at - started });
    }
  };

  const restart = async () => {
    if (restartAtMs < 0) return undefined;
    await sleep(restartAtMs);
    log('Restarting Neo4j (SIGTERM)');
    const stoppedAt = Date.now() - started;
    await stopLocalNeo4j(homeDir);
    await sleep(downMs);
    await startLocalNeo4j(neo4jOptions);
    const upAt = Date.now() - started;
    log(`Neo4j is back after ${((upAt - stoppedAt) / 1000).toFixed(1)} s`);
    return { stoppedAtS: stoppedAt / 1000, upAtS: upAt / 1000 };
  };

  log(`Load: ${clients} clients for ${durationMs / 1000} s, ${Math.round(writeShare * 100)} % writes`);
  const [restarted] = await Promise.all([restart(), ...Array.from({ length: clients }, client)]);
  const elapsedS = (Date.now() - started) / 1000;

  // The audit: what the API acknowledged must be in the graph, whole; what failed must be absent or whole.
  const rows = await application.database.executor.read(namedCypher('loadtest.auditRun'), { prefix: idPrefix });
  const inGraph = new Map(rows.map((row) => [String(row.id), isWhole(row)]));
  const lost = [...acknowledged].filter((id) => inGraph.get(id) !== true);
  const halfWritten = [...inGraph].filter(([, seated]) => !seated).map(([id]) => id);
  const failedButPresent = [...failed.keys()].filter((id) => inGraph.get(id) === true);
  const unexplained = [...inGraph.keys()].filter((id) => !acknowledged.has(id) && !failed.has(id));
  const conflictAudit = await conflicts.audit(application.database.executor, isWhole);

  const summary = {
    date: new Date().toISOString(),
    versions: {
      node: process.version,
      neo4j: `${neo4jVersion?.name} ${neo4jVersion?.version} ${neo4jVersion?.edition}`,
      neo4jDriver: packageVersion('neo4j-driver'),
      apolloServer: packageVersion('@apollo/server'),
    },
    machine: {
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      loadAverage1m: os.loadavg()[0],
    },
    settings: {
      clients,
      durationS: durationMs / 1000,
      writeShare,
      conflictShare,
      restart: restarted ?? null,
      requestTimeoutMs: config.requestTimeoutMs,
    },
    requests: {
      total: outcomes.length,
      perSecond: round(outcomes.length / elapsedS),
      reads: describe(outcomes.filter((o) => o.kind === 'read')),
      writes: describe(outcomes.filter((o) => o.kind === 'write')),
      conflictBursts: describe(outcomes.filter((o) => o.kind === 'conflict')),
      all: describe(outcomes),
    },
    audit: {
      acknowledgedWrites: acknowledged.size,
      failedWrites: failed.size,
      lostAcknowledgedWrites: lost.length + conflictAudit.lostAcknowledgedWrites,
      halfWrittenWrites: halfWritten.length,
      failedButFullyPresent: failedButPresent.length,
      unexplainedInGraph: unexplained.length,
    },
    conflicts: conflictAudit,
  };
  const file = path.join(
    projectRoot(),
    'bench',
    'results',
    `loadtest-${summary.date.slice(0, 19).replace(/[:T]/g, '-')}.json`,
  );
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\nWritten to ${path.relative(projectRoot(), file)}\n`);

  await application.stop();
  await cleanUp();
  if (summary.audit.lostAcknowledgedWrites > 0 || halfWritten.length > 0 || conflictAudit.violations.length > 0) {
    process.stderr.write(
      `FAILED: ${summary.audit.lostAcknowledgedWrites} acknowledged writes lost, ${halfWritten.length} half written, ${conflictAudit.violations.length} conflict invariants broken\n`,
    );
    process.exitCode = 1;
  }
}

const CREATE = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }';

/** What each load-test write sends; the audit expects exactly this back. */
function probeInput(id: string) {
  return {
    id,
    name: `Load test ${id}`,
    acronym: 'LT',
    kind: 'NETWORK',
    countryCode: 'BE',
    founded: 2026,
    sources: ['https://example.org/loadtest'],
  };
}

/** True when a stored probe holds every property it was sent, and the bookkeeping a write records. */
function isWhole(row: Record<string, unknown>): boolean {
  const sent = probeInput(String(row.id));
  return (
    row.name === sent.name &&
    row.acronym === sent.acronym &&
    row.kind === sent.kind &&
    row.countryCode === sent.countryCode &&
    row.founded === sent.founded &&
    JSON.stringify(row.sources) === JSON.stringify(sent.sources) &&
    row.updatedBy === 'loadtest' &&
    row.createdAt !== null
  );
}

function describe(list: Outcome[]) {
  const sorted = list.map((o) => o.ms).sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0);
  const errors: Record<string, number> = {};
  for (const o of list) if (o.code !== 'OK') errors[o.code] = (errors[o.code] ?? 0) + 1;
  return {
    count: list.length,
    ok: list.filter((o) => o.code === 'OK').length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: sorted.at(-1) ?? 0,
    errorsByCode: errors,
  };
}

function packageVersion(name: string): string {
  return JSON.parse(fs.readFileSync(path.join(projectRoot(), 'node_modules', name, 'package.json'), 'utf8')).version;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`Load test failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
