// @serial (scripts/run-tests.js): polls a starting server against a deadline.
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { freePort } from '../support/dedicated-neo4j';
import { BUNDLED_COUNTS } from '../support/bundled-counts';
import { emptyGraph, openTestGraph, TestGraph } from '../support/test-graph';

/** What the poll saw at one instant. */
interface Seen {
  status: number;
  retryAfter: string | null;
  body: { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
}

/** A query whose answer is wrong if any of the data is missing: a count and an event with its host. */
const QUERY =
  '{ organisations(first: 1) { totalCount } event(id: "event:pla-trainers-2013-louvain-la-neuve") { hostedBy { totalCount } } }';
/** How long the poll may run: a first start loads the bundled data (about 15 s here). Bounded, loopback only. */
const POLL_LIMIT_MS = 90_000;

/**
 * Issue 12, item 2: no answer before the data is there. The built server is started as its own process (as `npm
 * start` runs it) over an empty graph, and polled from the first instant its port accepts: every answer until the
 * bundled data is in is 503 with Retry-After and SERVICE_UNAVAILABLE, and the first 200 is the whole answer, never a
 * 200 with nulls or zeros.
 */
describe('start-up: 503 with Retry-After from the first accepted connection until the data is there', () => {
  let graph: TestGraph;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
  });
  afterAll(async () => {
    child?.kill('SIGTERM');
    await graph.close();
  });

  it('polls every 20 ms from process start: only 503 + Retry-After, then complete answers', async () => {
    const port = await freePort();
    child = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'src', 'main.js')], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOAD_BUNDLED_DATA: 'true',
        RATE_LIMIT_MAX: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
    const seen: Seen[] = [];
    let refusedConnections = 0;
    let introspection: { status: number; body: unknown } | undefined;
    const deadline = Date.now() + POLL_LIMIT_MS;
    while (Date.now() < deadline && !seen.some((s) => s.status === 200)) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
        });
        seen.push({
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          body: (await response.json()) as Seen['body'],
        });
        // Meanwhile introspection passes (the IDE loads the schema): asked at the first refusal.
        if (response.status === 503 && introspection === undefined) {
          const schema = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
          });
          introspection = { status: schema.status, body: await schema.json() };
        }
      } catch {
        refusedConnections += 1; // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const early = seen.filter((s) => s.status !== 200);
    expect(early.length).toBeGreaterThan(0);
    expect(refusedConnections).toBeGreaterThan(0);
    for (const answer of early) {
      expect({
        status: answer.status,
        retryAfter: answer.retryAfter,
        codes: answer.body.errors?.map((e) => e.extensions?.code),
        data: answer.body.data ?? null,
      }).toEqual({
        status: 503,
        retryAfter: '5',
        codes: ['SERVICE_UNAVAILABLE'],
        data: null,
      });
    }
    const first = seen[seen.length - 1];
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.organisations.totalCount).toBe(BUNDLED_COUNTS.byType.Organisation);
    expect(first.body.data.event.hostedBy.totalCount).toBeGreaterThan(0);
    expect(introspection).toMatchObject({
      status: 200,
      body: { data: { __schema: { queryType: { name: 'Query' } } } },
    });
  });
});
