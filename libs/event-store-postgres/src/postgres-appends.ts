import {
  assertExpectedRevision,
  DuplicateEventError,
  NO_STREAM_REVISION,
  retriedAppendResult,
  serializeBatch,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
  type RecordedSlot,
} from '@monitor/event-store';
import pg from 'pg';
import { actorColumn } from './postgres-rows.js';
import type { StoreTables } from './postgres-schema.js';

/** PostgreSQL text cannot hold U+0000; JSON escapes it, but names and types are stored as given. */
const assertStorableText = (what: string, text: string): void => {
  if (typeof text !== 'string' || text.length === 0) throw new TypeError(`${what} must be a non-empty string`);
  if (text.includes('\u0000')) throw new TypeError(`${what} must not contain the NUL character (U+0000)`);
};

/**
 * What an append checks before it writes: done in JavaScript, so a refused append writes nothing
 * (and no statement fails inside a transaction). An id twice in the batch is refused here.
 */
const checkBatch = (stream: string, events: readonly EventToAppend[]): void => {
  assertStorableText('stream', stream);
  const seen = new Set<string>();
  for (const event of events) {
    assertStorableText(`event id`, event.id);
    assertStorableText(`event ${event.id}: type`, event.type);
    if (seen.has(event.id)) throw new DuplicateEventError(stream, event.id);
    seen.add(event.id);
  }
};

/** The write lock of a transaction: the head position once taken (and moved on by its own appends). */
export interface HeldLock {
  head?: bigint;
}

/** A revision the statement can compare in SQL (an `integer` column); any other goes the checked way. */
const inSql = (expected: ExpectedRevision): boolean =>
  typeof expected !== 'number' || (Number.isInteger(expected) && expected >= NO_STREAM_REVISION && expected < 2 ** 31 - 1);

/**
 * The whole append in one statement: the checks (no id of the batch recorded, the stream at the
 * expected revision), the move of the head row (which takes the write lock, see postgres-schema.ts),
 * the events at the positions after it and the notification sent on commit. It writes only when
 * every check passes, and then returns the new head and the stream's revision before the batch; it
 * returns no row otherwise, and the caller finds out why (explainRefusal).
 *
 * Prepared once per connection (named), so the server parses and plans it once.
 */
const appendStatement = (t: StoreTables): string => `
  WITH state AS MATERIALIZED (
    SELECT (SELECT max(revision) FROM ${t.events} WHERE stream = $1) AS last,
           EXISTS (SELECT 1 FROM ${t.events} WHERE id = ANY($4::text[])) AS known
  ), allowed AS (
    SELECT last FROM state
     WHERE NOT known
       AND CASE $2::text
             WHEN 'any' THEN true
             WHEN 'no_stream' THEN last IS NULL
             WHEN 'stream_exists' THEN last IS NOT NULL
             ELSE coalesce(last, -1) = $3::integer
           END
  ), moved AS (
    UPDATE ${t.head} SET position = position + $5::integer FROM allowed RETURNING position, allowed.last
  ), inserted AS (
    INSERT INTO ${t.events} (position, id, stream, revision, type, data, metadata, occurred_at, recorded_at, simulated, actor)
    SELECT moved.position - $5::integer + b.n, b.id, $1, coalesce(moved.last, -1) + b.n::integer,
           b.type, b.data, b.metadata, b.occurred_at, b.recorded_at, b.simulated, b.actor
      FROM moved,
           unnest($4::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::boolean[], $12::text[])
             WITH ORDINALITY AS b(id, type, data, metadata, occurred_at, recorded_at, simulated, actor, n)
  )
  SELECT position::text, last, pg_notify($13, position::text) FROM moved`;

/**
 * Runs the one-statement append. Undefined when it wrote nothing (a check failed). On its own
 * (not in a transaction holding the lock), the checks read the snapshot taken before the statement
 * waited for the lock: an append committed meanwhile is unseen by them, but its rows are not by the
 * unique indexes, so the statement then fails on one of them and writes nothing (see appendAlone).
 */
