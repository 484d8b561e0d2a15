module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-app',
  roots: ['<rootDir>/src'],
};
