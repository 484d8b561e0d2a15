import type { EventStore } from '@monitor/event-store';
import { readCheckpoints, recordCheckpoint, signCheckpoint } from './checkpoints.js';
import { verifyStore, type VerifyReport } from './verify-store.js';

export interface CheckpointRun {
  /** True when a checkpoint was recorded by this run. */
  readonly recorded: boolean;
  readonly report: VerifyReport;
}

export interface CheckpointOptions {
  readonly auditKey: string | null;
  readonly recordedBy: string;
  readonly now: () => Date;
  readonly signal?: AbortSignal;
}

/**
 * Verifies the whole store and, when it verifies and events were recorded since the last
 * checkpoint (besides that checkpoint itself), records a new one over everything. A store that does
 * not verify gets no checkpoint: the report says why, for the caller to raise the alarm.
 */
export const checkpointIfChanged = async (store: EventStore, options: CheckpointOptions): Promise<CheckpointRun> => {
  const last = (await readCheckpoints(store)).at(-1)?.checkpoint;
  const report = await verifyStore(store, { auditKey: options.auditKey, signal: options.signal });
  const nothingNew = report.events === 0 || (last !== undefined && report.events <= last.events + 1);
  if (report.failure || nothingNew || options.signal?.aborted) return { recorded: false, report };
  const checkpoint = signCheckpoint(
    { events: report.events, throughEventId: report.lastEventId!, throughPosition: String(report.lastPosition), globalHash: report.globalHash },
    options.auditKey,
  );
  await recordCheckpoint(store, checkpoint, options.recordedBy, options.now());
  return { recorded: true, report };
};
