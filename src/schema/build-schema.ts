import 'reflect-metadata';
import { GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { ENTITY_RESOLVERS } from './entity-resolvers';
import { NodeLabelsResolver } from '../features/labels/labels.resolver';
import { NodeResolver } from '../features/node/node.resolver';
import { StatsResolver } from '../features/stats/stats.resolver';
import { SearchResolver } from '../features/search/search.resolver';
import { NetworkResolver } from '../features/network/network.resolver';
import { INGEST_RESOLVERS } from '../pipelines/ingest/ingest.resolver';
import { MUTATION_RESOLVERS } from './mutation-resolvers';
import { referenceResolvers } from './reference-resolvers';
import { guardEntitiesField } from './entities-guard';
import { authChecker } from '../auth/auth-checker';
import { validateArgs } from '../graphql/validate-args';

/** The Federation 2 spec version and directives our subgraph imports. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`;

/**
 * Builds the API schema: type-graphql classes → SDL with directives → an Apollo Federation 2 subgraph
 * (`_service`, `_entities`, `@key` on every entity) whose resolvers are type-graphql's plus our reference resolvers.
 * Arguments are validated with class-validator (validate-args.ts); missing optional values are skipped, not failed.
 * Representations `_entities` cannot resolve get an error of their own (entities-guard.ts).
 */
export async function buildGraphSchema(): Promise<GraphQLSchema> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: [...ENTITY_RESOLVERS, NodeResolver, NodeLabelsResolver, StatsResolver, SearchResolver, NetworkResolver, ...INGEST_RESOLVERS, ...MUTATION_RESOLVERS],
    validateFn: validateArgs,
    authChecker,
    emitSchemaFile: false,
  });
  const resolvers = createResolversMap(typeGraphQLSchema) as Record<string, object>;
  for (const [type, reference] of Object.entries(referenceResolvers())) {
    resolvers[type] = { ...(resolvers[type] ?? {}), ...reference };
  }
  const subgraph = buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphQLSchema)}`),
    resolvers: resolvers as never,
  });
  return guardEntitiesField(subgraph);
}

/** The subgraph SDL as `_service { sdl }` returns it; committed as schema/schema.graphql. */
export async function printGraphSchema(): Promise<string> {
  return `${printSubgraphSchema(await buildGraphSchema()).trim()}\n`;
}
