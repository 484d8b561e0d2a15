import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChangeNotifier } from './change-notifier.js';
import {
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
import { SqliteAppends } from './sqlite-appends.js';
import { unpackFull } from './sqlite-packed-batch.js';
import { READ_AHEAD_WORKER, SqliteReadAhead } from './sqlite-read-ahead.js';
import { toEventRowFrom, toRecordedEvent, toRecordedEventFrom, type BuildFromPacked, type EventRow } from './sqlite-rows.js';
import { configureConnection, EVENT_COLUMNS, prepareSchema, type SynchronousMode } from './sqlite-schema.js';
import { readLimit, serializeBatch } from './store-rules.js';

export type { EventRow } from './sqlite-rows.js';

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
  /**
   * The read-ahead worker module: by default the compiled `sqlite-read-ahead.worker.js` beside this
   * module. Run from the sources (under Jest) there is none, and the store reads without a worker
   * unless a test gives the built one (`compiledWorker` of `@monitor/event-store/testing`).
   */
  readonly readAheadWorker?: URL;
}

/**
 * Rows per query, and per subscription batch. Measured: a few hundred beat a few thousand, because
 * fewer rows alive at once means less for each young-generation garbage collection to copy.
 */
const READ_CHUNK = 512;

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
  private readonly readAheadWorker: URL;
  private readAhead: SqliteReadAhead | undefined;
  private readAheadCount = 0;

  private readonly appends: SqliteAppends;
  private readonly selectStream;
  private readonly selectAfter;
  private readonly selectHead;

  constructor(
    readonly filePath: string,
    options: SqliteEventStoreOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.readAheadWorker = options.readAheadWorker ?? READ_AHEAD_WORKER;
    this.readAheadEnabled = (options.readAhead ?? true) && existsSync(fileURLToPath(this.readAheadWorker));
    mkdirSync(dirname(filePath), { recursive: true });
    // Another process holding the write lock is waited for, up to 5 s, before an append fails as busy.
    this.db = new Database(filePath, { timeout: 5000 });
    this.synchronous = options.synchronous ?? 'FULL';
    configureConnection(this.db, this.synchronous);
    prepareSchema(this.db);

    this.appends = new SqliteAppends(this.db);
    this.selectStream = this.db
      .prepare<[string, number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision`)
      .raw(true);
    this.selectAfter = this.db
      .prepare<[bigint, number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`)
      .raw(true);
    this.selectHead = this.db.prepare<[], number | null>('SELECT MAX(position) FROM events').pluck(true);
  }

  async appendToStream(stream: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    // Serialized before the transaction: the write lock is held only for the inserts.
    const serialized = serializeBatch(events);
    // Inside inOneCommit, the commit's transaction holds the write lock; otherwise the append takes it.
    if (this.db.inTransaction) return this.appends.appendWithinCommit(stream, events, expectedRevision, serialized);
    const result = this.appends.appendAlone(stream, events, expectedRevision, serialized);
    if (result.written) this.changes.notify();
    return result;
  }

  readonly keptWhenOneCommitThrows = 'none';

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
    const unpacked = packed && unpackFull(packed, after, count, build);
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
      return new SqliteReadAhead({ file: this.filePath, warm: warmFile }, this.readAheadWorker);
    } catch {
      this.readAheadEnabled = false;
      return undefined;
    }
  }

  private assertOpen(): void {
    if (!this.db.open || this.closed) throw new Error(`the event store ${this.filePath} is closed`);
  }
}
