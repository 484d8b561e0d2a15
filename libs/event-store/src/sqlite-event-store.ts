import type { EventMetadata } from '@monitor/domain';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { assertExpectedRevision, NO_STREAM_REVISION, readLimit, retriedAppendResult, serializeBatch, type RecordedSlot } from './store-rules.js';
import { ChangeNotifier } from './change-notifier.js';
import {
  DuplicateEventError,
  START,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type RecordedEvent,
  type SubscribeOptions,
} from './event-store.port.js';
import { followAll } from './live-subscription.js';
import { SqliteReadAhead, TEXT_SEPARATOR, type HeadRow, type PackedBatch } from './sqlite-read-ahead.js';
import { configureConnection, EVENT_COLUMNS, prepareSchema, type SynchronousMode } from './sqlite-schema.js';

export interface SqliteEventStoreOptions {
  /** How often subscriptions look for events appended by other processes (default 250 ms). */
  readonly pollIntervalMs?: number;
  /**
   * FULL (default) makes every returned append durable. NORMAL commits without syncing: appends
   * survive a crash of the process but not a power loss until `flush()`; many times faster.
   */
  readonly synchronous?: SynchronousMode;
  /** Read the next batch of a long catch-up in a worker thread (default true); see `readAll`. */
  readonly readAhead?: boolean;
}

/** A row as selected with EVENT_COLUMNS in raw mode: an array is cheaper than an object per row. */
export type EventRow = [
  position: number,
  id: string,
  stream: string,
  revision: number,
  type: string,
  data: string,
  metadata: string,
  occurredAt: string,
  recordedAt: string,
  simulated: 0 | 1,
];

/**
 * Rows per query, and per subscription batch. Measured: a few hundred beat a few thousand, because
 * fewer rows alive at once means less for each young-generation garbage collection to copy.
 */
const READ_CHUNK = 512;

/**
 * Told by its code, not by `instanceof`: the native addon keeps the SqliteError class of the first
 * copy of better-sqlite3 loaded in the process, and Jest loads one per test file, each in its own realm.
 */
const isUniqueIdViolation = (error: unknown): boolean => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes('events.id');
};

/**
 * An event as read from SQLite. Its metadata is parsed on first access only: a rebuild reads
 * millions of events and needs the metadata of few, and parsing it was a third of the read's cost.
 * The facts read models need from every event have columns of their own.
 */
class SqliteRecordedEvent implements RecordedEvent {
  readonly id: string;
  readonly stream: string;
  readonly type: string;
  readonly data: unknown;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly simulated: boolean;
  readonly revision: number;
  readonly position: Position;
  #metadataJson: string;
  #metadata: EventMetadata | undefined;

  constructor(
    [position, id, stream, revision, type, occurredAt, recordedAt, simulated]: HeadRow,
    dataJson: string,
    metadataJson: string,
  ) {
    this.id = id;
    this.stream = stream;
    this.type = type;
    this.data = JSON.parse(dataJson) as unknown;
    this.#metadataJson = metadataJson;
    this.occurredAt = occurredAt;
    this.recordedAt = recordedAt;
    this.simulated = simulated === 1;
    this.revision = revision;
    this.position = BigInt(position);
  }

  get metadata(): EventMetadata {
    return (this.#metadata ??= JSON.parse(this.#metadataJson) as EventMetadata);
  }

  toJSON(): RecordedEvent {
    return { ...this, metadata: this.metadata };
  }
}

const toRecordedEvent = (row: EventRow): RecordedEvent =>
  new SqliteRecordedEvent([row[0], row[1], row[2], row[3], row[4], row[7], row[8], row[9]], row[5], row[6]);

/** An event, or a row as stored, from a row read ahead: its short columns, data and metadata. */
type BuildFromPacked<T> = (head: HeadRow, data: string, metadata: string) => T;
const toRecordedEventFrom: BuildFromPacked<RecordedEvent> = (head, data, metadata) => new SqliteRecordedEvent(head, data, metadata);
const toEventRowFrom: BuildFromPacked<EventRow> = (head, data, metadata) => [head[0], head[1], head[2], head[3], head[4], data, metadata, head[5], head[6], head[7]];

/** Below this many events per read, a catch-up is not worth a worker thread. */
const READ_AHEAD_MIN = 512;

/** The event store in one SQLite file: the platform's durable log when it runs on a single host. */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly changes = new ChangeNotifier();
  private readonly pollIntervalMs: number;
  private readonly synchronous: SynchronousMode;
  private closed = false;
  private readAheadEnabled: boolean;
  private readAhead: SqliteReadAhead | undefined;
  private readAheadCount = 0;

