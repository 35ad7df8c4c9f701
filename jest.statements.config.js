/**
 * The no-database tier (`npm run test:statements`): the Cypher statements of representative requests, built by the
 * pure builders of the read side and compared with committed snapshots. No Neo4j is started; `npm test` (the
 * default config) runs these tests too, alongside the real-Neo4j tier.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/statements'],
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 10000,
};
