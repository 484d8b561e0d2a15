// Shared Jest setup: native ESM (Nest 12 is ESM-only), ts-jest transpiling TypeScript,
// workspace libraries resolved to their sources so tests never need a build.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        useESM: true,
        tsconfig: path.join(__dirname, 'tsconfig.spec.json'),
      },
    ],
  },
  moduleNameMapper: {
    '^@monitor/([a-z-]+)$': path.join(__dirname, 'libs/$1/src/index.ts'),
    // A library's other entry points, each a folder with an index: `testing` (its contract suite, its
    // test helpers, never built), `chain`, `simulation`.
    '^@monitor/([a-z-]+)/([a-z-]+)$': path.join(__dirname, 'libs/$1/src/$2/index.ts'),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testTimeout: 30000,
};
