export * from './commands/command-runner.js';
export * from './commands/event-ids.js';
export * from './projection/projection.js';
export * from './projection/file-snapshot-store.js';
export * from './projection/checkpointed-projector.js';
export * from './projection/monitoring.projection.js';
export * from './seeding/seed-platform.js';
export * from './projection/rebuild.js';
