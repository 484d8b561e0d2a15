module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'read-models',
  roots: ['<rootDir>/src'],
};
