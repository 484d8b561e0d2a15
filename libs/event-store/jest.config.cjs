module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'event-store',
  roots: ['<rootDir>/src'],
};
