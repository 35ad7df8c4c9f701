import { Writable } from 'node:stream';
import pino from 'pino';
import { readConfig } from '../../src/config';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { RunningApp, startHttpApp } from '../../src/server/http-app';
import { loadFieldCaseFixture } from '../support/fixtures';
import { openTestGraph, TestGraph } from '../support/test-graph';
import { postGraphQL } from '../support/http-client';
import { INTERNALS, plantBrokenWorkingGroup, QUERY_FAILING_IN_NEO4J } from '../support/neo4j-failure';

describe('production mode masks internal errors and logs them with the request id the client gets (issue 6, section 2)', () => {
  let graph: TestGraph;
  let app: RunningApp;
  const logLines: Array<Record<string, any>> = [];

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadFieldCaseFixture(graph);
    await plantBrokenWorkingGroup(graph);
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const config = readConfig({ ...process.env, NODE_ENV: 'production', PORT: '0', LOAD_BUNDLED_DATA: 'false' });
    app = await startHttpApp({
      schema: await buildGraphSchema(),
      executor: graph.executor,
      config,
      logger: pino({ level: 'info' }, sink),
      port: 0,
      host: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await app?.stop();
    await graph?.close();
  });

  it('answers INTERNAL_SERVER_ERROR with the request id and logs the Neo4j error under the same id', async () => {
    const response = await postGraphQL(app.url, QUERY_FAILING_IN_NEO4J);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      }),
    ]);
    expect(JSON.stringify(response)).not.toMatch(INTERNALS);
    expect(response.extensions).toBeUndefined(); // no dbRoundTrips in production

    const logged = logLines.filter((line) => line.requestId === requestId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 50, msg: 'request failed', path: ['workingGroups'] });
    expect(logged[0].err.code).toMatch(/^Neo\.ClientError\.Statement\./);
    expect(logged[0].err.message).toMatch(/toLower/);
  });

  it('keeps a gateway’s well-formed x-request-id and replaces one that is not', async () => {
    const kept = await postGraphQL(app.url, QUERY_FAILING_IN_NEO4J, {}, { 'x-request-id': 'gw-1234.abc' });
    expect(kept.headers.get('x-request-id')).toBe('gw-1234.abc');
    expect(kept.errors![0].extensions!.requestId).toBe('gw-1234.abc');
    const replaced = await postGraphQL(
      app.url,
      QUERY_FAILING_IN_NEO4J,
      {},
      { 'x-request-id': '<script>alert(1)</script>' },
    );
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('passes errors the client can act on (BAD_USER_INPUT) unmasked and does not log them as failures', async () => {
    const response = await postGraphQL(app.url, '{ organisations(first: 1000) { nodes { id } } }');
    expect(response.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] } });
    expect(logLines.some((line) => line.level >= 50 && JSON.stringify(line).includes('page size cap'))).toBe(false);
  });
});
