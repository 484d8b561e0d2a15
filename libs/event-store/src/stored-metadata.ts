import type { EventMetadata } from '@monitor/domain';
import type { RecordedEvent } from './event-store.port.js';

/** The facts of the metadata a recorded event also carries on its own (see RecordedEvent). */
export type MetadataHead = Pick<RecordedEvent, 'occurredAt' | 'recordedAt' | 'simulated'>;

export const headOf = (metadata: EventMetadata): MetadataHead => ({
  occurredAt: metadata.occurredAt,
  recordedAt: metadata.recordedAt,
  simulated: metadata.simulated === true,
});

/**
 * The metadata in the order it is stored: occurredAt, recordedAt and (only when true) simulated
 * first, so `readMetadataHead` finds them at the start of the text. Key order changes nothing else:
 * the same value once parsed, and the audit hash is taken over a canonical (sorted) form.
 */
export const headFirst = (metadata: EventMetadata): EventMetadata => {
  const { occurredAt, recordedAt, simulated, ...rest } = metadata;
  return simulated === true ? { occurredAt, recordedAt, simulated, ...rest } : { occurredAt, recordedAt, ...rest };
};

const OCCURRED = '{"occurredAt":"';
const RECORDED = '","recordedAt":"';
const SIMULATED = '","simulated":true';

/**
 * Reads occurredAt, recordedAt and simulated from the head of stored metadata JSON without parsing
 * the rest; undefined when the text does not start the way `headFirst` writes it (metadata stored
 * before this order was kept, or values with escapes), and the caller then parses the whole text.
 */
export const readMetadataHead = (json: string): MetadataHead | undefined => {
  if (!json.startsWith(OCCURRED)) return undefined;
  const occurredEnd = json.indexOf('"', OCCURRED.length);
  if (occurredEnd < 0 || !json.startsWith(RECORDED, occurredEnd)) return undefined;
  const recordedStart = occurredEnd + RECORDED.length;
  const recordedEnd = json.indexOf('"', recordedStart);
  if (recordedEnd < 0) return undefined;
  const occurredAt = json.slice(OCCURRED.length, occurredEnd);
  const recordedAt = json.slice(recordedStart, recordedEnd);
  // A backslash means an escape the slices did not decode: let JSON.parse read it.
  if (occurredAt.includes('\\') || recordedAt.includes('\\')) return undefined;
  return { occurredAt, recordedAt, simulated: json.startsWith(SIMULATED, recordedEnd) };
};
