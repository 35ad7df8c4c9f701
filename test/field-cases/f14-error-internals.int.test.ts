import { loadFieldCaseFixture } from '../support/fixtures';
import { startTestApi, TestApi } from '../support/test-api';
import { openTestGraph, TestGraph } from '../support/test-graph';
import { INTERNALS, plantBrokenWorkingGroup, QUERY_FAILING_IN_NEO4J } from '../support/neo4j-failure';

describe.each([['unset'], ['development'], ['production']])(
  'F14. Stack traces and internals in error responses (NODE_ENV %s)',
  (nodeEnv) => {
    let graph: TestGraph;
    let api: TestApi;
    const saved = process.env.NODE_ENV;

    beforeAll(async () => {
      // Apollo reads process.env.NODE_ENV itself, so the variable is set for real, not only in our config.
      if (nodeEnv === 'unset') delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
      graph = await openTestGraph();
      await loadFieldCaseFixture(graph);
      await plantBrokenWorkingGroup(graph);
      api = await startTestApi(graph, nodeEnv === 'production' ? { NODE_ENV: 'production' } : {});
    });
    afterAll(async () => {
      process.env.NODE_ENV = saved;
      await api?.stop();
      await graph?.close();
    });

    it.each([
      ['{}', /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/],
      ['{"query":"{ organisation(id: "}', /^Syntax Error: /],
      ['{"query":', /^Malformed JSON request body$/],
    ])('body %s: 400 with one short message and nothing internal', async (body, message) => {
      const response = await api.post(body);
      expect(response.status).toBe(400);
      const { errors } = JSON.parse(response.text);
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toMatch(message);
      expect(errors[0].message.length).toBeLessThan(120);
      expect(errors[0].extensions).not.toHaveProperty('stacktrace');
      expect(response.text).not.toMatch(INTERNALS);
    });

    it('a valid query that makes Neo4j fail: INTERNAL_SERVER_ERROR with a request id, nothing internal', async () => {
      const response = await api.query(QUERY_FAILING_IN_NEO4J);
      expect(response.errors).toEqual([
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 3 }],
          path: ['workingGroups'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: response.headers.get('x-request-id') },
        },
      ]);
      expect(JSON.stringify(response)).not.toMatch(INTERNALS);
    });
  },
);
