// Audit: verifying the hash chain the command runner writes, signed checkpoints and receipts,
// exports and imports as NDJSON, and the state as of a position. The chain's primitives are the
// recording side's (`@monitor/application/chain`): what is written and what is verified share them.
export * from './stored-events.js';
export * from './checkpoints.js';
export * from './verify-store.js';
export * from './replay-until.js';
export * from './ndjson-events.js';
export * from './periodic-checkpoint.js';
export * from './checkpoint-checks.js';
export * from './audit-files.js';
