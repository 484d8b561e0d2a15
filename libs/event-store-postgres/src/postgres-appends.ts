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

/**
 * One append on a connection inside a transaction the caller opened (and commits or rolls back).
 * The first statement takes the store's write lock (the head row, see postgres-schema.ts); the
 * checks read after it, in a statement of their own, so they see every append committed before.
 */
export const appendOnConnection = async (
  client: pg.ClientBase,
  tables: StoreTables,
  stream: string,
  events: readonly EventToAppend[],
  expectedRevision: ExpectedRevision,
): Promise<AppendResult> => {
  checkBatch(stream, events);
  const serialized = serializeBatch(events);
  const ids = events.map((event) => event.id);
  const head = await client.query<{ position: string }>(`SELECT position FROM ${tables.head} FOR UPDATE`);
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
  const from = BigInt(head.rows[0]!.position);
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
  return { nextExpectedRevision: current + events.length, position: to, written: true };
};

/** No id of the batch recorded already (in any stream) or twice in it; the first offending id is named. */
const assertNewIds = (stream: string, ids: readonly string[], recorded: ReadonlyMap<string, RecordedSlot>): void => {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id) || recorded.has(id)) throw new DuplicateEventError(stream, id);
    seen.add(id);
  }
};
