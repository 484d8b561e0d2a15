const path = require('node:path');
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'event-store-kurrentdb',
  roots: ['<rootDir>/src'],
  moduleNameMapper: {
    // The event store's contract suite, a test-only entry point of that library.
    '^@monitor/event-store/testing$': path.join(__dirname, '../event-store/src/testing/index.ts'),
    ...preset.moduleNameMapper,
  },
};
