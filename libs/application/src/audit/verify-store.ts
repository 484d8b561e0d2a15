import type { EventStore, Position } from '@monitor/event-store';
import { createHash, type Hash } from 'node:crypto';
import { checkpointSignedWith, readCheckpoints, type AuditCheckpoint } from './checkpoints.js';
import { canonicalEnvelope } from './canonical-event.js';
import { chainHash, GENESIS, hashLink } from './event-chain.js';
import { copiesDisagreement, isRaw, isUnreadable, parseRaw, rawEventBatches, type RawStoredEvent, type StoredEvent } from './stored-events.js';

const CHAIN_MEMBER = '"chain":"';
const HASH_LENGTH = 43;

/**
 * The fast path for an event stored as text in canonical form (keys sorted, as the command runner
 * writes them): its canonical form is the stored text with the `chain` member cut out, so it is
 * hashed without parsing. A match proves the stored text is exactly what was chained; anything
 * else (no chain member, keys out of order, altered text) returns undefined and takes the slow path.
 */
const verifiedFromText = (event: RawStoredEvent, previous: string): string | undefined => {
  const meta = event.metadataJson;
  const at = meta.indexOf(CHAIN_MEMBER);
  if (at < 0) return undefined;
  const end = at + CHAIN_MEMBER.length + HASH_LENGTH;
  if (meta.charCodeAt(end) !== 34 /* " */ || meta.charCodeAt(end + 1) !== 44 /* , */) return undefined;
  const stored = meta.slice(at + CHAIN_MEMBER.length, end);
  const unchained = meta.slice(0, at) + meta.slice(end + 2);
  return hashLink(previous, canonicalEnvelope(event.id, event.stream, event.revision, event.type, event.dataJson, unchained)) === stored ? stored : undefined;
};

export type ChainFailureKind =
  /** the stored text of the event no longer parses */
  | 'UNREADABLE'
  /** the event's content (or its stored hash) is not what was chained when it was recorded */
  | 'HASH_MISMATCH'
  /** the times or simulated flag a store keeps beside the metadata, which read models use, differ from it */
  | 'COPY_MISMATCH'
  /** a stream skips a revision: an event was removed */
  | 'MISSING_REVISION'
  /** a stream's event carries no hash although an earlier one does: its hash was stripped */
  | 'CHAIN_REMOVED'
  /** the hash over the global order differs from a recorded checkpoint: events were altered, removed or re-chained */
  | 'CHECKPOINT_MISMATCH'
  /** a checkpoint's signature does not match the audit key */
  | 'CHECKPOINT_SIGNATURE'
  /** a checkpoint covers more events than the store holds */
  | 'CHECKPOINT_BEYOND_STORE';

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
  /** The id of the last event verified. */
  readonly lastEventId: string | null;
  /** sha256 over every event's chain hash in global order: what a new checkpoint would record. */
  readonly globalHash: string;
  /** The first event that does not match; null when the whole store verifies. */
  readonly failure: ChainFailure | null;
}

