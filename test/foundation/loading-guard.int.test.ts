import { readConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { RunningApp, startHttpApp } from '../../src/server/http-app';
import { DatabaseReadiness } from '../../src/app/readiness';
import { loadBundledDataIfEmpty } from '../../src/app/bundled-data';
import { applySchema } from '../../src/db/schema-setup';
import { BUNDLED_FILES, emptyGraph, openTestGraph, TestGraph } from '../support/test-graph';

/*
 * A first start answers HTTP before the bundled dataset is loaded. Until it is, operations get SERVICE_UNAVAILABLE
 * and /health/ready says why, rather than silently answering from a half-loaded graph (an event without its host, a
 * count of 0). The load is held at its start by a gate, so the test does not race the import.
 */
describe('while the bundled dataset is loading into an empty graph', () => {
  let graph: TestGraph;
  let app: RunningApp;
  let readiness: DatabaseReadiness;
  let openGate: () => void;
  let setupDone: Promise<void>;

  const post = async (query: string) => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  };
  const ready = async () => {
    const response = await fetch(`${app.url}/health/ready`);
    return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
  };

  beforeAll(async () => {
    graph = await openTestGraph();
    await emptyGraph(graph);
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    readiness = new DatabaseReadiness(graph.executor, async (enter) => {
      enter('schema');
      await applySchema(graph.executor);
      await loadBundledDataIfEmpty(graph.executor, BUNDLED_FILES, () => enter('bundled-data'));
    }, createLogger('fatal'));
    // The gate holds the import right after the graph was found empty (the phase is already 'bundled-data').
    const original = graph.executor.write.bind(graph.executor);
    let held = false;
    graph.executor.write = (async (...args: Parameters<typeof original>) => {
      if (!held && readiness.loadingData) {
        held = true;
        await gate;
      }
      return original(...args);
    }) as typeof original;
    setupDone = readiness.start();
    const config = readConfig({ ...process.env, PORT: '0', LOAD_BUNDLED_DATA: 'true' });
    app = await startHttpApp({ schema: await buildGraphSchema(), executor: graph.executor, config, logger: createLogger('fatal'), port: 0, host: '127.0.0.1', readiness });
    const deadline = Date.now() + 30_000;
    while (!readiness.loadingData && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  });

  afterAll(async () => {
    openGate?.();
    await app?.stop();
    readiness?.stop();
    await graph?.close();
  });

  it('refuses operations with SERVICE_UNAVAILABLE and says so on /health/ready, but lets the IDE introspect', async () => {
    expect(readiness.loadingData).toBe(true);
    const refused = await post('{ event(id: "event:pla-trainers-2013-louvain-la-neuve") { id } events { totalCount } }');
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(refused.errors![0].message).toContain('still being loaded');
    expect(await ready()).toEqual({ status: 503, body: { status: 'not ready', reason: 'loading the bundled dataset into the empty graph' } });
    const introspection = await post('{ __schema { queryType { name } } }');
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('answers with the whole dataset once the load is done', async () => {
    openGate();
    await setupDone;
    expect(readiness.loadingData).toBe(false);
    expect((await ready()).status).toBe(200);
    const answer = await post('{ event(id: "event:pla-trainers-2013-louvain-la-neuve") { startDate hostedBy { nodes { id } } } events { totalCount } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.event).toEqual({ startDate: '2013-05-28', hostedBy: { nodes: [{ id: 'org:forem' }] } });
    expect(answer.data.events.totalCount).toBe(94);
  });
});
