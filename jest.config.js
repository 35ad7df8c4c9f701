/**
 * Tests run against real Neo4j 5.26 Community servers that test/support/global-setup.ts starts on free loopback
 * ports with empty databases: one per Jest worker, so that test files that reset their database never share one
 * (test/support/worker-server.ts points each file at its worker's server). Two workers by default (the machines
 * have 2 cores); VETGRAPH_TEST_WORKERS=N asks for N. With NEO4J_TEST_URI (a server someone else runs) there is one
 * database, so one worker.
 */
const asked = Number(process.env.VETGRAPH_TEST_WORKERS ?? '2');
const workers = process.env.NEO4J_TEST_URI ? 1 : Number.isInteger(asked) && asked >= 1 && asked <= 8 ? asked : 2;
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
