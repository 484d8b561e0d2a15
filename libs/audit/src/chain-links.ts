import { canonicalEnvelope, CHAIN_HASH_LENGTH, chainHash, GENESIS, hashLink } from '@monitor/application/chain';
import { copiesDisagreement, isRaw, isUnreadable, parseRaw, type RawStoredEvent, type StoredEvent } from './stored-events.js';

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
  /** a checkpoint (or a receipt kept outside the store) covers more events than the store holds: its last events were removed */
  | 'CHECKPOINT_BEYOND_STORE'
  /** a checkpoint does not follow the one before it in the chain of checkpoints: checkpoints were removed or altered */
  | 'CHECKPOINT_CHAIN'
  /** the audit key was in use, so the store must hold checkpoints, and it holds none: they were removed */
  | 'CHECKPOINTS_MISSING';

/** A stream's last event verified: its revision and chain hash. */
export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
  /** False for an event recorded before chaining existed: its hash was computed, not stored. */
  readonly chained: boolean;
}

export type Link = { readonly hash: string; readonly chained: boolean } | { readonly kind: ChainFailureKind; readonly detail: string };

const CHAIN_MEMBER = '"chain":"';

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
  const end = at + CHAIN_MEMBER.length + CHAIN_HASH_LENGTH;
  if (meta.charCodeAt(end) !== 34 /* " */ || meta.charCodeAt(end + 1) !== 44 /* , */) return undefined;
  const stored = meta.slice(at + CHAIN_MEMBER.length, end);
  const unchained = meta.slice(0, at) + meta.slice(end + 2);
  return hashLink(previous, canonicalEnvelope(event.id, event.stream, event.revision, event.type, event.dataJson, unchained)) === stored
    ? stored
    : undefined;
};

/** The event's chain hash when it follows its stream's head intact, or what is wrong with it. */
const linkOf = (read: RawStoredEvent | StoredEvent, head: StreamHead | undefined): Link => {
  const expectedRevision = head ? head.revision + 1 : 0;
  if (read.revision !== expectedRevision) {
    return {
      kind: 'MISSING_REVISION',
      detail: `revision ${read.revision} follows ${expectedRevision - 1} in its stream: revision ${expectedRevision} is missing`,
    };
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
  if (stored === undefined && head?.chained)
    return { kind: 'CHAIN_REMOVED', detail: 'it carries no chain hash, though the event before it in its stream does' };
  if (stored !== undefined && stored !== computed) {
    return {
      kind: 'HASH_MISMATCH',
      detail: `stored hash ${stored}, but its content and the previous event's hash give ${computed}: the event was altered after it was recorded`,
    };
  }
  return { hash: computed, chained: stored !== undefined };
};

/**
 * Every stream's hash chain, recomputed one event at a time in global order. A walk that starts
 * mid-store is given `headBefore`: a stream first met past its first event takes its chain up from
 * the hash its previous event states (proven only once the walk before it has verified that event).
 */
export class ChainWalk {
  readonly heads = new Map<string, StreamHead>();
  /** Streams first met past their first event, with the revision they were met at (mid-store walks only). */
  readonly takenUp = new Map<string, number>();
  events = 0;
  chained = 0;

  constructor(private readonly headBefore?: (stream: string, revision: number) => StreamHead | undefined) {}

  /** Checks the next event: its chain hash, or what is wrong with it (the walk then stops being valid). */
  step(event: RawStoredEvent | StoredEvent): Link {
    let head = this.heads.get(event.stream);
    if (head === undefined && event.revision > 0 && this.headBefore) {
      head = this.headBefore(event.stream, event.revision);
      this.takenUp.set(event.stream, event.revision);
    }
    const link = linkOf(event, head);
    if ('kind' in link) return link;
    if (link.chained) this.chained++;
    this.heads.set(event.stream, { revision: event.revision, hash: link.hash, chained: link.chained });
    this.events++;
    return link;
  }
}
