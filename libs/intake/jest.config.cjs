module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'intake',
  roots: ['<rootDir>/src'],
};
