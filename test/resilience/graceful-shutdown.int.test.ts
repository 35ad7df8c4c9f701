// @serial (scripts/run-tests.js): times the shutdown grace period.
import http from 'node:http';
import path from 'node:path';
import { ChildProcess, spawn } from 'node:child_process';
import { projectRoot } from '../../src/project-root';
import { freePort, waitFor } from '../support/dedicated-neo4j';
import { readiness } from '../support/http-client';

/** Sends headers and the first half of a POST body now; `finish()` sends the rest and resolves with the answer. */
function slowRequest(
  port: number,
  body: string,
): { finish(): Promise<{ status: number; text: string }>; closed: Promise<string> } {
  const request = http.request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on('error', reject);
  });
  const closed = answer.then(
    () => 'answered',
    (error: Error) => `closed: ${error.message}`,
  );
  request.write(body.slice(0, 10));
  return {
    finish() {
      request.end(body.slice(10));
      return answer;
    },
    closed,
  };
}

describe('graceful shutdown on SIGTERM (issue 6, section 2)', () => {
  let child: ChildProcess;
  let output = '';
  let port: number;
  const GRACE_MS = 3_000;

  beforeAll(async () => {
    port = await freePort();
    child = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'src', 'main.js')], {
      // NODE_ENV as deployed: Apollo installs its own signal handlers outside NODE_ENV=test, which jest sets.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOAD_BUNDLED_DATA: 'false',
        SHUTDOWN_GRACE_MS: String(GRACE_MS),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    expect(await waitFor(async () => (await readiness(`http://127.0.0.1:${port}`)).status === 200, 60_000)).toBe(true);
  });
  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('stops accepting, finishes the in-flight request, cuts a stalled one after the grace period, closes the driver, exits 0', async () => {
    const inFlight = slowRequest(
      port,
      JSON.stringify({ query: '{ __typename organisations(first: 1) { totalCount } }' }),
    );
    const stalled = slowRequest(port, JSON.stringify({ query: '{ __typename }' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      child.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const refused = await fetch(`http://127.0.0.1:${port}/health/live`).then(
      () => 'accepted',
      (error: Error) => `refused: ${(error.cause as Error)?.message ?? error.message}`,
    );
    expect(refused).toMatch(/refused: .*ECONNREFUSED/);

    const answer = await inFlight.finish();
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data).toEqual({
      __typename: 'Query',
      organisations: { totalCount: expect.any(Number) },
    });

    const { code, at } = await exited;
    expect(code).toBe(0);
    expect(await stalled.closed).toMatch(/^closed: /);
    expect(at - signalledAt).toBeGreaterThanOrEqual(GRACE_MS - 100);
    expect(at - signalledAt).toBeLessThan(GRACE_MS + 5_000);
    expect(output).toMatch(/SIGTERM: shutting down/);
    expect(output).toMatch(/Stopped: HTTP server closed, in-flight requests done, Neo4j driver closed/);
  });
});