export interface VerifyOptions {
  /** The key checkpoints were signed with; without it, signatures are reported as not checked. */
  readonly auditKey?: string | null;
  /** Called after each batch with the number of events verified so far and the last position. */
  readonly onProgress?: (events: number, position: Position) => void;
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

type Link = { readonly hash: string; readonly chained: boolean } | { readonly kind: ChainFailureKind; readonly detail: string };

/** The event's chain hash when it follows its stream's head intact, or what is wrong with it. */
const linkOf = (read: RawStoredEvent | StoredEvent, head: StreamHead | undefined): Link => {
  const expectedRevision = head ? head.revision + 1 : 0;
  if (read.revision !== expectedRevision) {
    return { kind: 'MISSING_REVISION', detail: `revision ${read.revision} follows ${expectedRevision - 1} in its stream: revision ${expectedRevision} is missing` };
  }
  const disagreement = isRaw(read) ? copiesDisagreement(read) : undefined;
  if (disagreement) return { kind: 'COPY_MISMATCH', detail: `${disagreement}: the row was altered after it was recorded` };
  const previous = head?.hash ?? GENESIS;
  const fast = isRaw(read) ? verifiedFromText(read, previous) : undefined;
  if (fast !== undefined) return { hash: fast, chained: true };
  const event = isRaw(read) ? parseRaw(read) : read;
  if (isUnreadable(event)) return { kind: 'UNREADABLE', detail: `its stored JSON does not parse: ${event.unreadable}` };
  const stored = event.metadata.chain;
  const computed = chainHash(previous, event);
  if (stored === undefined && head?.chained) return { kind: 'CHAIN_REMOVED', detail: 'it carries no chain hash, though the event before it in its stream does' };
  if (stored !== undefined && stored !== computed) {
    return { kind: 'HASH_MISMATCH', detail: `stored hash ${stored}, but its content and the previous event's hash give ${computed}: the event was altered after it was recorded` };
  }
  return { hash: computed, chained: stored !== undefined };
};

/**
 * Walks the store in global order, recomputing each stream's hash chain and the hash over the
 * global order, and compares them with the hashes and checkpoints stored. Stops at the first
 * event that does not match and names it.
 */
export const verifyStore = async (store: EventStore, options: VerifyOptions = {}): Promise<VerifyReport> => {
  // Keyed by the number of events they cover: one lookup per event.
  const checkpoints = new Map<number, { checkpoint: AuditCheckpoint; at: Location }>();
  for (const { event, checkpoint } of await readCheckpoints(store)) checkpoints.set(checkpoint.events, { checkpoint, at: event });
  const heads = new Map<string, StreamHead>();
  const global: Hash = createHash('sha256');
  let events = 0;
  let chained = 0;
  let checkpointsChecked = 0;
  let checkpointsUnsigned = 0;
  let lastPosition: Position = 0n;
  let lastEventId: string | null = null;
  let failure: ChainFailure | null = null;

  const fail = (event: Location, kind: ChainFailureKind, detail: string): void => {
    failure = { kind, position: event.position, stream: event.stream, revision: event.revision, eventId: event.id, detail };
  };

  // Event hashes feed the global hash a batch at a time: one update per batch, not per event.
  let pending = '';
  outer: for await (const batch of rawEventBatches(store)) {
    for (const event of batch) {
      const head = heads.get(event.stream);
      const link = linkOf(event, head);
      if ('kind' in link) {
        fail(event, link.kind, link.detail);
        break outer;
      }
      if (link.chained) chained++;
      heads.set(event.stream, { revision: event.revision, hash: link.hash, chained: link.chained });
      pending += link.hash;
      events++;
      lastPosition = event.position;
      lastEventId = event.id;
      const due = checkpoints.get(events);
      if (due) {
        checkpoints.delete(events);
        const { checkpoint, at } = due;
        global.update(pending);
        pending = '';
        const globalHash = global.copy().digest('base64url');
        if (checkpoint.globalHash !== globalHash || checkpoint.throughEventId !== event.id) {
          fail(at, 'CHECKPOINT_MISMATCH', `the checkpoint over the first ${events} events states they end with ${checkpoint.throughEventId} and hash to ${checkpoint.globalHash}; the store now gives ${event.id} and ${globalHash}`);
          break outer;
        }
        if (options.auditKey && !checkpointSignedWith(checkpoint, options.auditKey)) {
          fail(at, 'CHECKPOINT_SIGNATURE', `the checkpoint over the first ${events} events is not signed with the audit key given`);
          break outer;
        }
        if (!options.auditKey && checkpoint.signature) checkpointsUnsigned++;
        checkpointsChecked++;
      }
    }
    global.update(pending);
    pending = '';
    options.onProgress?.(events, lastPosition);
    if (options.signal?.aborted) break;
    // SQLite reads are synchronous: let a server running this in the background answer between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!failure && !options.signal?.aborted) {
    const [missing] = checkpoints.entries();
    if (missing) {
      const [count, { at }] = missing;
      fail(at, 'CHECKPOINT_BEYOND_STORE', `a checkpoint covers the first ${count} events, but the store holds ${events}: events were removed`);
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
    lastEventId,
    globalHash: global.digest('base64url'),
    failure,
  };
};
