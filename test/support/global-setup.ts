import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { startLocalNeo4j } from '../../src/db/local-server/local-neo4j';

/** Password of the throw-away test server. */
export const TEST_PASSWORD = 'vetgraph-test';

/**
 * Starts a fresh Neo4j Community server for the test run: a new folder under the OS temp dir, a free Bolt port,
 * an empty database. Its address reaches the tests through NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD. When
 * NEO4J_TEST_URI is set, that server is used instead and nothing is started.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) {
    process.env.NEO4J_URI = process.env.NEO4J_TEST_URI;
    return;
  }
  const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgraph-test-neo4j-'));
  const boltPort = await freePort();
  try {
    const server = await startLocalNeo4j({
      homeDir,
      boltPort,
      password: TEST_PASSWORD,
      heap: '768m',
      pageCache: '128m',
      log: () => undefined,
    });
    process.env.NEO4J_URI = server.uri;
    process.env.NEO4J_USERNAME = 'neo4j';
    process.env.NEO4J_PASSWORD = TEST_PASSWORD;
    process.env.VETGRAPH_TEST_NEO4J_HOME = homeDir;
  } catch (error) {
    // One clear line (e.g. "Java 17 or newer is needed ...") instead of a stack trace.
    process.stderr.write(`\nCannot start the test Neo4j: ${(error as Error).message}\n`);
    throw new Error((error as Error).message);
  }
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
