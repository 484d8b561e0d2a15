import type { EventStore } from '@monitor/event-store';
import type { MonitoringState } from '@monitor/read-models';
import { monitoringProjection } from '@monitor/application';

export interface ReplayUntilReport {
  readonly state: MonitoringState;
  /** Events read from the store. */
  readonly read: number;
  /** Events recorded by the moment, folded into the read models. */
  readonly applied: number;
  /** Events that could not be applied (a projection error), by position: the platform skipped them too. */
  readonly failed: readonly { position: bigint; reason: string }[];
}

const BATCH = 2048;

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
export const replayUntil = async (store: EventStore, until: Date, options: ReplayOptions = {}): Promise<ReplayUntilReport> => {
  const moment = until.toISOString();
  const state = monitoringProjection.initialState();
  const failed: { position: bigint; reason: string }[] = [];
  let read = 0;
  let applied = 0;
  // Read through the port, so the replay gets whatever read path the adapter makes fastest (the rebuild's).
  for (let after = 0n; ;) {
    const batch = await store.readAll({ from: after, maxCount: BATCH }).catch((error: Error) => {
      throw new Error(`the events after position ${after} cannot be read (${error.message}); run verify to find the one at fault`);
    });
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!.position;
    for (const event of batch) {
      read++;
      if (event.recordedAt > moment) continue;
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