const tryAppend = async (
  client: pg.ClientBase | pg.Pool,
  tables: StoreTables,
  stream: string,
  events: readonly EventToAppend[],
  expectedRevision: ExpectedRevision,
): Promise<AppendResult | undefined> => {
  const serialized = serializeBatch(events);
  const { rows } = await client.query<{ position: string; last: number | null }>({
    name: `monitor_append_${tables.schema}`,
    text: appendStatement(tables),
    values: [
      stream,
      typeof expectedRevision === 'number' ? 'exact' : expectedRevision,
      typeof expectedRevision === 'number' ? expectedRevision : null,
      events.map((event) => event.id),
      events.length,
      events.map((event) => event.type),
      serialized.map((json) => json.data),
      serialized.map((json) => json.metadata),
      events.map((event) => event.metadata.occurredAt),
      events.map((event) => event.metadata.recordedAt),
      events.map((event) => event.metadata.simulated === true),
      events.map((event) => actorColumn(event.metadata)),
      tables.channel,
    ],
  });
  const row = rows[0];
  if (!row) return undefined;
  return { nextExpectedRevision: (row.last ?? NO_STREAM_REVISION) + events.length, position: BigInt(row.position), written: true };
};

/**
 * One append on a connection inside a transaction the caller opened (and commits or rolls back).
 * The transaction's first append takes the store's write lock (the head row) in a statement of its
 * own; every statement after it reads a snapshot taken under the lock, so the checks see every
 * append committed before. One statement per append; two more when it is refused or retried.
 */
export const appendOnConnection = async (
  client: pg.ClientBase,
  tables: StoreTables,
  stream: string,
  events: readonly EventToAppend[],
  expectedRevision: ExpectedRevision,
  lock: HeldLock,
): Promise<AppendResult> => {
  checkBatch(stream, events);
  if (lock.head === undefined) {
    const { rows } = await client.query<{ position: string }>(`SELECT position FROM ${tables.head} FOR UPDATE`);
    lock.head = BigInt(rows[0]!.position);
  }
  const written = events.length > 0 && inSql(expectedRevision) && (await tryAppend(client, tables, stream, events, expectedRevision));
  if (written) {
    lock.head = written.position;
    return written;
  }
  return explainRefusal(client, tables, stream, events, expectedRevision, lock.head);
};

/**
 * An append outside any transaction: first the one statement alone, committed by itself (one round
 * trip and one commit). When it writes nothing or fails on a unique index (an append committed while
 * it waited for the lock), it is made again in a transaction of its own under the lock (`retry`),
 * where the checks are exact and a refusal is explained as the contract says.
 */
export const appendAlone = async (
  pool: pg.Pool,
  tables: StoreTables,
  stream: string,
  events: readonly EventToAppend[],
  expectedRevision: ExpectedRevision,
  retry: () => Promise<AppendResult>,
): Promise<AppendResult> => {
  checkBatch(stream, events);
  if (events.length === 0 || !inSql(expectedRevision)) return retry();
  try {
    return (await tryAppend(pool, tables, stream, events, expectedRevision)) ?? (await retry());
  } catch (error) {
    if (error instanceof pg.DatabaseError && error.code === UNIQUE_VIOLATION) return retry();
    throw error;
  }
};

const UNIQUE_VIOLATION = '23505';

/**
 * Why an append under the lock wrote nothing: a retry of an append already recorded (its result),
 * an id recorded already or a wrong expected revision (thrown), or an empty batch (nothing written).
 */
const explainRefusal = async (
  client: pg.ClientBase,
  tables: StoreTables,
  stream: string,
  events: readonly EventToAppend[],
  expectedRevision: ExpectedRevision,
  head: bigint,
): Promise<AppendResult> => {
  const ids = events.map((event) => event.id);
  const state = await client.query<{ last: number | null; recorded: [string, string, number, string][] }>(
    `SELECT (SELECT max(revision) FROM ${tables.events} WHERE stream = $1) AS last,
            (SELECT coalesce(json_agg(json_build_array(id, stream, revision, position::text)), '[]'::json)
               FROM ${tables.events} WHERE id = ANY($2::text[])) AS recorded`,
    [stream, ids],
  );
  const { last, recorded } = state.rows[0]!;
  const slots = new Map<string, RecordedSlot>(
    recorded.map(([id, inStream, revision, position]) => [id, { stream: inStream, revision, position: BigInt(position) }]),
  );
  const first = events[0] && slots.get(events[0].id);
  if (first) return retriedAppendResult(stream, events, first, (id) => slots.get(id));
  const duplicate = ids.find((id) => slots.has(id));
  if (duplicate !== undefined) throw new DuplicateEventError(stream, duplicate);
  const current = last ?? NO_STREAM_REVISION;
  assertExpectedRevision(stream, expectedRevision, current);
  if (events.length === 0) return { nextExpectedRevision: current, position: head, written: false };
  // Under the lock the statement and this read see the same rows: a refusal always has a reason above.
  throw new Error(`append to ${stream} was refused by PostgreSQL without a reason the store can name`);
};
