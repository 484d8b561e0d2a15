import { metadataOf, type EventToAppend, type RecordedEvent } from '@monitor/event-store';
import { hash } from 'node:crypto';
import { canonicalEnvelope, canonicalEvent, canonicalJson, canonicalWithAndWithout, type ChainableEvent } from './canonical-event.js';

/** The "previous hash" of a stream's first event. */
export const GENESIS = '';

/** Characters of a chain hash: sha256 in base64url. */
export const CHAIN_HASH_LENGTH = 43;

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
  const chain = last.metadata().chain;
  if (chain) return chain;
  return recorded.reduce(
    (previous, event) => event.metadata().chain ?? chainHash(previous, { ...event, metadata: metadataOf(event) }),
    GENESIS,
  );
};

/**
 * The batch with each event's chain hash set, the first linked to `previous`, revisions from
 * `firstRevision`. Each event carries its canonical JSON (`canonicalJson`): the store writes the text that
 * was hashed, and verify can hash it as stored without parsing.
 */
export const chainBatch = (stream: string, firstRevision: number, previous: string, events: readonly EventToAppend[]): EventToAppend[] => {
  const chained: EventToAppend[] = [];
  for (const [index, event] of events.entries()) {
    const data = canonicalJson(event.data ?? null);
    const metadata = canonicalWithAndWithout(event.metadata, 'chain');
    const link = hashLink(previous, canonicalEnvelope(event.id, stream, firstRevision + index, event.type, data, metadata.without));
    chained.push({
      id: event.id,
      type: event.type,
      data: event.data,
      metadata: { ...event.metadata, chain: link },
      canonicalJson: { data, metadata: metadata.withValue(link) },
    });
    previous = link;
  }
  return chained;
};