  private readonly insertEvent;
  private readonly insertIfNext;
  private readonly findEventById;
  private readonly lastOfStream;
  private readonly selectStream;
  private readonly selectAfter;
  private readonly selectHead;
  private readonly appendBatch;

  constructor(
    readonly filePath: string,
    options: SqliteEventStoreOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.readAheadEnabled = options.readAhead ?? true;
    mkdirSync(dirname(filePath), { recursive: true });
    // Another process holding the write lock is waited for, up to 5 s, before an append fails as busy.
    this.db = new Database(filePath, { timeout: 5000 });
    this.synchronous = options.synchronous ?? 'FULL';
    configureConnection(this.db, this.synchronous);
    prepareSchema(this.db);

    this.insertEvent = this.db.prepare<[string, string, number, string, string, string, string, string, number]>(
      'INSERT INTO events (id, stream, revision, type, data, metadata, occurred_at, recorded_at, simulated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    // One event after an exact revision (or as a stream's first): inserted only if that revision is
    // the stream's last, and the id is new; otherwise nothing happens and the full checks say why.
    this.insertIfNext = this.db.prepare<[string, string, number, string, string, string, string, string, number, number, string, number]>(
      `INSERT INTO events (id, stream, revision, type, data, metadata, occurred_at, recorded_at, simulated)
       SELECT ?, ?, ? + 1, ?, ?, ?, ?, ?, ?
       WHERE ? = -1 OR EXISTS (SELECT 1 FROM events WHERE stream = ? AND revision = ?)
       ON CONFLICT DO NOTHING`,
    );
    this.findEventById = this.db.prepare<[string], { stream: string; revision: number; position: number }>(
      'SELECT stream, revision, position FROM events WHERE id = ?',
    );
    this.lastOfStream = this.db.prepare<[string], { revision: number; position: number }>(
      'SELECT revision, position FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1',
    );
    this.selectStream = this.db
      .prepare<[string, number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision`)
      .raw(true);
    this.selectAfter = this.db
      .prepare<[bigint, number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`)
      .raw(true);
    this.selectHead = this.db.prepare<[], number | null>('SELECT MAX(position) FROM events').pluck(true);
    this.appendBatch = this.db.transaction(this.appendInTransaction.bind(this));
  }

  async appendToStream(stream: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    // Serialized before the transaction: the write lock is held only for the inserts.
    const serialized = serializeBatch(events);
    if (this.db.inTransaction) {
      // Inside inOneCommit, which holds the write lock. A savepoint per append would cost two more
      // statements each; instead everything that can refuse an append is checked before it writes.
      return this.appendInTransaction(stream, events, expectedRevision, serialized, true);
    }
    // IMMEDIATE takes the write lock before reading the stream's revision, so no other process can
    // append between the check and the inserts.
    const result = this.appendBatch.immediate(stream, events, expectedRevision, serialized);
    if (result.written) this.changes.notify();
    return result;
  }

  async inOneCommit<T>(work: () => Promise<T>): Promise<T> {
    this.assertOpen();
    if (this.db.inTransaction) throw new Error('inOneCommit: a commit of this store is already open (one writer at a time)');
    // An append inside that is refused has written nothing (see appendToStream): the others stay.
    this.db.exec('BEGIN IMMEDIATE');
    let result: T;
    try {
      result = await work();
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
    this.db.exec('COMMIT');
    this.changes.notify();
    return result;
  }

  async readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.selectStream.all(stream, fromRevision).map(toRecordedEvent);
  }

  /**
   * A read that fills its batch is taken for a catch-up through a backlog: the next batch is then
   * read ahead in a worker thread while the caller folds this one. That batch is used only when it
   * is the one next asked for and is full: positions commit in order and are never filled in later,
   * so a full batch is exactly what reading it now would give. Anything else is read here.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.from ?? START;
    const count = readLimit(options.maxCount);
    const events = await this.readInOrder(after, count, toRecordedEventFrom, () => this.readAfter(after, count));
    this.readNextAhead(after, count, events.length, events[events.length - 1]?.position);
    return events;
  }

  /** A read, from the batch read ahead when it is the one asked for (see readAll), or here. */
  private async readInOrder<T>(after: Position, count: number, build: BuildFromPacked<T>, readHere: () => T[]): Promise<T[]> {
    this.assertOpen();
    const readAhead = this.readAhead?.take(after, count);
    const packed = readAhead && (await readAhead);
    this.assertOpen();
    const unpacked = packed && this.unpackFull(packed, after, count, build);
    if (unpacked) this.readAheadCount++;
    return unpacked ?? readHere();
  }

