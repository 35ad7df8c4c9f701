import fs from 'node:fs';
import { stopLocalNeo4j } from '../../src/db/local-server/local-neo4j';

/** Stops the test server started by global-setup.ts and removes its folder. */
export default async function globalTeardown(): Promise<void> {
  const homeDir = process.env.VETGRAPH_TEST_NEO4J_HOME;
  if (!homeDir) return;
  await stopLocalNeo4j(homeDir);
  fs.rmSync(homeDir, { recursive: true, force: true });
}
