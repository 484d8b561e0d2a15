import { epochMs, vietnamDayNumber, type Actor, type EventMetadata, type PlatformEvent } from '@monitor/domain';

/** An event as projections see it: structurally a stored event, without depending on a store. */
export type ProjectedEvent = PlatformEvent & {
  readonly stream: string;
  readonly revision: number;
  readonly position: bigint;
  /** The metadata's times, simulated flag (false when it does not say) and actor: on the event only. */
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly simulated: boolean;
  readonly actor: Actor | null;
  /** The rest of the metadata, decoded on the call: a store gives the fields above without decoding it. */
  readonly metadata: () => Omit<EventMetadata, 'occurredAt' | 'recordedAt' | 'simulated' | 'actor'>;
};

/** When something happened and was recorded, kept on every fact a view shows. */
export interface Provenance {
  readonly actor: Actor | null;
  readonly occurredAt: string;
  /** The Vietnamese calendar day of `occurredAt`, as a day number (see dayNumber). */
  readonly occurredDay: number;
  readonly recordedAt: string;
  /** `recordedAt` in epoch milliseconds: "what the platform showed" compares it for many facts. */
  readonly knownMs: number;
}

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
