// The web app's tests run a real browser against the built platform (npm test builds first).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'web',
  roots: ['<rootDir>/e2e'],
  testTimeout: 120000,
};
