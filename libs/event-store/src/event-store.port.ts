import type { Actor, EventMetadata } from '@monitor/domain';

/**
 * The one port every event store adapter implements (in-memory, SQLite, PostgreSQL, KurrentDB).
 *
 * Revisions are 0-based per stream (the first event of a stream has revision 0). Positions order
 * all events globally; they only grow, but need not be contiguous (EventStoreDB's are not), so
 * callers compare them and never count with them. A checkpoint is the position of the last event
 * handled; reading "from" a checkpoint returns the events after it.
 */
export type Position = bigint;

/** The position before every event: start here to read from the beginning. */
export const START: Position = 0n;

export type ExpectedRevision =
  /** append whatever the stream holds */
  | 'any'
  /** the stream must not exist yet */
  | 'no_stream'
  /** the stream must hold at least one event */
  | 'stream_exists'
  /** the revision of the stream's last event */
  | number;

/** An event's data and metadata as JSON text. */
export interface EventJson {
  readonly data: string;
  readonly metadata: string;
}

export interface EventToAppend {
  /** A UUID the caller chooses: appending the same ids again is an idempotent retry. */
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  /**
   * `data` and `metadata` as the canonical JSON the audit chain hashed: an adapter that stores JSON
   * stores exactly this text (and does not serialize the values again). Absent: the adapter serializes them.
   */
  readonly canonicalJson?: EventJson;
}

/**
 * The facts of an event's metadata every reader needs (read models look at them on every event),
 * given on the event itself as plain fields, and only there: adapters read them without decoding
 * the rest of the metadata. `simulated` is false when the metadata does not say; `actor` null.
 */
export interface EventHead {
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly simulated: boolean;
  readonly actor: Actor | null;
}

/** The rest of an event's metadata: who recorded it, the precision, correlation, causation, chain. */
export type RecordedMetadata = Omit<EventMetadata, keyof EventHead>;

export interface RecordedEvent<Data = unknown> extends EventHead {
  readonly id: string;
  readonly stream: string;
  readonly type: string;
  readonly data: Data;
  /**
   * The rest of the metadata as appended, decoded on the first call (a rebuild reads millions of
   * events and needs this of few). An own property of each event, so `{ ...event }` keeps it; the
   * metadata whole, as appended and hashed by the audit chain, is `metadataOf(event)`.
   */
  readonly metadata: () => RecordedMetadata;
  readonly revision: number;
  readonly position: Position;
}

/** An event's metadata whole, as appended: its head and the rest, in the rest's key order. */
export const metadataOf = (event: EventHead & Pick<RecordedEvent, 'metadata'>): EventMetadata => {
  const { occurredAt, recordedAt, simulated, actor } = event;
  const rest: RecordedMetadata & { simulated?: boolean } = event.metadata();
  return { ...rest, actor, occurredAt, recordedAt, ...(simulated || rest.simulated !== undefined ? { simulated } : {}) };
};

/** The head of a metadata, as an event carries it. */
export const headOf = (metadata: EventMetadata): EventHead => ({
  occurredAt: metadata.occurredAt,
  recordedAt: metadata.recordedAt,
  simulated: metadata.simulated === true,
  actor: metadata.actor ?? null,
});

/** A memo of `decode`: the function an event's `metadata` is. */
export const lazily = <T>(decode: () => T): (() => T) => {
  let value: T | undefined;
  let decoded = false;
  return () => {
    if (!decoded) {
      value = decode();
      decoded = true;
    }
    return value as T;
  };
};

export interface AppendResult {
  /** The revision of the stream's last event after the append: pass it as the next expected revision. */
  readonly nextExpectedRevision: number;
  /** The position of the last event appended (or, for an idempotent retry, recorded the first time). */
  readonly position: Position;
  /** False for an idempotent retry: the events were already recorded, and nothing was written. */
  readonly written: boolean;
}

export interface ReadAllOptions {
  /** Exclusive: events after this position. */
  readonly from?: Position;
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  /** Exclusive checkpoint: the subscription delivers events after it, first the stored ones, then live. */
  readonly from?: Position;
  /** Stops the subscription: the iterator then finishes. */
  readonly signal?: AbortSignal;
}

export interface EventStore {
  /**
   * Appends all the events or none of them. Throws WrongExpectedRevisionError when the stream is not
   * at the expected revision. When every event id of the batch is already recorded, in order, in this
   * stream, the call succeeds without writing anything and returns what the first append returned;
   * when only some are, it throws DuplicateEventError.
   */
  appendToStream(stream: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult>;

  /** The stream's events in revision order, from a revision (inclusive); empty when there is no stream. */
  readStream(stream: string, fromRevision?: number): Promise<readonly RecordedEvent[]>;

  /** Events in global order after a position, at most `maxCount` (default 1,000) of them. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;

  /** The position of the last recorded event; START for an empty store. */
  headPosition(): Promise<Position>;

  /** Catch up from a checkpoint, then stay live, in global order, until the signal aborts. */
  subscribeToAll(options?: SubscribeOptions): AsyncIterable<RecordedEvent>;

  /**
   * Makes every append that has returned durable against power loss. A store whose appends are
   * durable on return already (SQLite with synchronous FULL) has nothing to do; one that batches
   * durability (SQLite with NORMAL) syncs here, so a consumer can acknowledge its input afterwards.
   */
  flush(): Promise<void>;

  /**
   * What inOneCommit keeps of the appends its work made when the work throws: `none` (SQLite, in
   * memory: they commit together) or `all` (KurrentDB commits each append as it is made, having no
   * transaction across streams). Either way a retry of the work must be idempotent (event ids).
   */
  readonly keptWhenOneCommitThrows: 'none' | 'all';

  /**
   * Runs `work`, committing the appends it makes together (many times faster than a commit each);
   * each append still checks its own expected revision and ids, and a refused one changes nothing.
   * One writer at a time on this store object: `work` holds the write lock, so it must not wait on
   * I/O (another SQLite connection of this process waits for the lock synchronously).
   */
  inOneCommit<T>(work: () => Promise<T>): Promise<T>;

  close(): Promise<void>;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    /** The revision of the stream's last event, or -1 when there is no stream. */
    readonly actual: number,
  ) {
    super(`stream ${stream}: expected revision ${String(expected)}, but it is at ${actual}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

export class DuplicateEventError extends Error {
  constructor(
    readonly stream: string,
    readonly eventId: string,
  ) {
    super(`event ${eventId} is already recorded, but not as part of this same append to ${stream}`);
    this.name = 'DuplicateEventError';
  }
}
