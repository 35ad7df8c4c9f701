/**
 * Tests run against real Neo4j 5.26 Community servers that test/support/global-setup.ts starts on free loopback
 * ports with empty databases: one per Jest worker, so that test files that reset their database never share one
 * (test/support/worker-server.ts points each file at its worker's server). One worker by default: on this 2-core
 * machine two workers finish sooner (13 min against 17 on a fresh clone) but leave the tests that hold the product's
 * own time limits (test/resilience/cost-covers-work.int.test.ts: the heaviest allowed request answers within the
 * request time limit) a CPU shared with the other worker, and one such run failed. VETGRAPH_TEST_WORKERS=2 asks for
 * two. With NEO4J_TEST_URI (a server someone else runs) there is one database, so one worker.
 */
const asked = Number(process.env.VETGRAPH_TEST_WORKERS ?? '1');
const workers = process.env.NEO4J_TEST_URI ? 1 : Number.isInteger(asked) && asked >= 1 && asked <= 8 ? asked : 1;
// global-setup.ts, global-teardown.ts and the workers read the count from here.
process.env.VETGRAPH_TEST_WORKERS = String(workers);

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata', '<rootDir>/test/support/worker-server.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: workers,
  testTimeout: 120000,
  slowTestThreshold: 20,
};
