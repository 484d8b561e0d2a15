module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'application',
  roots: ['<rootDir>/src'],
};
