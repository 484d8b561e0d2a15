import { AsyncLocalStorage } from 'node:async_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  ChangeNotifier,
  readLimit,
  START,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type RecordedEvent,
  type SubscribeOptions,
} from '@monitor/event-store';
import pg from 'pg';
import { appendAlone, appendOnConnection, type HeldLock } from './postgres-appends.js';
import { ChangeListener } from './postgres-listener.js';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './postgres-rows.js';
import { prepareSchema, tablesOf, type StoreTables } from './postgres-schema.js';

export interface PostgresEventStoreOptions {
  /** e.g. `postgres://monitor:secret@db.example:5432/monitor` (node-postgres' connection string). */
  readonly connectionString: string;
  /** The PostgreSQL schema holding the tables (default `public`): tests give each store its own. */
  readonly schema?: string;
  /** Connections of this store object (default 10): appends, reads and inOneCommit each take one. */
  readonly maxConnections?: number;
  /** A subscription reads again this often even without a notification (default 1000 ms). */
  readonly pollIntervalMs?: number;
}

const READ_CHUNK = 1000;

/** The transaction of an inOneCommit in progress, seen by the appends its work makes. */
interface OneCommit {
  readonly client: pg.PoolClient;
  readonly lock: HeldLock;
  failed: unknown;
}

/**
 * The EventStore port on PostgreSQL through node-postgres. Every replica of the scaled-out shape
 * opens one on the same database: appends from any of them are serialized by the head row's lock
 * (see postgres-schema.ts), so global positions commit in order and each replica follows `$all`
 * with `position > checkpoint`, woken by LISTEN/NOTIFY and polling as a fallback.
 */
export class PostgresEventStore implements EventStore {
  readonly keptWhenOneCommitThrows = 'none';
  private readonly pool: pg.Pool;
  private readonly tables: StoreTables;
  private readonly changes = new ChangeNotifier();
  private readonly listener: ChangeListener;
  private readonly closing = new AbortController();
  private readonly commits = new AsyncLocalStorage<OneCommit>();
  private readonly ready: Promise<void>;
  private closed: Promise<void> | undefined;

  constructor(private readonly options: PostgresEventStoreOptions) {
    this.tables = tablesOf(options.schema ?? 'public');
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
    // An idle connection the server drops must not end the process: the next query opens another.
    this.pool.on('error', () => undefined);
    this.listener = new ChangeListener(options.connectionString, this.tables.channel, this.changes);
    this.ready = this.withClient((client) => prepareSchema(client, this.tables));
    this.ready.catch(() => undefined);
  }

  async appendToStream(stream: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    await this.open();
    const commit = this.commits.getStore();
    if (commit) {
      try {
        return await appendOnConnection(commit.client, this.tables, stream, events, expectedRevision, commit.lock);
      } catch (error) {
        // A statement that failed aborted the whole transaction: inOneCommit must not report it committed.
        if (error instanceof pg.DatabaseError) commit.failed ??= error;
        throw error;
      }
    }
    return appendAlone(this.pool, this.tables, stream, events, expectedRevision, () =>
      this.inTransaction((client) => appendOnConnection(client, this.tables, stream, events, expectedRevision, {})),
    );
  }

  async readStream(stream: string, fromRevision = 0): Promise<readonly RecordedEvent[]> {
    if (!Number.isInteger(fromRevision) || fromRevision < 0)
      throw new RangeError(`fromRevision must be a non-negative integer, not ${fromRevision}`);
    return this.select(`SELECT ${EVENT_COLUMNS} FROM ${this.tables.events} WHERE stream = $1 AND revision >= $2 ORDER BY revision`, [
      stream,
      fromRevision,
    ]);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = readLimit(options.maxCount);
    return this.select(`SELECT ${EVENT_COLUMNS} FROM ${this.tables.events} WHERE position > $1 ORDER BY position LIMIT $2`, [
      (options.from ?? START).toString(),
      limit,
    ]);
  }

