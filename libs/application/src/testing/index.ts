// Test-only entry point (`@monitor/application/testing`, resolved to the sources, never built).
export * from './command-fixtures.js';
export * from './draft-fixtures.js';
