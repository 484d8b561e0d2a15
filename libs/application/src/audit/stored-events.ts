import type { EventMetadata } from '@monitor/domain';
import { SqliteEventStore, type EventStore, type Position } from '@monitor/event-store';
import type { ChainableEvent } from './canonical-event.js';

/** An event read back for an audit, in global order. */
export interface StoredEvent extends ChainableEvent {
  readonly position: Position;
}

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

const BATCH = 2048;

/**
 * The whole store in global order, in batches. A SQLite store is read as stored text and parsed
 * here, event by event, so one corrupted event is reported instead of failing the whole read.
 */
export async function* storedEventBatches(store: EventStore, until: Position | null = null): AsyncGenerator<AuditedEvent[]> {
  if (store instanceof SqliteEventStore) {
    for (let after: Position = 0n; ; ) {
      const rows = store.readStoredRows(after, BATCH);
      if (rows.length === 0) return;
      const batch: AuditedEvent[] = [];
      for (const [position, id, stream, revision, type, data, metadata] of rows) {
        const at = BigInt(position);
        if (until !== null && at > until) return yield batch;
        try {
          batch.push({ position: at, id, stream, revision, type, data: JSON.parse(data), metadata: JSON.parse(metadata) as EventMetadata });
        } catch (error) {
          batch.push({ position: at, id, stream, revision, unreadable: (error as Error).message });
        }
      }
      yield batch;
      after = BigInt(rows[rows.length - 1]![0]);
    }
  }
  for (let after: Position = 0n; ; ) {
    const events = await store.readAll({ from: after, maxCount: BATCH });
    if (events.length === 0) return;
    const within = until === null ? events : events.filter((e) => e.position <= until);
    yield within;
    if (within.length < events.length) return;
    after = events[events.length - 1]!.position;
  }
}
