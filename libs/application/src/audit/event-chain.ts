import type { EventToAppend, RecordedEvent } from '@monitor/event-store';
import { createHash } from 'node:crypto';
import { canonicalEvent, type ChainableEvent } from './canonical-event.js';

/** The "previous hash" of a stream's first event. */
export const GENESIS = '';

/** sha256(previous hash + canonical form), base64url: 43 characters per event in the metadata. */
export const chainHash = (previous: string, event: ChainableEvent): string =>
  createHash('sha256').update(previous).update(canonicalEvent(event)).digest('base64url');

/**
 * The chain hash a stream ends with, to link the next append to. Events recorded before chaining
 * existed carry none: their hashes are computed, so a chained event can follow them.
 */
export const streamChainHead = (recorded: readonly RecordedEvent[]): string => {
  const last = recorded[recorded.length - 1];
  if (!last) return GENESIS;
  if (last.metadata.chain) return last.metadata.chain;
  return recorded.reduce((previous, event) => event.metadata.chain ?? chainHash(previous, event), GENESIS);
};

/** The batch with each event's chain hash set, the first linked to `previous`, revisions from `firstRevision`. */
export const chainBatch = (stream: string, firstRevision: number, previous: string, events: readonly EventToAppend[]): EventToAppend[] => {
  const chained: EventToAppend[] = [];
  for (const [index, event] of events.entries()) {
    const { chain: _stale, ...metadata } = event.metadata;
    const hash = chainHash(previous, { ...event, metadata, stream, revision: firstRevision + index });
    chained.push({ ...event, metadata: { ...metadata, chain: hash } });
    previous = hash;
  }
  return chained;
};
