// Integration specs against a real Kafka broker (started by the global setup if none is listening).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'ingest-app',
  roots: ['<rootDir>/src'],
  globalSetup: '<rootDir>/../../libs/messaging/src/testing/kafka-global-setup.cjs',
  globalTeardown: '<rootDir>/../../libs/messaging/src/testing/kafka-global-teardown.cjs',
  testTimeout: 180000,
};
