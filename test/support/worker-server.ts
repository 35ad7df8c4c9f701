/**
 * Runs before each test file (jest `setupFiles`): points NEO4J_URI and VETGRAPH_TEST_NEO4J_HOME at the server of this
 * file's Jest worker (JEST_WORKER_ID, 1 under --runInBand), which global-setup.ts started. Child processes the test
 * spawns with `process.env` inherit it.
 */
import { workerVariable } from './test-servers';

const worker = Number(process.env.JEST_WORKER_ID ?? '1');
for (const name of ['NEO4J_URI', 'VETGRAPH_TEST_NEO4J_HOME']) {
  const value = process.env[workerVariable(name, worker)];
  if (value) process.env[name] = value;
}
