import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { printSchema } from 'graphql';
import fs from 'node:fs';
import { neo4jGraphQLTypeDefs } from './targets/neo4j-graphql-type-defs';
(async () => {
  const driver = neo4j.driver('bolt://127.0.0.1:7791', neo4j.auth.basic('neo4j', 'vetgraph-bench'));
  const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphQLTypeDefs(), driver }).getSchema();
  fs.writeFileSync('/tmp/ogm-schema.graphql', printSchema(schema));
  console.log('ok');
  await driver.close();
})().catch((e) => { console.error(e); process.exit(1); });
