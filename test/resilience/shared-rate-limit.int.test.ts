// @serial (scripts/run-tests.js): counts requests in a rate-limit window.
import path from 'node:path';
import { ChildProcess, spawn } from 'node:child_process';
import { projectRoot } from '../../src/project-root';
import { REDIS_KEY_PREFIX } from '../../src/server/rate-limit';
import { freePort, waitFor } from '../support/dedicated-neo4j';
import { readiness } from '../support/http-client';
import { startTestRedis, TestRedis } from '../support/redis-server';

/*
 * Issue 12, item 6: API processes behind one load balancer share one rate limit when RATE_LIMIT_REDIS_URL names a
 * Redis. Two real API processes (dist/src/main.js, as `npm start` runs it) over the test Neo4j and one redis-server
 * of the test's own; the same client alternates between them. Without Redis, each process counts alone.
 */

const LIMIT = 4;

interface ApiProcess {
  url: string;
  child: ChildProcess;
}

async function startApi(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'src', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOAD_BUNDLED_DATA: 'false',
      LOG_LEVEL: 'error',
      RATE_LIMIT_MAX: String(LIMIT),
      RATE_LIMIT_WINDOW_MS: '60000',
      ...env,
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  if (!(await waitFor(async () => (await readiness(url)).status === 200, 60_000)))
    throw new Error(`the API on port ${port} did not become ready`);
  return { url, child };
}

async function stopApi(api: ApiProcess | undefined): Promise<void> {
  if (!api || api.child.exitCode !== null) return;
  const exited = new Promise((resolve) => api.child.once('exit', resolve));
  api.child.kill('SIGTERM');
  await exited;
}

/** Sends `count` requests, alternating between the processes, and returns the HTTP statuses in order. */
async function alternate(apis: ApiProcess[], count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(`${apis[i % apis.length].url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    statuses.push(response.status);
  }
  return statuses;
}

/** True when the process counted this request in Redis (a request that passes uncounted gets no RateLimit header). */
async function counted(api: ApiProcess): Promise<boolean> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ __typename }"}',
  });
  return response.headers.has('ratelimit');
}

describe('shared rate limit across API processes (issue 12, item 6)', () => {
  let redis: TestRedis | undefined;
  let apis: ApiProcess[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterEach(async () => {
    await Promise.all(apis.map(stopApi));
    apis = [];
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it(`two processes sharing one Redis refuse the client's request number ${LIMIT + 1}, whichever process gets it`, async () => {
    apis = await Promise.all([
      startApi({ RATE_LIMIT_REDIS_URL: redis!.url }),
      startApi({ RATE_LIMIT_REDIS_URL: redis!.url }),
    ]);
    expect(await alternate(apis, LIMIT + 2)).toEqual([200, 200, 200, 200, 429, 429]);
    expect(await redis!.keys(REDIS_KEY_PREFIX)).toEqual([`${REDIS_KEY_PREFIX}ip:127.0.0.1`]);
  });

  it('while that Redis is down requests pass uncounted within about a second; once it is up, counting resumes', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    apis = await Promise.all([startApi({ RATE_LIMIT_REDIS_URL: url }), startApi({ RATE_LIMIT_REDIS_URL: url })]);
    const started = Date.now();
    expect(await alternate(apis, LIMIT + 2)).toEqual(Array(LIMIT + 2).fill(200));
    expect(Date.now() - started).toBeLessThan((LIMIT + 2) * 2_000);
    const late = await startTestRedis(port);
    try {
      // The clients reconnect with backoff: wait until each process counts again (its answer has RateLimit headers).
      expect(await waitFor(async () => (await counted(apis[0])) && (await counted(apis[1])), 20_000, 300)).toBe(true);
      const statuses = await alternate(apis, LIMIT + 1);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(1);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await late.stop();
    }
  });

  it('without RATE_LIMIT_REDIS_URL each process counts in its own memory (the embedded default)', async () => {
    apis = await Promise.all([startApi({ RATE_LIMIT_REDIS_URL: '' }), startApi({ RATE_LIMIT_REDIS_URL: '' })]);
    expect(await alternate(apis, LIMIT + 2)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await alternate(apis, 4)).toEqual([200, 200, 429, 429]);
  });
});
