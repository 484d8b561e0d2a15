export * from './monitor.module.js';
export * from './config/platform-config.js';
export * from './auth/principal.js';
export * from './auth/token.service.js';
export { TOKEN_VERIFIER, type TokenVerifier } from './auth/token-verifier.js';
export { tokenVerifier } from './auth/token-verifier.factory.js';
export { developmentTokenProblem, seededProvinceIds } from './auth/development-token-request.js';
export { MonitoringProjector } from './platform/monitoring-views.js';
export { COALESCE_MS, LiveFeeds } from './subscriptions/live-feeds.js';
export { SubscriptionLimits } from './subscriptions/subscription-limits.js';
export * from './platform/event-store.factory.js';
export { ProgressReportsReader } from './platform/progress-reports.reader.js';
export { DRAFT_DOCUMENT, type DraftDocument, type DraftingContext } from './documents/draft-document.js';
export { planReader } from './documents/plan-reader.js';
export * from './platform/store-address.js';
export {
  serveWebApp,
  WEB_CONTENT_SECURITY_POLICY,
  WEB_SIGN_IN_CALLBACK,
  webConfigOf,
  webContentSecurityPolicy,
} from './platform/web-app.js';
