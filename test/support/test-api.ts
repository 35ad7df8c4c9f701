import { readConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { RunningApp, startHttpApp } from '../../src/server/http-app';
import { openTestGraph, TestGraph } from './test-graph';

/** A GraphQL response as the HTTP client sees it. */
export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
  extensions?: Record<string, any>;
  headers: Headers;
}

/** The real HTTP server on a free port, over the test graph; stop it in afterAll. */
export interface TestApi {
  app: RunningApp;
  url: string;
  /** POSTs a GraphQL request to /graphql. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** POSTs a raw body (for malformed-request tests). */
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  stop(): Promise<void>;
}

/**
 * The request time limit of a test server unless its test sets REQUEST_TIMEOUT_MS: tests assert answers, not speed
 * (speed goals live in bench/), so a shared, loaded CI machine must not turn a slow answer into a TIMEOUT. A CI run
 * failed this way once: a 1.8 s timeline request (its first, unplanned) hit the product's 10 s default. Tests of the
 * limit itself set their own.
 */
export const TEST_REQUEST_TIMEOUT_MS = 60_000;

/**
 * Starts the API as `npm start` would, but on port 0, without loading data, logging only fatal errors, with the request
 * time limit {@link TEST_REQUEST_TIMEOUT_MS} unless `env` sets one.
 */
export async function startTestApi(graph: TestGraph, env: Record<string, string> = {}): Promise<TestApi> {
  const config = readConfig({
    ...process.env,
    PORT: '0',
    LOAD_BUNDLED_DATA: 'false',
    REQUEST_TIMEOUT_MS: String(TEST_REQUEST_TIMEOUT_MS),
    ...env,
  });
  const app = await startHttpApp({
    schema: await buildGraphSchema(),
    executor: graph.executor,
    config,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'fatal'),
    port: 0,
    host: '127.0.0.1',
  });
  const endpoint = `${app.url}/graphql`;
  return {
    app,
    url: app.url,
    async query(query, variables, headers = {}) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body } as GraphQLResponse<any>;
    },
    async post(body, headers = { 'content-type': 'application/json' }) {
      const response = await fetch(endpoint, { method: 'POST', headers, body });
      return { status: response.status, text: await response.text() };
    },
    stop: () => app.stop(),
  };
}

/** What {@link useTestApi} gives a test file. */
export interface ApiFixture {
  graph: TestGraph;
  api: TestApi;
}

/**
 * Jest hooks for a test file that talks to the API over HTTP: opens the test graph, prepares its data with `prepare`
 * (e.g. loadBundledData), starts the server, and closes everything afterwards. Call at the top of a describe block;
 * read the fixture inside tests.
 */
export function useTestApi(
  prepare: (graph: TestGraph) => Promise<unknown>,
  env: Record<string, string> = {},
): ApiFixture {
  const fixture = {} as ApiFixture;
  beforeAll(async () => {
    fixture.graph = await openTestGraph();
    await prepare(fixture.graph);
    fixture.api = await startTestApi(fixture.graph, env);
  });
  afterAll(async () => {
    await fixture.api?.stop();
    await fixture.graph?.close();
  });
  return fixture;
}
