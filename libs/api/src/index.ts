export * from './monitor.module.js';
export * from './config/platform-config.js';
export * from './auth/principal.js';
export * from './auth/token.service.js';
export { MonitoringProjector } from './platform/monitoring-views.js';
export { COALESCE_MS } from './subscriptions/live-feeds.js';
export * from './platform/event-store.factory.js';
export { ProgressReportsReader } from './platform/progress-reports.reader.js';
