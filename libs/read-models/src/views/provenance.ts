import { epochMs, vietnamDayNumber, type Actor } from '@monitor/domain';
import type { ProjectedEvent, Provenance } from './monitoring.state.js';

/** Events of one batch share their `recordedAt`: parse it once per distinct string, not per event. */
let lastRecordedAt = '';
let lastKnownMs = 0;
export const knownMsOf = (recordedAt: string): number => {
  if (recordedAt !== lastRecordedAt) {
    lastRecordedAt = recordedAt;
    lastKnownMs = epochMs(recordedAt);
  }
  return lastKnownMs;
};

/** Who did it and when, as a view keeps it beside a fact; `actor` lets a projection share one object per official. */
export const provenanceOf = (event: ProjectedEvent, actor: Actor | null = event.actor): Provenance => ({
  actor,
  occurredAt: event.occurredAt,
  occurredDay: vietnamDayNumber(event.occurredAt),
  recordedAt: event.recordedAt,
  knownMs: knownMsOf(event.recordedAt),
});
