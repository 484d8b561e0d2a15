import type { Actor, EventMetadata } from '@monitor/domain';
import { lazily, type RecordedEvent, type RecordedMetadata } from '@monitor/event-store';

/** The columns every read selects, in this order (rows are read as arrays: cheaper than objects). */
export const EVENT_COLUMNS = 'position, id, stream, revision, type, data, metadata, occurred_at, recorded_at, simulated, actor';

export type EventRow = [
  position: string,
  id: string,
  stream: string,
  revision: number,
  type: string,
  data: string,
  metadata: string,
  occurredAt: string,
  recordedAt: string,
  simulated: boolean,
  actor: string,
];

/** Actors by their stored text: the same officials recur, and read models look at every event's. */
const actors = new Map<string, Actor | null>();
const MAX_ACTORS = 4096;

const actorOf = (json: string): Actor | null => {
  let actor = actors.get(json);
  if (actor === undefined) {
    actor = Object.freeze(JSON.parse(json) as Actor | null);
    if (actors.size >= MAX_ACTORS) actors.clear();
    actors.set(json, actor);
  }
  return actor;
};

/** The actor as its own column: read models need it from every event, without decoding the metadata. */
export const actorColumn = (metadata: EventMetadata): string => JSON.stringify(metadata.actor ?? null);

/** An event as read: data decoded now, the rest of the metadata on the first call of `metadata`. */
export const toRecordedEvent = ([
  position,
  id,
  stream,
  revision,
  type,
  data,
  metadata,
  occurredAt,
  recordedAt,
  simulated,
  actor,
]: EventRow): RecordedEvent => ({
  id,
  stream,
  type,
  data: JSON.parse(data) as unknown,
  occurredAt,
  recordedAt,
  simulated,
  actor: actorOf(actor),
  metadata: lazily(() => JSON.parse(metadata) as RecordedMetadata),
  revision,
  position: BigInt(position),
});
