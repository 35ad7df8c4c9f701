import 'reflect-metadata';
import { readConfig } from './config';
import { createLogger } from './logger';
import { startApplication } from './app/application';
import { GRAPHQL_PATH } from './server/http-app';
import { MissingPrerequisiteError } from './db/local-server/prerequisites';

/** Time allowed beyond the grace period for closing the driver before the process exits anyway, in ms. */
const SHUTDOWN_MARGIN_MS = 5_000;

/**
 * `npm start`: the composition root. Reads the environment once and starts the application (src/app/application.ts):
 * Neo4j (the local one when NEO4J_URI is unset; an unreachable NEO4J_URI does not stop the start), the schema and
 * bundled data in the background, and HTTP. SIGINT/SIGTERM stop gracefully: no new requests, in-flight ones finish
 * within SHUTDOWN_GRACE_MS, the driver is closed, exit code 0 (1 when the stop itself hangs).
 */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const application = await startApplication(config, logger);
  logger.info(
    `GraphQL API listening at ${application.app.url}${GRAPHQL_PATH} (${Date.now() - startedAt} ms after start); ` +
      'the database setup runs in the background ("Database setup done" in this log and /health/ready say when it is)',
  );

  const shutdown = async (signal: string) => {
    logger.info(`${signal}: shutting down (in-flight requests get up to ${config.shutdownGraceMs} ms)`);
    setTimeout(() => {
      logger.error('Shutdown did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + SHUTDOWN_MARGIN_MS).unref();
    try {
      await application.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'Shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof MissingPrerequisiteError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
