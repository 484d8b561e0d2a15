// Unit specs and integration specs against a real Kafka broker, which globalSetup starts (infra/kafka/kafka.sh).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'messaging',
  roots: ['<rootDir>/src'],
  globalSetup: '<rootDir>/src/testing/kafka-global-setup.cjs',
  globalTeardown: '<rootDir>/src/testing/kafka-global-teardown.cjs',
  testTimeout: 120000,
};
