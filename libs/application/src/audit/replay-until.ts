import type { EventStore } from '@monitor/event-store';
import type { MonitoringState } from '@monitor/read-models';
import { monitoringProjection } from '../projection/monitoring.projection.js';
import { isUnreadable, storedEventBatches } from './stored-events.js';

export interface ReplayReport {
  readonly state: MonitoringState;
  /** Events read from the store. */
  readonly read: number;
  /** Events recorded by the moment, folded into the read models. */
  readonly applied: number;
  /** Events that could not be applied (a projection error), by position: the platform skipped them too. */
  readonly failed: readonly { position: bigint; reason: string }[];
}

export interface ReplayOptions {
  readonly onProgress?: (read: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * The read models as the platform held them at a moment: every event *recorded* by then (by
 * `recordedAt`, not `occurredAt`: a report entered late was not on screen before it was entered),
 * folded in global order. The store is read whole, since `recordedAt` need not follow positions
 * exactly when several processes write.
 */
export const replayUntil = async (store: EventStore, until: Date, options: ReplayOptions = {}): Promise<ReplayReport> => {
  const moment = until.toISOString();
  const state = monitoringProjection.initialState();
  const failed: { position: bigint; reason: string }[] = [];
  let read = 0;
  let applied = 0;
  for await (const batch of storedEventBatches(store)) {
    for (const event of batch) {
      read++;
      if (isUnreadable(event)) throw new Error(`event at position ${event.position} (${event.stream} revision ${event.revision}) cannot be read: ${event.unreadable}; run verify`);
      if (event.metadata.recordedAt > moment) continue;
      try {
        monitoringProjection.apply(state, event);
        applied++;
      } catch (error) {
        failed.push({ position: event.position, reason: String(error) });
      }
    }
    options.onProgress?.(read);
    if (options.signal?.aborted) throw new Error('replay interrupted');
  }
  return { state, read, applied, failed };
};
