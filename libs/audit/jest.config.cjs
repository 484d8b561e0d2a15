module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'audit',
  roots: ['<rootDir>/src'],
};
