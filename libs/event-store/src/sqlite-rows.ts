import type { EventMetadata } from '@monitor/domain';
import type { Position, RecordedEvent } from './event-store.port.js';
import type { HeadRow } from './sqlite-read-ahead.js';

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

/**
 * An event as read from SQLite. Its metadata is parsed on first access only: a rebuild reads
 * millions of events and needs the metadata of few, and parsing it was a third of the read's cost.
 * The facts read models need from every event have columns of their own.
 */
class SqliteRecordedEvent implements RecordedEvent {
  readonly id: string;
  readonly stream: string;
  readonly type: string;
  readonly data: unknown;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly simulated: boolean;
  readonly revision: number;
  readonly position: Position;
  #metadataJson: string;
  #metadata: EventMetadata | undefined;

  constructor(
    [position, id, stream, revision, type, occurredAt, recordedAt, simulated]: HeadRow,
    dataJson: string,
    metadataJson: string,
  ) {
    this.id = id;
    this.stream = stream;
    this.type = type;
    this.data = JSON.parse(dataJson) as unknown;
    this.#metadataJson = metadataJson;
    this.occurredAt = occurredAt;
    this.recordedAt = recordedAt;
    this.simulated = simulated === 1;
    this.revision = revision;
    this.position = BigInt(position);
  }

  get metadata(): EventMetadata {
    return (this.#metadata ??= JSON.parse(this.#metadataJson) as EventMetadata);
  }

  toJSON(): RecordedEvent {
    return { ...this, metadata: this.metadata };
  }
}

export const toRecordedEvent = (row: EventRow): RecordedEvent =>
  new SqliteRecordedEvent([row[0], row[1], row[2], row[3], row[4], row[7], row[8], row[9]], row[5], row[6]);

/** An event, or a row as stored, from a row read ahead: its short columns, data and metadata. */
export type BuildFromPacked<T> = (head: HeadRow, data: string, metadata: string) => T;
export const toRecordedEventFrom: BuildFromPacked<RecordedEvent> = (head, data, metadata) => new SqliteRecordedEvent(head, data, metadata);
export const toEventRowFrom: BuildFromPacked<EventRow> = (head, data, metadata) => [head[0], head[1], head[2], head[3], head[4], data, metadata, head[5], head[6], head[7]];
