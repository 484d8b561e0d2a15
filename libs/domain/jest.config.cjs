module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'domain',
  roots: ['<rootDir>/src'],
};
