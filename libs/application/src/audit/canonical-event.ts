import type { EventMetadata } from '@monitor/domain';
import canonicalizeModule from 'canonicalize';

// A CommonJS module whose types declare an ES default export: under NodeNext its default import is
// the function itself at run time, which the types do not say.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string | undefined;

/** What the chain hash covers: the event as every adapter and an NDJSON export hold it. */
export interface ChainableEvent {
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/**
 * The event's canonical form (RFC 8785: keys sorted, numbers and strings as JSON writes them), its
 * own `metadata.chain` left out. The same event gives the same text whatever store or export it
 * went through, however that store ordered its keys or escaped its text.
 */
export const canonicalEvent = (event: ChainableEvent): string => {
  const { chain: _chain, ...metadata } = event.metadata;
  const text = canonicalize({ id: event.id, stream: event.stream, revision: event.revision, type: event.type, data: event.data ?? null, metadata });
  if (text === undefined) throw new Error(`event ${event.id} has no JSON form`);
  return text;
};
