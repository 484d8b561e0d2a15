import type { Rejection } from './dead-letter.js';

/**
 * The dead-letter reason of a message whose processing threw an error that is neither a refusal nor
 * a failure of the store (a defect: a date the domain does not guard, a decider that throws a
 * TypeError, a writer thread that dies on it). Dead-lettered so that the partition goes on; once the
 * defect is fixed, the message can be published again.
 */
export const UNEXPECTED_ERROR = 'UNEXPECTED_ERROR';

/** The error in words, its kind first: `RangeError: Invalid time value`. */
export const describeError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

export const unexpectedError = (error: unknown, messageId?: string | null): Rejection => ({
  reason: UNEXPECTED_ERROR,
  problem: describeError(error),
  messageId: messageId ?? null,
});

/**
 * SQLite result codes that say the store, not the message, is at fault for now: busy or locked by
 * another connection, the disk full or failing, the file not openable or read-only, memory short.
 * Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_FSYNC, ...) start with these.
 */
const TRANSIENT_SQLITE = [
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY',
  'SQLITE_NOMEM',
  'SQLITE_PROTOCOL',
  'SQLITE_INTERRUPT',
];
/** KurrentDB client errors (their `type`) of a cluster briefly unreachable or changing leader. */
const TRANSIENT_KURRENTDB = ['timeout', 'deadline-exceeded', 'unavailable', 'not-leader', 'cancelled'];

/**
 * A failure of the store that taking the chunk again can cure: retried without bound (a store that
 * is down must never turn valid messages into dead letters). Read from the error's `code` (SQLite,
 * also across the writer thread) or `type` (KurrentDB), never from its message.
 */
export const isTransientStoreFailure = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const { code, type } = error as { code?: unknown; type?: unknown };
  if (typeof code === 'string' && TRANSIENT_SQLITE.some((prefix) => code === prefix || code.startsWith(`${prefix}_`))) return true;
  return typeof type === 'string' && TRANSIENT_KURRENTDB.includes(type);
};

const thrownByStore = new WeakSet<object>();

/** Marks an error as thrown by the store itself (see isStoreFailure) and throws it on. */
export const rethrowAsStoreFailure = (error: unknown): never => {
  if (typeof error === 'object' && error !== null) thrownByStore.add(error);
  throw error;
};

/**
 * Whether the store threw it (marked by StreamCachingStore, the ingest writer's view of the store).
 * Anything else a message's command throws while it is decided comes from the message and the
 * domain code alone: the same message would throw again, so it is refused at once.
 */
export const isStoreFailure = (error: unknown): boolean => typeof error === 'object' && error !== null && thrownByStore.has(error);
