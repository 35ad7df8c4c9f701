import { AppConfig } from '../config';
import { Logger } from '../logger';
import { connectDatabase, Database } from './database';
import { DatabaseReadiness } from './readiness';
import { SetupPhase } from '../server/readiness';
import { Executor } from '../db/executor';
import { applySchema } from '../db/schema-setup';
import { ensureCounts } from '../graph/count-buckets';
import { graphIsEmpty, loadBundledData } from './bundled-data';
import { buildGraphSchema } from '../schema/build-schema';
import { RunningApp, startHttpApp } from '../server/http-app';

/** The running API: HTTP server, database connection and readiness. */
export interface Application {
  app: RunningApp;
  database: Database;
  readiness: DatabaseReadiness;
  /**
   * Graceful stop: readiness turns false, the HTTP server stops accepting, in-flight requests get up to
   * `SHUTDOWN_GRACE_MS` to finish (then their connections are closed), and the driver is closed last.
   */
  stop(): Promise<void>;
}

/**
 * Starts the API as `npm start` does: connects to Neo4j (starting the local one when NEO4J_URI is unset) without
 * waiting for it to answer, serves HTTP at once, and applies constraints, indexes and the bundled data in the
 * background as soon as Neo4j answers (see {@link DatabaseReadiness}).
 * @throws MissingPrerequisiteError when the local Neo4j needs Java or Maven that are missing
 * @throws Error when Neo4j refuses the credentials or the port is taken
 */
export async function startApplication(config: AppConfig, logger: Logger): Promise<Application> {
  const database = await connectDatabase(config, (line) => logger.info(line), { requireConnection: false });
  const readiness = new DatabaseReadiness(database.executor, databaseSetup(database.executor, config, logger), logger);
  void readiness.start();
  try {
    const app = await startHttpApp({
      schema: await buildGraphSchema(),
      executor: database.executor,
      config,
      logger,
      port: config.port,
      readiness,
    });
    return {
      app,
      database,
      readiness,
      async stop() {
        readiness.stop();
        await app.stop();
        await database.close();
        logger.info('Stopped: HTTP server closed, in-flight requests done, Neo4j driver closed');
      },
    };
  } catch (error) {
    readiness.stop();
    await database.close();
    throw error;
  }
}

/**
 * The one-time database setup run by {@link DatabaseReadiness}: constraints and indexes, the dashboard's kept counts
 * when the database holds none of this version (graph/count-buckets.ts), then (with
 * `LOAD_BUNDLED_DATA`) the bundled dataset when the graph is empty. The API refuses operations until it is done (see
 * `DatabaseReadiness.settingUp`); `enter` names each step for /health/ready and the refusals.
 */
export function databaseSetup(
  executor: Executor,
  config: Pick<AppConfig, 'loadBundledData' | 'seedFiles'>,
  logger: Logger,
): (enter: (phase: SetupPhase) => void) => Promise<void> {
  return async (enter) => {
    const firstStart = config.loadBundledData && (await graphIsEmpty(executor));
    enter('schema');
    await applySchema(executor);
    enter('counts');
    const counted = await ensureCounts(executor);
    if (counted) logger.info({ items: counted }, 'Counted items the dashboard counts had not seen');
    if (!firstStart) return;
    enter('bundled-data');
    const report = await loadBundledData(executor, config.seedFiles);
    logger.info(
      { entities: report.entities, relations: report.relations, skipped: report.skipped.length },
      'Loaded the bundled VET dataset',
    );
  };
}
