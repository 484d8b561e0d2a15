// The web app's tests: its pure functions (src/*.spec.ts), and a real browser against the built platform
// (e2e/, npm test builds first).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'web',
  roots: ['<rootDir>/src', '<rootDir>/e2e'],
  testTimeout: 120000,
};
