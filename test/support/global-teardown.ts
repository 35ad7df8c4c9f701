import fs from 'node:fs';
import { stopLocalNeo4j } from '../../src/db/local-server/local-neo4j';
import { testWorkers, workerVariable } from './test-servers';

/** Stops every test server started by global-setup.ts and removes its folder. */
export default async function globalTeardown(): Promise<void> {
  await Promise.all(
    testWorkers().map(async (worker) => {
      const homeDir = process.env[workerVariable('VETGRAPH_TEST_NEO4J_HOME', worker)];
      if (!homeDir) return;
      await stopLocalNeo4j(homeDir);
      fs.rmSync(homeDir, { recursive: true, force: true });
    }),
  );
}