  async headPosition(): Promise<Position> {
    await this.open();
    const { rows } = await this.queryable().query<{ position: string }>(`SELECT position FROM ${this.tables.head}`);
    return BigInt(rows[0]!.position);
  }

  subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    return this.follow(options);
  }

  /** A commit is durable when it returns (synchronous_commit on, PostgreSQL's default): nothing to do. */
  async flush(): Promise<void> {
    await this.open();
  }

  /**
   * Runs `work` in one transaction: its appends commit together, or none of them when it throws. A
   * refused append is refused before it writes, so the others stay. The write lock is held from the
   * first append to the commit: `work` must not wait on anything slow meanwhile.
   */
  async inOneCommit<T>(work: () => Promise<T>): Promise<T> {
    await this.open();
    if (this.commits.getStore()) return work();
    return this.withClient(async (client) => {
      const commit: OneCommit = { client, lock: {}, failed: undefined };
      await client.query('BEGIN');
      try {
        const result = await this.commits.run(commit, work);
        if (commit.failed) throw commit.failed;
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  close(): Promise<void> {
    this.closing.abort();
    this.closed ??= (async () => {
      await this.ready.catch(() => undefined);
      await this.listener.close();
      await this.pool.end();
    })();
    return this.closed;
  }

  /** Catch up in chunks, then wait for a notification (or the poll interval) and read again. */
  private async *follow({ from, signal }: SubscribeOptions): AsyncGenerator<RecordedEvent> {
    const stop = signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal;
    if (stop.aborted) return;
    await this.open();
    // Listening before the first read: an append committed after that read wakes the wait below.
    await this.listener.start().catch(() => undefined);
    let checkpoint = from ?? START;
    while (!stop.aborted) {
      // Again each round: a listener that dropped reconnects here (polling covered the gap).
      await this.listener.start().catch(() => undefined);
      const seen = this.changes.seen;
      let batch: RecordedEvent[];
      try {
        // Never on the connection of an inOneCommit the subscription happened to start in: it outlives it.
        batch = await this.commits.exit(() => this.readAll({ from: checkpoint, maxCount: READ_CHUNK }));
      } catch (error) {
        if (stop.aborted) return;
        throw error;
      }
      for (const event of batch) {
        if (stop.aborted) return;
        yield event;
        checkpoint = event.position;
      }
      if (batch.length < READ_CHUNK) await this.changes.waitForChange(seen, this.options.pollIntervalMs ?? 1000, stop);
      else await nextTurn();
    }
  }

  private async select(sql: string, values: unknown[]): Promise<RecordedEvent[]> {
    await this.open();
    const commit = this.commits.getStore();
    try {
      const { rows } = await (commit?.client ?? this.pool).query<EventRow>({ text: sql, values, rowMode: 'array' });
      return rows.map(toRecordedEvent);
    } catch (error) {
      if (commit && error instanceof pg.DatabaseError) commit.failed ??= error;
      throw error;
    }
  }

  /**
   * Inside inOneCommit, the commit's own connection: its work reads what it has appended, not yet
   * committed, as on SQLite. Elsewhere, any connection of the pool.
   */
  private queryable(): pg.Pool | pg.PoolClient {
    return this.commits.getStore()?.client ?? this.pool;
  }

  private async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      await client.query('BEGIN');
      try {
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  private async withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      return await work(client);
    } catch (error) {
      // A connection whose transaction state is unknown is not given back to the pool.
      if (!(error instanceof pg.DatabaseError) && !(error instanceof TypeError) && !(error instanceof RangeError)) broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  }

  private async open(): Promise<void> {
    if (this.closing.signal.aborted) throw new Error('the PostgreSQL event store is closed');
    try {
      await this.ready;
    } catch (error) {
      throw new Error(`the PostgreSQL event store could not prepare its tables: ${(error as Error).message}`, { cause: error });
    }
  }
}
