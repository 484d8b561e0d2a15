import type { EventStore, Position, RecordedEvent } from '@monitor/event-store';
import { createHmac, hash, timingSafeEqual } from 'node:crypto';
import { eventIdFor } from '@monitor/application';
import { canonicalJson, chainBatch, streamChainHead } from '@monitor/application/chain';

/** The platform's own stream of global checkpoints: each states the hash over the global order up to a position. */
export const AUDIT_CHECKPOINT_STREAM = 'audit-checkpoints';
export const AUDIT_CHECKPOINT_RECORDED = 'AuditCheckpointRecorded';

export interface AuditCheckpoint {
  /**
   * How many events the hash covers, the first ones in global order. Checkpoints are matched by
   * count and event id, not position, so they hold in a store an export was imported into.
   */
  readonly events: number;
  /** The last event the hash covers. */
  readonly throughEventId: string;
  /** Its position in the store the checkpoint was made on (a decimal string: positions are 64-bit). */
  readonly throughPosition: string;
  /** sha256 (base64url) over the chain hashes of every event up to `throughPosition`, in global order. */
  readonly globalHash: string;
  /**
   * The checkpoint's place in the chain of checkpoints: 0 for the first. Absent on checkpoints
   * recorded before checkpoints were chained (they are checked, but start no chain).
   */
  readonly sequence?: number;
  /** checkpointDigest of the checkpoint before it in the chain; null for the first. */
  readonly previous?: string | null;
  /**
   * HMAC-SHA256 (base64url) with the audit key: of the canonical JSON of every other member for a
   * chained checkpoint, of `events:throughEventId:globalHash` for an older one; null when unsigned.
   */
  readonly signature: string | null;
}

export type CheckpointBody = Omit<AuditCheckpoint, 'signature'>;

/** What the key signs: every member but the signature, so the link to the previous checkpoint is signed too. */
const signedText = (c: CheckpointBody): string =>
  c.sequence === undefined
    ? `${c.events}:${c.throughEventId}:${c.globalHash}`
    : canonicalJson({
        events: c.events,
        throughEventId: c.throughEventId,
        throughPosition: c.throughPosition,
        globalHash: c.globalHash,
        sequence: c.sequence,
        previous: c.previous ?? null,
      });

const signed = (key: string, c: CheckpointBody): string => createHmac('sha256', key).update(signedText(c)).digest('base64url');

export const signCheckpoint = (c: CheckpointBody, key: string | null): AuditCheckpoint => ({
  ...c,
  signature: key ? signed(key, c) : null,
});

/** sha256 (base64url) of the whole checkpoint, signature included: what the next one names as `previous`. */
export const checkpointDigest = (c: AuditCheckpoint): string =>
  hash('sha256', canonicalJson({ ...c, previous: c.previous ?? null, sequence: c.sequence ?? null }), 'base64url');

/** The next checkpoint of the chain after `last` (none: the first), over what a verification found, signed. */
export const nextCheckpoint = (
  over: Pick<AuditCheckpoint, 'events' | 'throughEventId' | 'throughPosition' | 'globalHash'>,
  last: AuditCheckpoint | undefined,
  key: string,
): AuditCheckpoint =>
  signCheckpoint(
    last?.sequence === undefined
      ? { ...over, sequence: 0, previous: null }
      : { ...over, sequence: last.sequence + 1, previous: checkpointDigest(last) },
    key,
  );

/** True when the checkpoint carries a signature made with this key. */
export const checkpointSignedWith = (c: AuditCheckpoint, key: string): boolean => {
  if (!c.signature) return false;
  const expected = Buffer.from(signed(key, c));
  const actual = Buffer.from(c.signature);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
};

/**
 * What is wrong with a checkpoint, met where the events so far end with `lastEventId` and hash to
 * `globalHash`: they are not what it states, or it is not signed with the audit key given.
 */
export const checkpointDisagreement = (
  checkpoint: AuditCheckpoint,
  globalHash: string,
  lastEventId: string | undefined,
  auditKey: string | null | undefined,
): 'CHECKPOINT_MISMATCH' | 'CHECKPOINT_SIGNATURE' | undefined => {
  if (checkpoint.globalHash !== globalHash || checkpoint.throughEventId !== lastEventId) return 'CHECKPOINT_MISMATCH';
  if (auditKey && !checkpointSignedWith(checkpoint, auditKey)) return 'CHECKPOINT_SIGNATURE';
  return undefined;
};

/** The checkpoints among the checkpoint stream's events, oldest first. */
export const checkpointsIn = (stream: readonly RecordedEvent[]): { event: RecordedEvent; checkpoint: AuditCheckpoint }[] =>
  stream.filter((e) => e.type === AUDIT_CHECKPOINT_RECORDED).map((event) => ({ event, checkpoint: event.data as AuditCheckpoint }));

/** The checkpoints recorded so far, oldest first. */
export const readCheckpoints = async (store: EventStore): Promise<{ event: RecordedEvent; checkpoint: AuditCheckpoint }[]> =>
  checkpointsIn(await store.readStream(AUDIT_CHECKPOINT_STREAM));

/**
 * Appends a checkpoint, chained like every other event, to the checkpoint stream. `onto` is the
 * stream as read when the checkpoint was made (its `previous` digests the last of it): the append
 * then expects exactly that stream, so a checkpoint another process recorded meanwhile makes it fail
 * (WrongExpectedRevisionError) instead of recording a second one with the same sequence.
 */
export const recordCheckpoint = async (
  store: EventStore,
  checkpoint: AuditCheckpoint,
  recordedBy: string,
  now: Date,
  onto?: readonly RecordedEvent[],
): Promise<Position> => {
  const recorded = onto ?? (await store.readStream(AUDIT_CHECKPOINT_STREAM));
  const revision = recorded.length === 0 ? 0 : recorded[recorded.length - 1]!.revision + 1;
  const at = now.toISOString();
  const [event] = chainBatch(AUDIT_CHECKPOINT_STREAM, revision, streamChainHead(recorded), [
    {
      id: eventIdFor(undefined, 0),
      type: AUDIT_CHECKPOINT_RECORDED,
      data: checkpoint,
      metadata: {
        actor: null,
        occurredAt: at,
        occurredAtPrecision: 'INSTANT',
        recordedBy,
        recordedAt: at,
        correlationId: eventIdFor(undefined, 0),
        causationId: null,
      },
    },
  ]);
  const result = await store.appendToStream(AUDIT_CHECKPOINT_STREAM, [event!], recorded.length === 0 ? 'no_stream' : revision - 1);
  return result.position;
};
