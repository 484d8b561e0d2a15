import type { EventToAppend, RecordedEvent } from '@monitor/event-store';
import { hash } from 'node:crypto';
import { canonicalCopy, canonicalEnvelope, canonicalEvent, withoutChain, type ChainableEvent } from './canonical-event.js';

/** The "previous hash" of a stream's first event. */
export const GENESIS = '';

/** sha256(previous hash + canonical form), base64url: 43 characters per event in the metadata. */
export const chainHash = (previous: string, event: ChainableEvent): string => hashLink(previous, canonicalEvent(event));

/** sha256 (base64url) of the previous hash followed by an event's canonical form. */
export const hashLink = (previous: string, canonical: string): string => hash('sha256', previous + canonical, 'base64url');

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

/**
 * The batch with each event's chain hash set, the first linked to `previous`, revisions from
 * `firstRevision`. Data and metadata are copied with their keys in canonical order, and carry their
 * canonical JSON (`json`): the text that was hashed is the text a store writes, and verify can hash
 * it as stored without parsing.
 */
export const chainBatch = (stream: string, firstRevision: number, previous: string, events: readonly EventToAppend[]): EventToAppend[] => {
  const chained: EventToAppend[] = [];
  for (const [index, event] of events.entries()) {
    const data = canonicalCopy(event.data);
    const unchained = canonicalCopy(withoutChain(event.metadata));
    const link = hashLink(previous, canonicalEnvelope(event.id, stream, firstRevision + index, event.type, data.json, unchained.json));
    const metadata = canonicalCopy({ ...unchained.copy, chain: link });
    chained.push({ id: event.id, type: event.type, data: data.copy, metadata: metadata.copy, json: { data: data.json, metadata: metadata.json } });
    previous = link;
  }
  return chained;
};