  /** After a full read of a catch-up, the next batch is read ahead; after a short one, the backlog is done. */
  private readNextAhead(after: Position, count: number, read: number, last: Position | undefined): void {
    if (this.readAheadEnabled && count >= READ_AHEAD_MIN && read === count && last !== undefined) {
      // A walk from the start (a rebuild, a replay, verify) reads the whole file: it is worth warming.
      this.readAhead ??= this.startReadAhead(after === START);
      this.readAhead?.request(last, count);
    } else if (this.readAhead && read < count) {
      // The backlog is read: its worker is not kept for the live reads that follow.
      void this.readAhead.close();
      this.readAhead = undefined;
    }
  }

  /** How many reads were answered with a batch read ahead (for benchmarks and tests). */
  get batchesReadAhead(): number {
    return this.readAheadCount;
  }

  async headPosition(): Promise<Position> {
    this.assertOpen();
    const head = this.selectHead.get();
    return head === null || head === undefined ? START : BigInt(head);
  }

  /**
   * Events after a position as stored: data and metadata still JSON text. For audits that must name
   * an event whose stored text no longer parses, and for readers that need only some of it. Read
   * ahead in a worker through a long walk, as readAll is.
   */
  async readStoredRows(after: Position, maxCount: number): Promise<EventRow[]> {
    const count = readLimit(maxCount);
    const rows = await this.readInOrder(after, count, toEventRowFrom, () => this.selectAfter.all(after, count));
    this.readNextAhead(after, count, rows.length, rows.length > 0 ? BigInt(rows[rows.length - 1]![0]) : undefined);
    return rows;
  }

  subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const source = {
      readAfter: (position: Position, maxCount: number) => this.readAfter(position, maxCount),
      changes: this.changes,
      // Appends from this instance notify at once; polling finds those of other processes.
      pollIntervalMs: this.pollIntervalMs,
      isClosed: () => this.closed,
    };
    return followAll(source, options, READ_CHUNK);
  }

  async flush(): Promise<void> {
    this.assertOpen();
    if (this.synchronous === 'FULL') return;
    // In WAL mode a commit is frames written to the -wal file; with NORMAL they sit in the OS's page
    // cache until a checkpoint. Syncing that file makes every commit so far durable: recovery replays
    // the committed frames. No -wal file means a checkpoint (which syncs) already moved everything.
    // Synced on libuv's thread pool: the event loop meanwhile writes other work (an ingest's next
    // chunk); an fsync makes durable at least every commit made before it began.
    let wal: FileHandle;
    try {
      wal = await open(`${this.filePath}-wal`, 'r+');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    try {
      await wal.sync();
    } finally {
      await wal.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.changes.notify();
    await this.readAhead?.close();
    this.db.close();
  }

  private appendInTransaction(
    stream: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision,
    serialized: readonly { data: string; metadata: string }[],
    checkEveryId = false,
  ): AppendResult {
    const single = events.length === 1 && (expectedRevision === 'no_stream' || typeof expectedRevision === 'number') && this.insertSingle(stream, events[0]!, serialized[0]!, expectedRevision);
    if (single) return single;
    // Only the first id is looked up: a new batch pays one lookup, and the unique index finds
    // any later id that is already recorded (rolling back the append's own transaction).
    const first = events[0] && this.findSlot(events[0].id);
    if (first) return retriedAppendResult(stream, events, first, (id) => this.findSlot(id));
    if (checkEveryId) this.assertNewIds(stream, events);

    const last = this.lastOfStream.get(stream);
    const current = last?.revision ?? NO_STREAM_REVISION;
    assertExpectedRevision(stream, expectedRevision, current);
    let position = last?.position ?? 0;
    for (let index = 0; index < events.length; index += 1) {
      const event = events[index]!;
      const { data, metadata } = serialized[index]!;
      try {
        const { occurredAt, recordedAt, simulated } = event.metadata;
        position = Number(
          this.insertEvent.run(event.id, stream, current + 1 + index, event.type, data, metadata, occurredAt, recordedAt, simulated === true ? 1 : 0).lastInsertRowid,
        );
      } catch (error) {
        // Throwing rolls the whole transaction back, the rows inserted before this one included.
        if (isUniqueIdViolation(error)) throw new DuplicateEventError(stream, event.id);
        throw error;
      }
    }
    return { nextExpectedRevision: current + events.length, position: BigInt(position), written: events.length > 0 };
  }

  /**
   * The common append (one event, an exact expected revision) in one statement instead of three
   * (look up the id, read the stream's revision, insert). Undefined when it was refused: the
   * full path then finds out why and throws as the contract says.
   */
  private insertSingle(stream: string, event: EventToAppend, { data, metadata }: { data: string; metadata: string }, expected: 'no_stream' | number): AppendResult | undefined {
    const after = expected === 'no_stream' ? NO_STREAM_REVISION : expected;
    const { occurredAt, recordedAt, simulated } = event.metadata;
    const { changes, lastInsertRowid } = this.insertIfNext.run(event.id, stream, after, event.type, data, metadata, occurredAt, recordedAt, simulated === true ? 1 : 0, after, stream, after);
    return changes === 1 ? { nextExpectedRevision: after + 1, position: BigInt(lastInsertRowid), written: true } : undefined;
  }

  /** No id of the batch recorded already or twice in it: then no insert of it can fail on the unique index. */
  private assertNewIds(stream: string, events: readonly EventToAppend[]): void {
    if (events.length < 2) return;
    const seen = new Set<string>();
    for (const { id } of events) {
      if (seen.has(id) || (seen.size > 0 && this.findSlot(id))) throw new DuplicateEventError(stream, id);
      seen.add(id);
    }
  }

  private findSlot(id: string): RecordedSlot | undefined {
    const slot = this.findEventById.get(id);
    return slot && { stream: slot.stream, revision: slot.revision, position: BigInt(slot.position) };
  }

  /**
   * Reads in chunks of at most READ_CHUNK rows, so the raw rows of a large read die young instead
   * of all staying alive (and being copied by the garbage collector) until the last one is parsed.
   */
  private readAfter(position: Position, maxCount: number): RecordedEvent[] {
    if (maxCount <= READ_CHUNK) return this.selectAfter.all(position, maxCount).map(toRecordedEvent);
    const events: RecordedEvent[] = [];
    for (let after = position; events.length < maxCount; after = events[events.length - 1]!.position) {
      const rows = this.selectAfter.all(after, Math.min(READ_CHUNK, maxCount - events.length));
      for (const row of rows) events.push(toRecordedEvent(row));
      if (rows.length < READ_CHUNK) break;
    }
    return events;
  }

  /** A process that cannot start a worker thread reads in this one, as before. */
  private startReadAhead(warmFile: boolean): SqliteReadAhead | undefined {
    try {
      return new SqliteReadAhead(this.filePath, warmFile);
    } catch {
      this.readAheadEnabled = false;
      return undefined;
    }
  }

  /** The batch read ahead, if it is full and in order; undefined otherwise (or if a row's data does not parse). */
  private unpackFull<T>({ heads, texts }: PackedBatch, after: Position, count: number, build: BuildFromPacked<T>): T[] | undefined {
    const events: T[] = [];
    let previous = Number(after);
    try {
      for (let piece = 0; piece < heads.length; piece++) {
        const rows = JSON.parse(heads[piece]!) as HeadRow[];
        const dataAndMetadata = texts[piece]!.split(TEXT_SEPARATOR);
        if (dataAndMetadata.length !== 2 * rows.length) return undefined;
        for (let index = 0; index < rows.length; index++) {
          const row = rows[index]!;
          // The first `count` rows after `after`, as selected: in increasing positions, they are in order.
          if (row[0] <= previous) return undefined;
          previous = row[0];
          events.push(build(row, dataAndMetadata[2 * index]!, dataAndMetadata[2 * index + 1]!));
        }
      }
    } catch {
      return undefined;
    }
    return events.length === count ? events : undefined;
  }

  private assertOpen(): void {
    if (!this.db.open || this.closed) throw new Error(`the event store ${this.filePath} is closed`);
  }
}
