// Production entry: the port and its adapters. The contract suite (event-store.contract.ts) uses
// Jest's globals, so specs import it directly and nothing here loads it.
export * from './event-store.port.js';
export { InMemoryEventStore, type InMemoryEventStoreOptions } from './in-memory-event-store.js';
export { SqliteEventStore, type SqliteEventStoreOptions, type EventRow } from './sqlite-event-store.js';
export { SqliteRowRange } from './sqlite-row-range.js';
export { describeSqliteError, storeFileDamage } from './sqlite-damage.js';
export type { SynchronousMode } from './sqlite-schema.js';
// The rules every adapter applies alike, for adapters in other libraries (EventStoreDB).
export {
  assertExpectedRevision,
  assertMetadataTimes,
  NO_STREAM_REVISION,
  readLimit,
  retriedAppendResult,
  serializeBatch,
  type RecordedSlot,
} from './store-rules.js';
export { ChangeNotifier } from './change-notifier.js';
