import { WrongExpectedRevisionError, type EventStore, type Position } from '@monitor/event-store';
import type { KeptReceipt } from './checkpoint-checks.js';
import { AUDIT_CHECKPOINT_STREAM, checkpointsIn, nextCheckpoint, recordCheckpoint, type AuditCheckpoint } from './checkpoints.js';
import { verifyStore, type VerifyReport } from './verify-store.js';

export interface CheckpointRun {
  /** The checkpoint recorded by this run, and where; undefined when none was. */
  readonly recorded?: { readonly checkpoint: AuditCheckpoint; readonly position: Position };
  readonly report: VerifyReport;
}

export interface CheckpointOptions {
  /** The key checkpoints are checked with; null when none exists yet. */
  readonly auditKey: string | null;
  /** The key to sign with, asked for only when a checkpoint is recorded (it may be generated then). */
  readonly signingKey: () => string;
  /** The store must already hold checkpoints (see VerifyOptions.checkpointsExpected). */
  readonly checkpointsExpected: boolean;
  /** Checkpoints kept outside the store the store must still agree with. */
  readonly receipts?: readonly KeptReceipt[];
  readonly recordedBy: string;
  readonly now: () => Date;
  readonly signal?: AbortSignal;
}

/**
 * Verifies the whole store and, when it verifies and events were recorded since the last
 * checkpoint (besides that checkpoint itself), records the next checkpoint of the chain over
 * everything, signed. A store that does not verify gets no checkpoint: the report says why, for
 * the caller to raise the alarm.
 */
export const checkpointIfChanged = async (store: EventStore, options: CheckpointOptions): Promise<CheckpointRun> => {
  const stream = await store.readStream(AUDIT_CHECKPOINT_STREAM);
  const last = checkpointsIn(stream).at(-1)?.checkpoint;
  const report = await verifyStore(store, {
    auditKey: options.auditKey,
    checkpointsExpected: options.checkpointsExpected,
    receipts: options.receipts,
    signal: options.signal,
  });
  const nothingNew = report.events === 0 || (last !== undefined && report.events <= last.events + 1);
  if (report.failure || nothingNew || options.signal?.aborted) return { report };
  const checkpoint = nextCheckpoint(
    {
      events: report.events,
      throughEventId: report.lastEventId!,
      throughPosition: String(report.lastPosition),
      globalHash: report.globalHash,
    },
    last,
    options.signingKey(),
  );
  try {
    const position = await recordCheckpoint(store, checkpoint, options.recordedBy, options.now(), stream);
    return { recorded: { checkpoint, position }, report };
  } catch (error) {
    // Another process (a second replica) recorded the checkpoint meanwhile: its chain stands, ours is not needed.
    if (error instanceof WrongExpectedRevisionError) return { report };
    throw error;
  }
};
