import type { EventMetadata } from '@monitor/domain';
import { assertMetadataTimes, headOf, type EventToAppend, type RecordedEvent } from '@monitor/event-store';
import { encodePosition, type LogPosition } from './position.js';

/** The fields of the client's recorded event this adapter reads. */
export interface KurrentRecord {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
  /** Absent only from servers older than 22.6 on stream reads. */
  readonly position?: LogPosition;
}

/** The client's proposed event, JSON content. */
export interface ProposedJsonEvent {
  readonly id: string;
  readonly contentType: 'application/json';
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

/**
 * Our events as KurrentDB JSON events: the id stays the caller's (KurrentDB's idempotency key), the
 * metadata becomes the event's metadata JSON. Each is serialized here first, so a value JSON cannot
 * hold (a BigInt) fails the whole batch before anything reaches the server.
 */
export const toProposedEvents = (events: readonly EventToAppend[]): ProposedJsonEvent[] =>
  events.map((event) => {
    assertMetadataTimes(event);
    JSON.stringify(event.data);
    JSON.stringify(event.metadata);
    return {
      id: event.id,
      contentType: 'application/json',
      type: event.type,
      data: event.data as Record<string, unknown>,
      metadata: event.metadata as unknown as Record<string, unknown>,
    };
  });

/** A KurrentDB record as the port's event: revision as a number (both 0-based), position packed. */
export const toRecordedEvent = (record: KurrentRecord): RecordedEvent => {
  if (!record.isJson) throw new Error(`event ${record.id} in ${record.streamId} is not JSON: the platform writes only JSON events`);
  if (!record.position)
    throw new Error(
      `KurrentDB returned event ${record.id} without its position: the platform needs KurrentDB (or EventStoreDB 22.6 or later)`,
    );
  const metadata = record.metadata as EventMetadata;
  return {
    id: record.id,
    stream: record.streamId,
    type: record.type,
    data: record.data,
    ...headOf(metadata),
    metadata: () => metadata,
    revision: Number(record.revision),
    position: encodePosition(record.position),
  };
};
