// Specs against a real PostgreSQL server (infra/postgres/postgres.sh, started by the global setup if none runs).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'event-store-postgres',
  roots: ['<rootDir>/src'],
  globalSetup: '<rootDir>/src/testing/postgres-global-setup.cjs',
  globalTeardown: '<rootDir>/src/testing/postgres-global-teardown.cjs',
};
