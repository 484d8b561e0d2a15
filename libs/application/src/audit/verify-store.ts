import type { EventStore, Position } from '@monitor/event-store';
import { createHash, type Hash } from 'node:crypto';
import { checkpointSignedWith, readCheckpoints, type AuditCheckpoint } from './checkpoints.js';
import { chainHash, GENESIS } from './event-chain.js';
import { isUnreadable, storedEventBatches } from './stored-events.js';

export type ChainFailureKind =
  /** the stored text of the event no longer parses */
  | 'UNREADABLE'
  /** the event's content (or its stored hash) is not what was chained when it was recorded */
  | 'HASH_MISMATCH'
  /** a stream skips a revision: an event was removed */
  | 'MISSING_REVISION'
  /** a stream's event carries no hash although an earlier one does: its hash was stripped */
  | 'CHAIN_REMOVED'
  /** the hash over the global order differs from a recorded checkpoint: events were altered, removed or re-chained */
  | 'CHECKPOINT_MISMATCH'
  /** a checkpoint's signature does not match the audit key */
  | 'CHECKPOINT_SIGNATURE'
  /** a checkpoint covers a position the store no longer holds */
  | 'CHECKPOINT_POSITION_MISSING';

export interface ChainFailure {
  readonly kind: ChainFailureKind;
  readonly position: Position;
  readonly stream: string;
  readonly revision: number;
  readonly eventId: string;
  readonly detail: string;
}

export interface VerifyReport {
  readonly events: number;
  readonly chained: number;
  /** Events recorded before chaining existed: their content cannot be proven, only linked onward. */
  readonly unchained: number;
  readonly streams: number;
  readonly checkpointsChecked: number;
  /** Checkpoints whose signature was not checked because no audit key was given. */
  readonly checkpointsUnsigned: number;
  readonly lastPosition: Position;
  /** sha256 over every event's chain hash in global order: what a new checkpoint would record. */
  readonly globalHash: string;
  /** The first event that does not match; null when the whole store verifies. */
  readonly failure: ChainFailure | null;
}

export interface VerifyOptions {
  /** The key checkpoints were signed with; without it, signatures are reported as not checked. */
  readonly auditKey?: string | null;
  /** Called after each batch with the number of events verified so far. */
  readonly onProgress?: (events: number) => void;
  /** Checked between batches: an interrupted verify stops and reports what it covered. */
  readonly signal?: AbortSignal;
}

/** Where an event is: enough to name it in a failure. */
interface Location {
  readonly position: Position;
  readonly stream: string;
  readonly revision: number;
  readonly id: string;
}

interface StreamHead {
  revision: number;
  hash: string;
  chained: boolean;
}

/**
 * Walks the store in global order, recomputing each stream's hash chain and the hash over the
 * global order, and compares them with the hashes and checkpoints stored. Stops at the first
 * event that does not match and names it.
 */
export const verifyStore = async (store: EventStore, options: VerifyOptions = {}): Promise<VerifyReport> => {
  const checkpoints = new Map<Position, { checkpoint: AuditCheckpoint; at: Location }>();
  for (const { event, checkpoint } of await readCheckpoints(store)) {
    checkpoints.set(BigInt(checkpoint.throughPosition), { checkpoint, at: event });
  }
  const heads = new Map<string, StreamHead>();
  const global: Hash = createHash('sha256');
  let events = 0;
  let chained = 0;
  let checkpointsChecked = 0;
  let checkpointsUnsigned = 0;
  let lastPosition: Position = 0n;
  let failure: ChainFailure | null = null;

  const fail = (event: Location, kind: ChainFailureKind, detail: string): void => {
    failure = { kind, position: event.position, stream: event.stream, revision: event.revision, eventId: event.id, detail };
  };

  outer: for await (const batch of storedEventBatches(store)) {
    for (const event of batch) {
      if (isUnreadable(event)) {
        fail(event, 'UNREADABLE', `its stored JSON does not parse: ${event.unreadable}`);
        break outer;
      }
      const head = heads.get(event.stream);
      const expectedRevision = head ? head.revision + 1 : 0;
      if (event.revision !== expectedRevision) {
        fail(event, 'MISSING_REVISION', `revision ${event.revision} follows ${expectedRevision - 1}: revision ${expectedRevision} is missing`);
        break outer;
      }
      const stored = event.metadata.chain;
      const computed = chainHash(head?.hash ?? GENESIS, event);
      if (stored === undefined && head?.chained) {
        fail(event, 'CHAIN_REMOVED', 'it carries no chain hash, though the event before it in its stream does');
        break outer;
      }
      if (stored !== undefined && stored !== computed) {
        fail(event, 'HASH_MISMATCH', `stored hash ${stored}, but its content and the previous event's hash give ${computed}: the event was altered after it was recorded`);
        break outer;
      }
      if (stored !== undefined) chained++;
      heads.set(event.stream, { revision: event.revision, hash: computed, chained: stored !== undefined });
      global.update(computed);
      events++;
      lastPosition = event.position;
      const due = checkpoints.get(event.position);
      if (due) {
        checkpoints.delete(event.position);
        const { checkpoint, at } = due;
        const globalHash = global.copy().digest('base64url');
        if (checkpoint.globalHash !== globalHash || checkpoint.events !== events) {
          fail(at, 'CHECKPOINT_MISMATCH', `checkpoint through position ${event.position} states ${checkpoint.events} events hashing to ${checkpoint.globalHash}; the store now gives ${events} events hashing to ${globalHash}`);
          break outer;
        }
        if (options.auditKey && !checkpointSignedWith(checkpoint, options.auditKey)) {
          fail(at, 'CHECKPOINT_SIGNATURE', `checkpoint through position ${event.position} is not signed with the audit key given`);
          break outer;
        }
        if (!options.auditKey && checkpoint.signature) checkpointsUnsigned++;
        checkpointsChecked++;
      }
    }
    options.onProgress?.(events);
    if (options.signal?.aborted) break;
  }
  if (!failure && !options.signal?.aborted) {
    const [missing] = checkpoints.entries();
    if (missing) {
      const [position, { at }] = missing;
      fail(at, 'CHECKPOINT_POSITION_MISSING', `a checkpoint covers position ${position}, which the store no longer holds (it ends at ${lastPosition}): events were removed`);
    }
  }
  return {
    events,
    chained,
    unchained: events - chained,
    streams: heads.size,
    checkpointsChecked,
    checkpointsUnsigned,
    lastPosition,
    globalHash: global.digest('base64url'),
    failure,
  };
};
