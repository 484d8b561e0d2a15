import pg from 'pg';

/**
 * The tables of one store, in a PostgreSQL schema of its own (`public` unless told), named once
 * here so every statement quotes them the same way.
 */
export interface StoreTables {
  readonly schema: string;
  /** The events, one row each. */
  readonly events: string;
  /** One row: the position of the last event recorded, and the lock every append takes. */
  readonly head: string;
  /** The channel an append notifies on commit (LISTEN/NOTIFY), one per schema. */
  readonly channel: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,47}$/;

export const tablesOf = (schema: string): StoreTables => {
  if (!SCHEMA_NAME.test(schema))
    throw new RangeError(`schema must be lower-case letters, digits and _ (at most 48), not ${JSON.stringify(schema)}`);
  const quoted = pg.escapeIdentifier(schema);
  return { schema, events: `${quoted}.events`, head: `${quoted}.event_head`, channel: `monitor_events_${schema}` };
};

/**
 * Why positions cannot leave a gap a reader skips past. A sequence would hand out positions in the
 * order appends *start*, while they become visible in the order they *commit*: a reader at
 * checkpoint 5 could see 7 committed, move its checkpoint to 7, and never see 6 when its slower
 * transaction commits. Here every append first locks the one row of `event_head` (SELECT … FOR
 * UPDATE), takes the positions after it, and moves it on in the same transaction: the next append
 * waits on that lock until this one has committed or rolled back. So positions are contiguous and
 * commit in order, and `position > checkpoint` never misses an event. The cost is one writer at a
 * time, as on SQLite (an append is one statement, see postgres-appends.ts: it holds the lock from
 * that statement to its commit).
 * `(stream, revision)` and `id` are unique as a last guard; the checks are made under the lock.
 */
const createStatements = (t: StoreTables): string[] => [
  `CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(t.schema)}`,
  `CREATE TABLE IF NOT EXISTS ${t.events} (
     position    bigint  PRIMARY KEY,
     id          text    NOT NULL UNIQUE,
     stream      text    NOT NULL,
     revision    integer NOT NULL,
     type        text    NOT NULL,
     data        text    NOT NULL,
     metadata    text    NOT NULL,
     occurred_at text    NOT NULL,
     recorded_at text    NOT NULL,
     simulated   boolean NOT NULL,
     actor       text    NOT NULL,
     UNIQUE (stream, revision)
   )`,
  `CREATE TABLE IF NOT EXISTS ${t.head} (
     only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
     position bigint  NOT NULL
   )`,
  `INSERT INTO ${t.head} (only_row, position) VALUES (true, 0) ON CONFLICT DO NOTHING`,
];

/**
 * Creates the tables if they are missing. Replicas starting together would race on CREATE … IF NOT
 * EXISTS (it is not atomic in PostgreSQL): a session advisory lock lets one at a time in.
 */
export const prepareSchema = async (client: pg.ClientBase, tables: StoreTables): Promise<void> => {
  await client.query(`SELECT pg_advisory_lock(hashtext('monitor event store schema'))`);
  try {
    for (const statement of createStatements(tables)) await client.query(statement);
  } finally {
    await client.query(`SELECT pg_advisory_unlock(hashtext('monitor event store schema'))`);
  }
};
