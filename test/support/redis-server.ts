import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createClient } from 'redis';
import { freePort, waitFor } from './dedicated-neo4j';

/** A redis-server of the test's own, on a free loopback port, keeping nothing on disk. Stop it in afterAll. */
export interface TestRedis {
  url: string;
  /** The keys under `prefix` and their values. */
  keys(prefix: string): Promise<string[]>;
  stop(): Promise<void>;
}

/** Debian's redis-server (apt package `redis-server`; .ci/run installs it), or REDIS_SERVER_PATH. */
export function redisServerPath(): string {
  const path = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
  if (!existsSync(path))
    throw new Error(`redis-server not found at ${path}: apt-get install redis-server, or set REDIS_SERVER_PATH`);
  return path;
}

/**
 * Starts redis-server on 127.0.0.1 and `port` (default: a free one), without persistence, and waits until it answers PING.
 * @throws Error when it does not answer within 15 s
 */
export async function startTestRedis(port?: number): Promise<TestRedis> {
  port ??= await freePort();
  const child: ChildProcess = spawn(
    redisServerPath(),
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  const client = createClient({ url, socket: { reconnectStrategy: 100 } });
  client.on('error', () => undefined);
  const connecting = client.connect();
  const up = await waitFor(async () => (await client.ping()) === 'PONG', 15_000);
  await connecting;
  if (!up) {
    child.kill('SIGKILL');
    throw new Error(`redis-server did not answer on port ${port}`);
  }
  return {
    url,
    keys: (prefix) => client.keys(`${prefix}*`),
    async stop() {
      await client.close();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
