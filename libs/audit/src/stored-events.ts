import type { EventMetadata } from '@monitor/domain';
import { metadataOf, SqliteEventStore, type EventRow, type EventStore, type Position } from '@monitor/event-store';
import { asciiString, type ChainableEvent } from '@monitor/application/chain';

/** An event read back for an audit, in global order. */
export interface StoredEvent extends ChainableEvent {
  readonly position: Position;
}

/** An event as the SQLite store holds it: data and metadata still JSON text. */
export interface RawStoredEvent {
  readonly position: Position;
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly dataJson: string;
  readonly metadataJson: string;
  /** What the store keeps beside the metadata for read models (see RecordedEvent): must be the metadata's. */
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly simulated: boolean;
}

/**
 * Why the times and flag stored beside the metadata disagree with it, if they do: read models are
 * built from those copies, so altering one would change what the platform shows without touching
 * the chained text.
 */
export const copiesDisagreement = (raw: RawStoredEvent): string | undefined => {
  const meta = raw.metadataJson;
  if (!meta.includes(`"occurredAt":${asciiString(raw.occurredAt)}`))
    return `the occurredAt stored beside its metadata (${raw.occurredAt}) is not the metadata's`;
  if (!meta.includes(`"recordedAt":${asciiString(raw.recordedAt)}`))
    return `the recordedAt stored beside its metadata (${raw.recordedAt}) is not the metadata's`;
  if (raw.simulated !== meta.includes('"simulated":true'))
    return `the simulated flag stored beside its metadata (${raw.simulated}) is not the metadata's`;
  return undefined;
};

/** An event whose stored text no longer parses: named, not thrown, so an audit can say where. */
export interface UnreadableEvent {
  readonly position: Position;
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly unreadable: string;
}

export type AuditedEvent = StoredEvent | UnreadableEvent;

export const isUnreadable = (event: AuditedEvent): event is UnreadableEvent => 'unreadable' in event;
export const isRaw = (event: RawStoredEvent | StoredEvent): event is RawStoredEvent => 'dataJson' in event;

/** Parses a raw event, or names it unreadable. */
export const parseRaw = (raw: RawStoredEvent): AuditedEvent => {
  const { position, id, stream, revision, type } = raw;
  try {
    return {
      position,
      id,
      stream,
      revision,
      type,
      data: JSON.parse(raw.dataJson) as unknown,
      metadata: JSON.parse(raw.metadataJson) as EventMetadata,
    };
  } catch (error) {
    return { position, id, stream, revision, unreadable: (error as Error).message };
  }
};

/** A row of the SQLite store as an audit reads it. */
export const rawStoredEventOf = ([
  position,
  id,
  stream,
  revision,
  type,
  dataJson,
  metadataJson,
  occurredAt,
  recordedAt,
  simulated,
]: EventRow): RawStoredEvent => ({
  position: BigInt(position),
  id,
  stream,
  revision,
  type,
  dataJson,
  metadataJson,
  occurredAt,
  recordedAt,
  simulated: simulated === 1,
});

const BATCH = 2048;

/**
 * The whole store in global order, in batches: a SQLite store's events as stored text (raw), any
 * other store's as it returns them.
 */
export async function* rawEventBatches(store: EventStore): AsyncGenerator<(RawStoredEvent | StoredEvent)[]> {
  if (store instanceof SqliteEventStore) {
    for (let after: Position = 0n; ;) {
      const rows = await store.readStoredRows(after, BATCH);
      if (rows.length === 0) return;
      yield rows.map(rawStoredEventOf);
      after = BigInt(rows[rows.length - 1]![0]);
    }
  }
  for (let after: Position = 0n; ;) {
    const events = await store.readAll({ from: after, maxCount: BATCH });
    if (events.length === 0) return;
    yield events.map((e) => ({
      position: e.position,
      id: e.id,
      stream: e.stream,
      revision: e.revision,
      type: e.type,
      data: e.data,
      metadata: metadataOf(e),
    }));
    after = events[events.length - 1]!.position;
  }
}

/** The whole store in global order, parsed; an event whose stored text does not parse is named, not thrown. */
export async function* storedEventBatches(store: EventStore): AsyncGenerator<AuditedEvent[]> {
  for await (const batch of rawEventBatches(store)) yield batch.map((event) => (isRaw(event) ? parseRaw(event) : event));
}
