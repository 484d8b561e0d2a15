import type Database from 'better-sqlite3';

/** Raise when the schema changes, and migrate from the previous version in `prepareSchema`. */
const SCHEMA_VERSION = 2;

/**
 * One table. `position` aliases the rowid, so appends write in key order and `readAll` walks the
 * table itself; SQLite gives a new row max(rowid)+1 and nothing is ever deleted, so positions only
 * grow (AUTOINCREMENT would only add a write to guard against deletes). SQLite lets one writer in at
 * a time, so positions also commit in order: a reader polling `position > checkpoint`, from any
 * process, never finds a gap filled in later. The two unique indexes are the idempotency check
 * (event id) and the optimistic concurrency check (stream, revision).
 */
const CREATE_EVENTS = `
  CREATE TABLE IF NOT EXISTS events (
    position INTEGER PRIMARY KEY,
    id       TEXT    NOT NULL UNIQUE,
    stream   TEXT    NOT NULL,
    revision INTEGER NOT NULL,
    type     TEXT    NOT NULL,
    data     TEXT    NOT NULL,
    metadata TEXT    NOT NULL,
    occurred_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    simulated INTEGER NOT NULL,
    UNIQUE (stream, revision)
  ) STRICT`;

/**
 * Version 2 keeps occurredAt, recordedAt and simulated beside the metadata too (see RecordedEvent):
 * a rebuild reads them from every event, and decodes the metadata of few.
 */
const MIGRATE_1_TO_2 = `
  ALTER TABLE events ADD COLUMN occurred_at TEXT NOT NULL DEFAULT '';
  ALTER TABLE events ADD COLUMN recorded_at TEXT NOT NULL DEFAULT '';
  ALTER TABLE events ADD COLUMN simulated INTEGER NOT NULL DEFAULT 0;
  UPDATE events SET
    occurred_at = json_extract(metadata, '$.occurredAt'),
    recorded_at = json_extract(metadata, '$.recordedAt'),
    simulated = coalesce(json_extract(metadata, '$.simulated'), 0) = 1;`;

export type SynchronousMode = 'FULL' | 'NORMAL';

export const configureConnection = (db: Database.Database, synchronous: SynchronousMode): void => {
  // WAL: readers never block the writer, and a commit is one sequential write to the log.
  db.pragma('journal_mode = WAL');
  // FULL syncs the log at every commit: an append that returned survives a power cut. NORMAL
  // syncs only at checkpoints: still never corrupt, but the last commits can be lost.
  db.pragma(`synchronous = ${synchronous}`);
  // Event ids are random, so each appended event dirties a page of the id index somewhere. A 64 MiB
  // cache keeps that index in memory, and checkpointing every 64 MiB of log (not SQLite's 4 MiB)
  // writes each such page back once for many appends instead of once for a few.
  db.pragma('cache_size = -65536');
  db.pragma('wal_autocheckpoint = 16384');
};

export const prepareSchema = (db: Database.Database): void => {
  // IMMEDIATE: of processes opening one file together, one migrates and the others then see it done.
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`event store schema version ${version} is newer than this code knows (${SCHEMA_VERSION})`);
    }
    if (version === SCHEMA_VERSION) return;
    db.exec(version === 1 ? MIGRATE_1_TO_2 : CREATE_EVENTS);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
};

/** The columns every read selects, in the order `toRecordedEvent` expects them. */
export const EVENT_COLUMNS = 'position, id, stream, revision, type, data, metadata, occurred_at, recorded_at, simulated';
