import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { projectRoot } from '../../src/project-root';

/** One grant of the example funding partner; `beneficiaryId` and `countryCode` are keys into the VET policy graph. */
export interface GrantRecord {
  id: string;
  title: string;
  amountEur: number;
  year: number;
  beneficiaryId: string;
  countryCode: string;
}

/** A running partner subgraph: its endpoint, its SDL (as `_service { sdl }` gives it) and how to stop it. */
export interface RunningSubgraph {
  url: string;
  sdl: string;
  stop(): Promise<void>;
}

/** The partner's SDL, committed so that scripts/compose-supergraph.ts composes the same schema the tests serve. */
export const FUNDING_SDL_FILE = path.join(projectRoot(), 'schema', 'funding-subgraph.example.graphql');

/**
 * Starts the example "funding" partner on a free port: a real Apollo Federation 2 subgraph (@apollo/subgraph) over
 * the given grants, adding `Organisation.grants` (by id) and `Country.fundingTotal` (by code) to our entities and
 * pointing `Grant.beneficiary` / `Grant.country` at them. Written for the tests; a real partner has its own.
 */
export async function startFundingSubgraph(
  grants: GrantRecord[],
  sdlFile = FUNDING_SDL_FILE,
): Promise<RunningSubgraph> {
  const sdl = fs.readFileSync(sdlFile, 'utf8');
  const newestFirst = [...grants].sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
  const resolvers = {
    Query: {
      grants: (_: unknown, { year }: { year?: number | null }) =>
        newestFirst.filter((grant) => year == null || grant.year === year),
    },
    Grant: {
      __resolveReference: ({ id }: { id: string }) => grants.find((grant) => grant.id === id) ?? null,
      beneficiary: (grant: GrantRecord) => ({ id: grant.beneficiaryId }),
      country: (grant: GrantRecord) => ({ code: grant.countryCode }),
    },
    Organisation: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      grants: ({ id }: { id: string }) => newestFirst.filter((grant) => grant.beneficiaryId === id),
    },
    Country: {
      __resolveReference: ({ code }: { code: string | null }) => ({ code }),
      fundingTotal: ({ code }: { code: string | null }) =>
        grants.filter((grant) => grant.countryCode === code).reduce((sum, grant) => sum + grant.amountEur, 0),
    },
  };
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, sdl, stop: () => server.stop() };
}
