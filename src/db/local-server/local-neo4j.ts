import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { ensureNeo4jJars } from './neo4j-jars';
import { requireJava } from './prerequisites';

/** How to run the project's own Neo4j Community server. */
export interface LocalNeo4jOptions {
  /** Folder for conf/, data/, logs/ and run/ (created when missing). */
  homeDir: string;
  /** Bolt port, bound on 127.0.0.1 only. */
  boltPort: number;
  /** Password of the `neo4j` user; set once when the database is first created. */
  password: string;
  /** JVM heap, e.g. `512m`. */
  heap: string;
  /** Page cache, e.g. `256m`. */
  pageCache: string;
  /** Extra `neo4j.conf` lines (setting → value). */
  extraSettings?: Record<string, string>;
  /** How long to wait for Bolt to answer, in milliseconds (default 120 000). */
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

/** A running local server. */
export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** True when a server already running from the same folder was reused. */
  reused: boolean;
}

/** The JVM options Neo4j's own launcher passes on Java 17 (module access for NIO and memory-mapped files). */
const JVM_MODULE_OPTIONS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

/**
 * Starts Neo4j Community from the Maven-fetched jars as a detached process (it outlives this Node process until
 * {@link stopLocalNeo4j}), or reuses the one already running from `homeDir`. Resolves once Bolt accepts the password.
 * @throws MissingPrerequisiteError when Java or Maven is missing
 * @throws Error when the server exits early or Bolt does not answer in time (the message quotes its log)
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  const dirs = layout(options.homeDir);
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const running = runningPid(options.homeDir);
  if (running !== undefined) {
    const runningUri = `bolt://127.0.0.1:${fs.readFileSync(dirs.portFile, 'utf8').trim()}`;
    await waitForBolt(runningUri, options.password, running, dirs.logs, options.startTimeoutMs);
    return { uri: runningUri, pid: running, reused: true };
  }
  requireJava();
  const libDir = ensureNeo4jJars(log);
  for (const dir of Object.values(dirs))
    if (!dir.endsWith('.pid') && !dir.endsWith('.port')) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dirs.conf, 'neo4j.conf'), neo4jConf(options, dirs));
  if (!fs.existsSync(path.join(dirs.data, 'dbms', 'auth.ini')))
    setInitialPassword(options.homeDir, dirs.conf, libDir, options.password);

  const console = fs.openSync(path.join(dirs.logs, 'console.log'), 'a');
  const child = spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      ...JVM_MODULE_OPTIONS,
      '-cp',
      `${libDir}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${options.homeDir}`,
      `--config-dir=${dirs.conf}`,
    ],
    { detached: true, stdio: ['ignore', console, console] },
  );
  fs.closeSync(console);
  if (child.pid === undefined) throw new Error('could not spawn java for Neo4j');
  child.unref();
  fs.writeFileSync(dirs.pidFile, String(child.pid));
  fs.writeFileSync(dirs.portFile, String(options.boltPort));
  log(`Starting Neo4j Community on ${uri} (data in ${options.homeDir}) ...`);
  await waitForBolt(uri, options.password, child.pid, dirs.logs, options.startTimeoutMs);
  return { uri, pid: child.pid, reused: false };
}

/**
 * Stops the server started from `homeDir` (SIGTERM, then SIGKILL after `timeoutMs`) and waits until it has exited.
 * @returns true when a server was running
 */
export async function stopLocalNeo4j(homeDir: string, timeoutMs = 60_000): Promise<boolean> {
  const dirs = layout(homeDir);
  const pid = runningPid(homeDir);
  if (pid === undefined) {
    fs.rmSync(dirs.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  fs.rmSync(dirs.pidFile, { force: true });
  return true;
}

/** The pid of the Neo4j started from `homeDir` when it is still running (checked against /proc), else undefined. */
export function runningPid(homeDir: string): number | undefined {
  const { pidFile } = layout(homeDir);
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  // A recycled pid must not be mistaken for our server.
  const cmdline = `/proc/${pid}/cmdline`;
  if (fs.existsSync(cmdline) && !fs.readFileSync(cmdline, 'utf8').includes(`--home-dir=${homeDir}`)) return undefined;
  return pid;
}

function layout(homeDir: string) {
  const run = path.join(homeDir, 'run');
  return {
    conf: path.join(homeDir, 'conf'),
    data: path.join(homeDir, 'data'),
    logs: path.join(homeDir, 'logs'),
    run,
    pidFile: path.join(run, 'neo4j.pid'),
    portFile: path.join(run, 'bolt.port'),
  };
}

function neo4jConf(options: LocalNeo4jOptions, dirs: ReturnType<typeof layout>): string {
  const settings: Record<string, string> = {
    'server.default_listen_address': '127.0.0.1',
    'server.bolt.listen_address': `127.0.0.1:${options.boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${options.boltPort}`,
    'server.http.enabled': 'false',
    'server.https.enabled': 'false',
    'server.directories.data': dirs.data,
    'server.directories.logs': dirs.logs,
    'server.directories.run': dirs.run,
    'server.directories.plugins': path.join(options.homeDir, 'plugins'),
    'server.directories.import': path.join(options.homeDir, 'import'),
    'server.memory.heap.initial_size': options.heap,
    'server.memory.heap.max_size': options.heap,
    'server.memory.pagecache.size': options.pageCache,
    'dbms.security.auth_enabled': 'true',
    // No phoning home from a developer machine or CI.
    'dbms.usage_report.enabled': 'false',
    ...options.extraSettings,
  };
  return `# Written by src/db/local-server/local-neo4j.ts on every start; edit the code, not this file.\n${Object.entries(
    settings,
  )
    .map(([key, value]) => `${key}=${value}`)
    .join('\n')}\n`;
}

function setInitialPassword(homeDir: string, confDir: string, libDir: string, password: string): void {
  const result = spawnSync(
    'java',
    ['-cp', `${libDir}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    {
      env: { ...process.env, NEO4J_HOME: homeDir, NEO4J_CONF: confDir },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0)
    throw new Error(`neo4j-admin set-initial-password failed: ${(result.stderr || result.stdout).trim()}`);
}

async function waitForBolt(
  uri: string,
  password: string,
  pid: number,
  logsDir: string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) throw new Error(`Neo4j exited while starting. Last lines of its log:\n${logTail(logsDir)}`);
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
      connectionTimeout: 2_000,
      logging: undefined,
    });
    try {
      await driver.verifyAuthentication();
      return;
    } catch (error) {
      lastError = error;
      const code = (error as { code?: string }).code ?? '';
      if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
        throw new Error(
          `The local Neo4j at ${uri} refused the password. Its database was created with another NEO4J_PASSWORD; ` +
            'use that one, or run `npm run db:stop` and delete the data folder to start afresh.',
        );
      }
    } finally {
      await driver.close();
    }
    await sleep(250);
  }
  throw new Error(`Neo4j did not answer on ${uri} within ${timeoutMs} ms (${String(lastError)}).\n${logTail(logsDir)}`);
}

function logTail(logsDir: string): string {
  for (const file of ['neo4j.log', 'console.log']) {
    const full = path.join(logsDir, file);
    if (fs.existsSync(full)) return fs.readFileSync(full, 'utf8').trim().split('\n').slice(-15).join('\n');
  }
  return '(no log written)';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch {
    return false;
  }
}

function isZombie(pid: number): boolean {
  try {
    return /\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
