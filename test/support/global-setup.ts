import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { startLocalNeo4j } from '../../src/db/local-server/local-neo4j';
import globalTeardown from './global-teardown';
import { testWorkers, workerVariable } from './test-servers';

/** Password of the throw-away test servers. */
export const TEST_PASSWORD = 'vetgraph-test';

/**
 * Starts one fresh Neo4j Community server per Jest worker (test-servers.ts): each in a new folder under the OS temp
 * dir, on a free Bolt port, with an empty database. Worker N finds its server's address in NEO4J_URI_N and its folder
 * in VETGRAPH_TEST_NEO4J_HOME_N; test/support/worker-server.ts copies them to NEO4J_URI and VETGRAPH_TEST_NEO4J_HOME
 * before each test file. When NEO4J_TEST_URI is set, that server is used instead, by one worker, and nothing is
 * started.
 *
 * @throws Error with one clear line when a server cannot start (e.g. "Java 17 or newer is needed ...").
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) {
    process.env.NEO4J_URI = process.env.NEO4J_TEST_URI;
    return;
  }
  stopServersOnSignal();
  try {
    await Promise.all(testWorkers().map(startWorkerServer));
  } catch (error) {
    process.stderr.write(`\nCannot start the test Neo4j: ${(error as Error).message}\n`);
    throw new Error((error as Error).message);
  }
  process.env.NEO4J_USERNAME = 'neo4j';
  process.env.NEO4J_PASSWORD = TEST_PASSWORD;
  process.env.NEO4J_URI = process.env[workerVariable('NEO4J_URI', 1)];
  process.env.VETGRAPH_TEST_NEO4J_HOME = process.env[workerVariable('VETGRAPH_TEST_NEO4J_HOME', 1)];
}

/**
 * A test run that is interrupted (Ctrl-C, a CI timeout's SIGTERM) skips Jest's global teardown, and the servers,
 * which run in their own process group, would outlive it with their folders. On the first such signal this process
 * runs the teardown, then takes the signal again with its default action (it ends the run as the signal meant to).
 */
function stopServersOnSignal(): void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const stop = (signal: NodeJS.Signals) => {
    for (const other of signals) process.off(other, stop);
    process.stderr.write(`\n${signal}: stopping the test Neo4j servers ...\n`);
    void globalTeardown()
      .catch(() => undefined)
      .finally(() => process.kill(process.pid, signal));
  };
  for (const signal of signals) process.on(signal, stop);
}

async function startWorkerServer(worker: number): Promise<void> {
  const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgraph-test-neo4j-'));
  // Recorded before the start, so that the teardown removes the folder even when the start fails.
  process.env[workerVariable('VETGRAPH_TEST_NEO4J_HOME', worker)] = homeDir;
  const server = await startLocalNeo4j({
    homeDir,
    boltPort: await freePort(),
    password: TEST_PASSWORD,
    heap: '768m',
    pageCache: '128m',
    log: () => undefined,
  });
  process.env[workerVariable('NEO4J_URI', worker)] = server.uri;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
