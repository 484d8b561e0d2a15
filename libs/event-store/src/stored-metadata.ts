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
  return { occurredAt: recent.copyOf(occurredAt), recordedAt: recent.copyOf(recordedAt), simulated: json.startsWith(SIMULATED, recordedEnd) };
};

/**
 * One flat copy of each recent time. A slice of the metadata text would keep the whole text alive
 * in every view that holds the time (measured: +140 MB over a national rebuild), and events recorded
 * together, or on one day, share their times.
 */
class RecentStrings {
  private readonly copies = new Map<string, string>();
  constructor(private readonly capacity: number) {}

  copyOf(slice: string): string {
    let copy = this.copies.get(slice);
    if (copy === undefined) {
      if (this.copies.size >= this.capacity) this.copies.clear();
      // Known to hold no quote or backslash: parsing it as a JSON string gives a copy of its own.
      copy = JSON.parse(`"${slice}"`) as string;
      this.copies.set(copy, copy);
    }
    return copy;
  }
}

const recent = new RecentStrings(4096);
