// The scaled-out shape as processes (two replicas, the ingest, the relay) on a real PostgreSQL server
// and a real Kafka broker, both started by the global setups when none runs.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'scaled-app',
  roots: ['<rootDir>/src'],
  globalSetup: '<rootDir>/src/testing/global-setup.cjs',
  globalTeardown: '<rootDir>/src/testing/global-teardown.cjs',
  testTimeout: 180000,
};
