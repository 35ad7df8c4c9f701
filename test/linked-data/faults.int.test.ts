import neo4j from 'neo4j-driver';
import { Executor } from '../../src/db/executor';
import { INTERNALS } from '../support/neo4j-failure';
import { startTestApi, TestApi, useTestApi } from '../support/test-api';
import { emptyGraph, TestGraph } from '../support/test-graph';

describe('linked data when the graph cannot answer', () => {
  const fixture = useTestApi(async (graph) => {
    await emptyGraph(graph);
    // An id under our unique constraint without a type label: the API never writes one; it stands for corrupt data.
    await graph.cypher("CREATE (:Entity {id: 'event:test-without-type', name: 'Broken'})");
  });

  it('masks an unexpected failure as a 500 without internals', async () => {
    const response = await fetch(`${fixture.api.url}/id/event/test-without-type`, {
      headers: { accept: 'application/ld+json' },
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(text).not.toMatch(INTERNALS);
  });

  it('answers 503 SERVICE_UNAVAILABLE when Neo4j cannot be reached, for an entity and for the dump', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'), {
      connectionTimeout: 1_000,
      maxTransactionRetryTime: 0,
    });
    let api: TestApi | undefined;
    try {
      api = await startTestApi({ executor: new Executor(driver, undefined) } as TestGraph);
      for (const path of ['/id/country/BE', '/id/dump.jsonld']) {
        const response = await fetch(`${api.url}${path}`);
        expect(response.status).toBe(503);
        expect((await response.json()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      }
    } finally {
      await api?.stop();
      await driver.close();
    }
  });
});
