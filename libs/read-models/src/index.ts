export * from './monitoring/monitoring.state.js';
export * from './monitoring/monitoring.projection.js';
export * from './monitoring/task-status.js';
export * from './monitoring/lookups.js';
export * from './monitoring/province-comparison.query.js';
export * from './monitoring/task-table.js';
export * from './monitoring/directive-plans.index.js';
export * from './monitoring/progress-reports.js';
