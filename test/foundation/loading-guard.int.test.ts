import { readConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { RunningApp, startHttpApp } from '../../src/server/http-app';
import { DatabaseReadiness } from '../../src/app/readiness';
import { SetupPhase } from '../../src/server/readiness';
import { databaseSetup } from '../../src/app/application';
import { BUNDLED_COUNTS } from '../support/bundled-counts';
import { BUNDLED_FILES, emptyGraph, openTestGraph, TestGraph } from '../support/test-graph';

/*
 * A first start answers HTTP before the database setup (constraints and indexes, then the bundled dataset) is done.
 * Until it is, operations get SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, and /health/ready says which step
 * runs, rather than answers from an empty or half-loaded graph (an event without its host, a count of 0). Each step
 * is held at its first write by a gate, so the test does not race the setup.
 */
describe('while the database setup runs on an empty graph', () => {
  let graph: TestGraph;
  let app: RunningApp;
  let readiness: DatabaseReadiness;
  const gates = new Map<SetupPhase, { open: () => void; held: Promise<void> }>();
  let setupDone: Promise<void>;

  for (const phase of ['schema', 'bundled-data'] as const) {
    let open!: () => void;
    const held = new Promise<void>((resolve) => (open = resolve));
    gates.set(phase, { open, held });
  }

  const post = async (query: string) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      data?: any;
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
  };
  const ready = async () => {
    const response = await fetch(`${app.url}/health/ready`);
    return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
  };
  const waitFor = async (phase: SetupPhase) => {
    const deadline = Date.now() + 30_000;
    while (readiness.settingUp !== phase && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
  };

  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    // The schema step writes only what the database lacks (src/db/schema-setup.ts): take one index away, as on a
    // first start, so that the step has a write to hold at its gate.
    await graph.cypher('DROP INDEX event_year IF EXISTS');
    readiness = new DatabaseReadiness(
      graph.executor,
      databaseSetup(graph.executor, { loadBundledData: true, seedFiles: BUNDLED_FILES }, createLogger('fatal')),
      createLogger('fatal'),
    );
    // Each step's first write waits at its gate.
    const original = graph.executor.write.bind(graph.executor);
    const passed = new Set<SetupPhase>();
    graph.executor.write = (async (...args: Parameters<typeof original>) => {
      const phase = readiness.settingUp;
      if (phase && !passed.has(phase)) {
        passed.add(phase);
        await gates.get(phase)!.held;
      }
      return original(...args);
    }) as typeof original;
    setupDone = readiness.start();
    const config = readConfig({ ...process.env, PORT: '0', LOAD_BUNDLED_DATA: 'true' });
    app = await startHttpApp({
      schema: await buildGraphSchema(),
      executor: graph.executor,
      config,
      logger: createLogger('fatal'),
      port: 0,
      host: '127.0.0.1',
      readiness,
    });
    await waitFor('schema');
  });

  afterAll(async () => {
    for (const gate of gates.values()) gate.open();
    await app?.stop();
    readiness?.stop();
    await graph?.close();
  });

  const LOUVAIN =
    '{ event(id: "event:pla-trainers-2013-louvain-la-neuve") { startDate hostedBy { nodes { id } } } events { totalCount } }';

  it('while constraints and indexes are applied: 503 SERVICE_UNAVAILABLE with Retry-After, and the step on /health/ready', async () => {
    expect(readiness.settingUp).toBe('schema');
    const refused = await post(LOUVAIN);
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('5');
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(refused.errors![0].message).toContain('constraints and indexes');
    expect(await ready()).toEqual({
      status: 503,
      body: { status: 'not ready', reason: 'applying constraints and indexes' },
    });
  });

  it('while the bundled dataset loads: refused the same way, but the IDE can introspect', async () => {
    gates.get('schema')!.open();
    await waitFor('bundled-data');
    expect(readiness.settingUp).toBe('bundled-data');
    const refused = await post(LOUVAIN);
    expect(refused.status).toBe(503);
    expect(refused.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(refused.errors![0].message).toContain('still being loaded');
    expect(await ready()).toEqual({
      status: 503,
      body: { status: 'not ready', reason: 'loading the bundled dataset into the empty graph' },
    });
    const introspection = await post('{ __schema { queryType { name } } }');
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('answers with the whole dataset once the setup is done', async () => {
    gates.get('bundled-data')!.open();
    await setupDone;
    expect(readiness.settingUp).toBe(false);
    expect((await ready()).status).toBe(200);
    const answer = await post(LOUVAIN);
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.event).toEqual({ startDate: '2013-05-28', hostedBy: { nodes: [{ id: 'org:forem' }] } });
    expect(answer.data.events.totalCount).toBe(BUNDLED_COUNTS.byType.Event);
  });
});
