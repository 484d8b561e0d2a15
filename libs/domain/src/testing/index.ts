// Test-only entry point (`@monitor/domain/testing`, resolved to the sources, never built).
export * from './plan-draft-fixture.js';
