module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'seeds',
  roots: ['<rootDir>/src'],
};
