import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { neo4jGraphQLTypeDefs } from './neo4j-graphql-type-defs';
import { targetEnv } from './target-env';

/**
 * @neo4j/graphql 7 serving the same graph, on the same HTTP stack as our API (Apollo Server 5 on express 5, JSON
 * body parser, landing page off), so the comparison measures the GraphQL-to-Cypher layer and not the web framework.
 */
async function main(): Promise<void> {
  const env = targetEnv();
  const driver = neo4j.driver(env.uri, neo4j.auth.basic('neo4j', env.password), {
    maxConnectionPoolSize: 50,
    logging: undefined,
  });
  const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphQLTypeDefs(), driver }).getSchema();
  const app = express();
  const server = http.createServer(app);
  const apollo = new ApolloServer({
    schema,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled()],
    introspection: true,
  });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  server.listen(env.port, '127.0.0.1', () => process.stdout.write(`READY http://127.0.0.1:${env.port}\n`));
  process.once(
    'SIGTERM',
    () =>
      void apollo
        .stop()
        .then(() => driver.close())
        .then(() => process.exit(0)),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
