import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-server/local-neo4j';

/**
 * A second Neo4j that one test file owns and may stop and start at will (fault tests); the shared test server of
 * global-setup.ts is never touched. Its folder is a fresh temp dir and its Bolt port a free one, chosen before it
 * first starts, so an API can be pointed at it while it is still down.
 */
export interface DedicatedNeo4j {
  uri: string;
  password: string;
  start(): Promise<void>;
  /** Stops the server (SIGTERM, as an operator's restart does) and waits until the process has exited. */
  stop(): Promise<void>;
  /** Stops it and deletes its folder (afterAll). */
  remove(): Promise<void>;
}

/** Reserves a port and a folder for a dedicated Neo4j; does not start it. */
export async function dedicatedNeo4j(): Promise<DedicatedNeo4j> {
  const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgraph-fault-neo4j-'));
  const boltPort = await freePort();
  const password = 'vetgraph-faults';
  return {
    uri: `bolt://127.0.0.1:${boltPort}`,
    password,
    async start() {
      await startLocalNeo4j({ homeDir, boltPort, password, heap: '384m', pageCache: '64m', log: () => undefined });
    },
    async stop() {
      await stopLocalNeo4j(homeDir);
    },
    async remove() {
      await stopLocalNeo4j(homeDir);
      fs.rmSync(homeDir, { recursive: true, force: true });
    },
  };
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
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

/** Polls `check` every `everyMs` until it is true or `timeoutMs` has passed; returns its last answer. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, everyMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return check().catch(() => false);
}
