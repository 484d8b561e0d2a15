import type { Actor, EventMetadata } from '@monitor/domain';
import type { RecordedEvent } from './event-store.port.js';
import type { HeadRow } from './sqlite-packed-batch.js';

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

const ACTOR_MEMBER = '{"actor":';
const NO_ACTOR = `${ACTOR_MEMBER}null,"`;
const AN_ACTOR = `${ACTOR_MEMBER}{`;
/** Actors read from metadata texts, by the text's front up to the actor's end: officials recur. */
const actors = new Map<string, Actor>();
const MAX_ACTORS = 4096;

/**
 * The actor a stored metadata text names, read without decoding the rest of it: the platform
 * writes the actor first (keys in order), and the same officials recur. A text that begins with
 * `{"actor":`, then a complete JSON value, then `,"` names that value as its actor (a value's end is
 * where a parser from its start stops); anything else is decoded whole.
 */
const actorOf = (json: string, decodeWhole: () => EventMetadata): Actor | null => {
  if (json.startsWith(NO_ACTOR)) return null;
  if (json.startsWith(AN_ACTOR)) {
    // The first `}` followed by `,"` ends the actor unless one of its strings holds those: that cut does not parse.
    const end = json.indexOf('},"', AN_ACTOR.length) + 1;
    if (end > 0) {
      const prefix = json.slice(0, end);
      const known = actors.get(prefix);
      if (known) return known;
      try {
        const actor = Object.freeze(JSON.parse(json.slice(ACTOR_MEMBER.length, end)) as Actor);
        if (actors.size >= MAX_ACTORS) actors.clear();
        actors.set(prefix, actor);
        return actor;
      } catch {
        // Decoded whole below.
      }
    }
  }
  return decodeWhole().actor ?? null;
};

/**
 * An event as read from SQLite: its metadata is parsed on the first call of `metadata` only, since
 * a rebuild reads millions of events and needs the metadata of few (parsing it was a third of the
 * read's cost). The head read models need from every event has columns of its own (times,
 * simulated flag) or is read from the front of the metadata text (the actor, see actorOf).
 */
const sqliteRecordedEvent = (
  [position, id, stream, revision, type, occurredAt, recordedAt, simulated]: HeadRow,
  dataJson: string,
  metadataJson: string,
): RecordedEvent => {
  let metadata: EventMetadata | undefined;
  const decode = (): EventMetadata => (metadata ??= JSON.parse(metadataJson) as EventMetadata);
  return {
    id,
    stream,
    type,
    data: JSON.parse(dataJson) as unknown,
    occurredAt,
    recordedAt,
    simulated: simulated === 1,
    actor: actorOf(metadataJson, decode),
    metadata: decode,
    revision,
    position: BigInt(position),
  };
};

export const toRecordedEvent = (row: EventRow): RecordedEvent =>
  sqliteRecordedEvent([row[0], row[1], row[2], row[3], row[4], row[7], row[8], row[9]], row[5], row[6]);

/** An event, or a row as stored, from a row read ahead: its short columns, data and metadata. */
export type BuildFromPacked<T> = (head: HeadRow, data: string, metadata: string) => T;
export const toRecordedEventFrom: BuildFromPacked<RecordedEvent> = (head, data, metadata) => sqliteRecordedEvent(head, data, metadata);
export const toEventRowFrom: BuildFromPacked<EventRow> = (head, data, metadata) => [
  head[0],
  head[1],
  head[2],
  head[3],
  head[4],
  data,
  metadata,
  head[5],
  head[6],
  head[7],
];
