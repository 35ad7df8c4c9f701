import 'reflect-metadata';
import { readConfig } from './config';
import { createLogger } from './logger';
import { connectDatabase } from './app/database';
import { applySchema } from './db/schema-setup';
import { loadBundledDataIfEmpty } from './app/bundled-data';
import { buildGraphSchema } from './schema/build-schema';
import { GRAPHQL_PATH, startHttpApp } from './server/http-app';
import { MissingPrerequisiteError } from './db/local-server/prerequisites';

/**
 * `npm start`: the composition root. Reads the environment once, connects to Neo4j (starting the local one when
 * NEO4J_URI is unset), applies constraints and indexes, loads the bundled data into an empty graph, and serves the
 * API and the IDE. SIGINT/SIGTERM stop the HTTP server and close the driver.
 */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const database = await connectDatabase(config, (line) => logger.info(line));
  await applySchema(database.executor);
  if (config.loadBundledData) {
    const report = await loadBundledDataIfEmpty(database.executor, config.seedFiles);
    if (report) logger.info({ entities: report.entities, relations: report.relations, skipped: report.skipped.length }, 'Loaded the bundled VET dataset');
  }
  const app = await startHttpApp({ schema: await buildGraphSchema(), executor: database.executor, config, logger, port: config.port });
  logger.info(`GraphQL API and IDE ready at ${app.url}${GRAPHQL_PATH} (${Date.now() - startedAt} ms after start)`);

  const shutdown = async (signal: string) => {
    logger.info(`${signal}: shutting down`);
    await app.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof MissingPrerequisiteError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
