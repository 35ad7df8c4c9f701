/**
 * Tests run against real Neo4j 5.26 Community servers that test/support/global-setup.ts starts on free loopback
 * ports with empty databases: one per Jest worker, so that test files that reset their database never share one
 * (test/support/worker-server.ts points each file at its worker's server). One worker unless VETGRAPH_TEST_WORKERS
 * asks for more: `npm test` (scripts/run-tests.js) asks for two for every file but the `@serial` ones (those that hold
 * the product's own time limits, run after on one worker, since a CPU shared with another worker can push them past
 * their bounds); `npx jest <paths>` runs on one. With NEO4J_TEST_URI (a server someone else runs) there is one
 * database, so one worker.
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
  testSequencer: '<rootDir>/test/support/sequencer.js',
  maxWorkers: workers,
  testTimeout: 120000,
  slowTestThreshold: 20,
};
