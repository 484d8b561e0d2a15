export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store.js';
export { tablesOf } from './postgres-schema.js';
