/**
 * Tests run against a real Neo4j 5.26 Community server that test/support/global-setup.ts starts on a free port with
 * an empty database (or NEO4J_TEST_URI when set), in one process (--runInBand): test files reset the one database.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120000,
  slowTestThreshold: 20,
};
