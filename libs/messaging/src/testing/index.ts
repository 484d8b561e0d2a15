// Test and benchmark entry point (`@monitor/messaging/testing`): a synthetic stream of provincial
// messages for the ingest's integration tests and `bench:kafka`. Built, unlike other libraries'
// testing entry points, because the benchmark runs from the build.
export * from './provincial-workload.js';
