export * from './monitor.module.js';
export * from './config/platform-config.js';
export * from './auth/principal.js';
export * from './auth/token.service.js';
export { MonitoringProjector } from './platform/monitoring-views.js';
export { COALESCE_MS, LiveFeeds } from './subscriptions/live-feeds.js';
export { SubscriptionLimits } from './subscriptions/subscription-limits.js';
export * from './platform/event-store.factory.js';
