import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { composeSupergraph, SubgraphSource } from '../../scripts/compose-supergraph';
import { GraphQLResponse } from './test-api';

/** A subgraph the gateway routes to: its name in the supergraph and its GraphQL endpoint. */
export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** What the gateway received from one subgraph for one fetch of a query plan. */
export interface SubgraphFetch {
  subgraph: string;
  /** The subgraph's response extensions (ours carry `dbRoundTrips`). */
  extensions: Record<string, unknown> | undefined;
  /** Whether the fetch was an `_entities` request (a jump into this subgraph from another one). */
  entities: boolean;
}

/** A running `@apollo/gateway` in front of the composed subgraphs. */
export interface RunningGateway {
  url: string;
  supergraphSdl: string;
  /** Every subgraph fetch the gateway made, in order; clear it between queries with `fetches.length = 0`. */
  fetches: SubgraphFetch[];
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** Reads a running subgraph's SDL as a router would: `{ _service { sdl } }` over HTTP. */
export async function fetchSubgraphSdl(url: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await response.json()) as { data?: { _service: { sdl: string } } };
  if (!body.data) throw new Error(`no SDL from ${url}: ${JSON.stringify(body)}`);
  return body.data._service.sdl;
}

/**
 * Composes the running subgraphs offline (@apollo/composition, from their live `_service { sdl }`) and starts a real
 * `@apollo/gateway` on a free port with that supergraph; every subgraph fetch is recorded in `fetches`.
 * @throws CompositionFailedError when the subgraphs do not compose (so a broken schema fails the calling test)
 */
export async function startGateway(subgraphs: SubgraphEndpoint[]): Promise<RunningGateway> {
  const sources: SubgraphSource[] = await Promise.all(
    subgraphs.map(async ({ name, url }) => ({ name, url, sdl: await fetchSubgraphSdl(url) })),
  );
  const supergraphSdl = composeSupergraph(sources);
  const fetches: SubgraphFetch[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url,
        async didReceiveResponse({ request, response }) {
          fetches.push({
            subgraph: name,
            extensions: response.extensions,
            entities: /\b_entities\b/.test(request.query ?? ''),
          });
          return response;
        },
      }),
  });
  // @apollo/gateway 2.x implements Apollo Server's gateway interface v1; Apollo Server 5 accepts it at run time.
  const server = new ApolloServer({ gateway: gateway as never });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url,
    supergraphSdl,
    fetches,
    async query(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body } as GraphQLResponse<any>;
    },
    stop: () => server.stop(),
  };
}
