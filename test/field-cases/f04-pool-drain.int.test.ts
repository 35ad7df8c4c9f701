// @serial (scripts/run-tests.js): expects an answer within a second after the pool drains.
import { readConfig } from '../../src/config';
import { connectDatabase, Database } from '../../src/app/database';
import { createLogger } from '../../src/logger';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { RunningApp, startHttpApp } from '../../src/server/http-app';
import { loadFieldCaseFixture } from '../support/fixtures';
import { openTestGraph, TestGraph } from '../support/test-graph';
import { postGraphQL } from '../support/http-client';
import { connectionsInUse } from '../support/driver-pool';
import { plantBrokenWorkingGroup, QUERY_FAILING_IN_NEO4J } from '../support/neo4j-failure';
import { authHeader } from '../support/tokens';

const BURST = 300;

/** Codes of the first error of each of `count` concurrent requests (OK when there is none). */
async function burst(
  url: string,
  query: string,
  headers: Record<string, string> = {},
  count = BURST,
): Promise<Record<string, number>> {
  const responses = await Promise.all(Array.from({ length: count }, () => postGraphQL(url, query, {}, headers)));
  const codes: Record<string, number> = {};
  for (const response of responses) {
    const code = response.status !== 200 ? `HTTP_${response.status}` : (response.errors?.[0]?.extensions?.code ?? 'OK');
    codes[code] = (codes[code] ?? 0) + 1;
  }
  return codes;
}

describe('F4. Connection pool drained until every query times out', () => {
  let graph: TestGraph;
  let database: Database;
  let app: RunningApp;

  beforeAll(async () => {
    graph = await openTestGraph();
    await loadFieldCaseFixture(graph);
    await plantBrokenWorkingGroup(graph);
    // The API's own driver settings (pool of 50, 10 s acquisition timeout), as `npm start` makes them.
    const config = readConfig({ ...process.env, PORT: '0', RATE_LIMIT_MAX: '0', LOAD_BUNDLED_DATA: 'false' });
    database = await connectDatabase(config);
    app = await startHttpApp({
      schema: await buildGraphSchema(),
      executor: database.executor,
      config,
      logger: createLogger('silent'),
      port: 0,
      host: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
    await graph?.close();
  });

  it('300 concurrent createOrganisation with the existing id org:test-le-centre all get CONFLICT', async () => {
    const editor = await authHeader('editor');
    const duplicate =
      'mutation { createOrganisation(input: { id: "org:test-le-centre", name: "Le Centre Test", countryCode: "BE" }) { id } }';
    expect(await burst(app.url, duplicate, editor)).toEqual({ CONFLICT: BURST });
    expect(await graph.cypher("MATCH (o:Organisation {id: 'org:test-le-centre'}) RETURN count(o) AS n")).toEqual([
      { n: 1 },
    ]);
  });

  it('300 concurrent reads that Neo4j itself refuses all get INTERNAL_SERVER_ERROR', async () => {
    expect(await burst(app.url, QUERY_FAILING_IN_NEO4J)).toEqual({ INTERNAL_SERVER_ERROR: BURST });
  });

  it('300 concurrent requests failing in the resolver after their statement ran all get NOT_FOUND', async () => {
    expect(await burst(app.url, '{ paths(from: "org:missing", to: "org:test-le-centre") { length } }')).toEqual({
      NOT_FOUND: BURST,
    });
  });

  it('300 concurrent transactions whose work throws after a statement are rolled back and release their sessions', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: BURST }, (_, i) =>
        database.executor.writeTransaction(async (tx) => {
          await tx.run('CREATE (:F4Probe {n: $i})', { i });
          throw new Error('work failed after the session opened');
        }),
      ),
    );
    expect(
      results.filter(
        (r) => r.status === 'rejected' && (r.reason as Error).message === 'work failed after the session opened',
      ),
    ).toHaveLength(BURST);
    expect(await graph.cypher('MATCH (p:F4Probe) RETURN count(p) AS n')).toEqual([{ n: 0 }]);
  });

  it('then one normal query answers in under 1 s and the driver has 0 connections in use', async () => {
    const started = Date.now();
    const response = await postGraphQL(app.url, '{ organisation(id: "org:test-le-centre") { name } }');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ organisation: { name: 'Le Centre Test' } });
    expect(connectionsInUse(database.driver)).toBe(0);
  });
});
