import type { Position, RecordedEvent } from '@monitor/event-store';
import { AUDIT_CHECKPOINT_STREAM, checkpointDigest, type AuditCheckpoint } from './checkpoints.js';
import type { ChainFailure } from './verify-store.js';

/** A checkpoint kept outside the store (a receipt), and where it was read from, to name it. */
export interface KeptReceipt {
  readonly checkpoint: AuditCheckpoint;
  readonly source: string;
}

/** A checkpoint to check where the walk has met `events` events; `at` names it in a failure (position 0: a receipt). */
export interface CheckpointCheck {
  readonly checkpoint: AuditCheckpoint;
  readonly at: { readonly position: Position; readonly stream: string; readonly revision: number; readonly id: string };
}

/** The checks keyed by the number of events they cover: one lookup per event. */
export type ChecksByCount = ReadonlyMap<number, readonly CheckpointCheck[]>;

const receiptAt = (receipt: KeptReceipt) => ({ position: 0n, stream: receipt.source, revision: receipt.checkpoint.sequence ?? -1, id: '' });

/** The store's checkpoints and the receipts, by the number of events each covers; a receipt of a checkpoint the store holds is checked once. */
export const checksByCount = (
  recorded: readonly { event: RecordedEvent; checkpoint: AuditCheckpoint }[],
  receipts: readonly KeptReceipt[],
): ChecksByCount => {
  const checks = new Map<number, CheckpointCheck[]>();
  const add = (check: CheckpointCheck) => checks.set(check.checkpoint.events, [...(checks.get(check.checkpoint.events) ?? []), check]);
  for (const { event, checkpoint } of recorded) add({ checkpoint, at: event });
  const inStore = new Set(recorded.map(({ checkpoint }) => checkpointDigest(checkpoint)));
  for (const receipt of receipts)
    if (!inStore.has(checkpointDigest(receipt.checkpoint))) add({ checkpoint: receipt.checkpoint, at: receiptAt(receipt) });
  return checks;
};

const whole = (kind: ChainFailure['kind'], detail: string): ChainFailure => ({
  kind,
  position: 0n,
  stream: AUDIT_CHECKPOINT_STREAM,
  revision: -1,
  eventId: '',
  detail,
});

/**
 * What the walk over the events cannot see: each chained checkpoint must name the one before it
 * (the first: none), so removing checkpoints shows even when the checkpoint stream was re-chained;
 * a receipt of checkpoint #k must be the store's #k; and when the audit key was in use, a store
 * holding events must hold checkpoints.
 */
export const checkpointChainProblem = (
  recorded: readonly { event: RecordedEvent; checkpoint: AuditCheckpoint }[],
  receipts: readonly KeptReceipt[],
  events: number,
  expected: boolean,
): ChainFailure | undefined => {
  let before: AuditCheckpoint | undefined;
  const bySequence = new Map<number, AuditCheckpoint>();
  for (const { event, checkpoint } of recorded) {
    const fail = (detail: string): ChainFailure => ({
      kind: 'CHECKPOINT_CHAIN',
      position: event.position,
      stream: event.stream,
      revision: event.revision,
      eventId: event.id,
      detail,
    });
    if (checkpoint.sequence === undefined) {
      if (before) return fail('a checkpoint without a link to the one before it was recorded after checkpoints were chained');
      continue;
    }
    if (!before && (checkpoint.sequence !== 0 || checkpoint.previous !== null)) {
      return fail(
        `the first checkpoint the store holds is #${checkpoint.sequence}, which follows another: the checkpoints before it were removed`,
      );
    }
    if (before && (checkpoint.sequence !== before.sequence! + 1 || checkpoint.previous !== checkpointDigest(before))) {
      return fail(
        `checkpoint #${checkpoint.sequence} does not follow #${before.sequence} (it names ${checkpoint.previous} before it): checkpoints between them were removed or altered`,
      );
    }
    bySequence.set(checkpoint.sequence, checkpoint);
    before = checkpoint;
  }
  for (const { checkpoint, source } of receipts) {
    if (checkpoint.sequence === undefined) continue;
    const held = bySequence.get(checkpoint.sequence);
    if (held && checkpointDigest(held) !== checkpointDigest(checkpoint)) {
      return {
        ...whole('CHECKPOINT_CHAIN', `the store's checkpoint #${checkpoint.sequence} is not the one in the receipt ${source}`),
        stream: source,
      };
    }
    if (!held && (before?.sequence ?? -1) < checkpoint.sequence) {
      return {
        ...whole(
          'CHECKPOINT_CHAIN',
          `the receipt ${source} is of checkpoint #${checkpoint.sequence}; the store holds checkpoints only up to ${before ? `#${before.sequence}` : 'none'}: they were removed`,
        ),
        stream: source,
      };
    }
  }
  if (expected && events > 0 && !before) {
    return whole(
      'CHECKPOINTS_MISSING',
      `the audit key was in use, so checkpoints were recorded, but the store holds none over its ${events} events: they were removed`,
    );
  }
  return undefined;
};
