import {
  assertExpectedRevision,
  DuplicateEventError,
  NO_STREAM_REVISION,
  retriedAppendResult,
  serializeBatch,
  type AppendResult,
  type EventJson,
  type EventToAppend,
  type ExpectedRevision,
  type RecordedSlot,
} from '@monitor/event-store';
import type pg from 'pg';
import { actorColumn } from './postgres-rows.js';
import type { StoreTables } from './postgres-schema.js';

/** PostgreSQL text cannot hold U+0000; JSON escapes it, but names and types are stored as given. */
const assertStorableText = (what: string, text: string): void => {
  if (typeof text !== 'string' || text.length === 0) throw new TypeError(`${what} must be a non-empty string`);
  if (text.includes('\u0000')) throw new TypeError(`${what} must not contain the NUL character (U+0000)`);
};

/** What an append checks before it writes: done in JavaScript, so a refused append writes nothing. */
const checkBatch = (stream: string, events: readonly EventToAppend[]): void => {
  assertStorableText('stream', stream);
  for (const event of events) {
    assertStorableText(`event id`, event.id);
    assertStorableText(`event ${event.id}: type`, event.type);
  }
};

/** The write lock of a transaction: the head position once taken (and moved on by its own appends). */
export interface HeldLock {
  head?: bigint;
}

/**
 * One append on a connection inside a transaction the caller opened (and commits or rolls back).
 * The transaction's first append takes the store's write lock (the head row, see postgres-schema.ts)
 * in a statement of its own; the checks read after it, so they see every append committed before.
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
  const serialized = serializeBatch(events);
  if (lock.head === undefined) {
    const { rows } = await client.query<{ position: string }>(`SELECT position FROM ${tables.head} FOR UPDATE`);
    lock.head = BigInt(rows[0]!.position);
  }
  const single =
    events.length === 1 &&
    (expectedRevision === 'no_stream' || typeof expectedRevision === 'number') &&
    (await insertSingle(client, tables, stream, events[0]!, serialized[0]!, expectedRevision, lock));
  if (single) return single;
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
  assertNewIds(stream, ids, slots);
  const current = last ?? NO_STREAM_REVISION;
  assertExpectedRevision(stream, expectedRevision, current);
  const from = lock.head;
  if (events.length === 0) return { nextExpectedRevision: current, position: from, written: false };

  const to = from + BigInt(events.length);
  await client.query(
    `WITH inserted AS (
       INSERT INTO ${tables.events} (position, id, stream, revision, type, data, metadata, occurred_at, recorded_at, simulated, actor)
       SELECT $1::bigint + n, id, $3, $4::integer + n::integer, type, data, metadata, occurred_at, recorded_at, simulated, actor
         FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::boolean[], $12::text[])
              WITH ORDINALITY AS batch(id, type, data, metadata, occurred_at, recorded_at, simulated, actor, n)
     ), moved AS (
       UPDATE ${tables.head} SET position = $2::bigint
     )
     SELECT pg_notify($13, $2::text)`,
    [
      from.toString(),
      to.toString(),
      stream,
      current,
      ids,
      events.map((event) => event.type),
      serialized.map((json) => json.data),
      serialized.map((json) => json.metadata),
      events.map((event) => event.metadata.occurredAt),
      events.map((event) => event.metadata.recordedAt),
      events.map((event) => event.metadata.simulated === true),
      events.map((event) => actorColumn(event.metadata)),
      tables.channel,
    ],
  );
  lock.head = to;
  return { nextExpectedRevision: current + events.length, position: to, written: true };
};

/**
 * The common append (one event after an exact revision) in one statement instead of two: inserted
 * only if its id is new and the stream is at that revision. Undefined when it was not: the full
 * path then finds out why and throws as the contract says.
 */
const insertSingle = async (
  client: pg.ClientBase,
  tables: StoreTables,
  stream: string,
  event: EventToAppend,
  json: EventJson,
  expected: 'no_stream' | number,
  lock: HeldLock,
): Promise<AppendResult | undefined> => {
  const after = expected === 'no_stream' ? NO_STREAM_REVISION : expected;
  const position = lock.head! + 1n;
  const { rowCount } = await client.query(
    `WITH allowed AS (
       SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM ${tables.events} WHERE id = $2)
         AND coalesce((SELECT max(revision) FROM ${tables.events} WHERE stream = $3), -1) = $4::integer
     ), inserted AS (
       INSERT INTO ${tables.events} (position, id, stream, revision, type, data, metadata, occurred_at, recorded_at, simulated, actor)
       SELECT $1::bigint, $2, $3, $4::integer + 1, $5, $6, $7, $8, $9, $10, $11 FROM allowed
       RETURNING position
     ), moved AS (
       UPDATE ${tables.head} SET position = $1::bigint WHERE EXISTS (SELECT 1 FROM inserted)
     )
     SELECT pg_notify($12, $1::text) FROM inserted`,
    [
      position.toString(),
      event.id,
      stream,
      after,
      event.type,
      json.data,
      json.metadata,
      event.metadata.occurredAt,
      event.metadata.recordedAt,
      event.metadata.simulated === true,
      actorColumn(event.metadata),
      tables.channel,
    ],
  );
  if (rowCount !== 1) return undefined;
  lock.head = position;
  return { nextExpectedRevision: after + 1, position, written: true };
};

/** No id of the batch recorded already (in any stream) or twice in it; the first offending id is named. */
const assertNewIds = (stream: string, ids: readonly string[], recorded: ReadonlyMap<string, RecordedSlot>): void => {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id) || recorded.has(id)) throw new DuplicateEventError(stream, id);
    seen.add(id);
  }
};
