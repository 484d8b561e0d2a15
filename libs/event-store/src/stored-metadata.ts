import type { EventMetadata } from '@monitor/domain';
import type { RecordedEvent } from './event-store.port.js';

/** The facts of the metadata a recorded event also carries on its own (see RecordedEvent). */
export type MetadataHead = Pick<RecordedEvent, 'occurredAt' | 'recordedAt' | 'simulated' | 'actor'>;

export const headOf = (metadata: EventMetadata): MetadataHead => ({
  occurredAt: metadata.occurredAt,
  recordedAt: metadata.recordedAt,
  simulated: metadata.simulated === true,
  actor: metadata.actor ?? null,
});
