module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'importer',
  roots: ['<rootDir>/src'],
};
