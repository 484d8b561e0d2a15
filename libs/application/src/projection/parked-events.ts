import type { Position, RecordedEvent } from '@monitor/event-store';

/** An event the projection could not apply: set aside with the reason, so the projection goes on. */
export interface ParkedEvent {
  readonly position: Position;
  readonly stream: string;
  readonly type: string;
  readonly eventId: string;
  /** The projection's error, as text, from the last attempt. */
  readonly reason: string;
  /** When it was first parked (ISO instant). */
  readonly parkedAt: string;
  /** How many times the projection tried it: 1 when parked, one more per replay that failed. */
  readonly attempts: number;
}

export interface RefusedReplay {
  readonly event: ParkedEvent;
  readonly reason: string;
}

export interface ReplayReport {
  /** Applied now and no longer parked. */
  readonly replayed: ParkedEvent[];
  /** Tried again and failed again: still parked, with the new reason and one more attempt. */
  readonly failedAgain: ParkedEvent[];
  /** Not tried: applying them now would put their stream out of order. Still parked, unchanged. */
  readonly refused: RefusedReplay[];
}

export const parkedEvent = (event: RecordedEvent, error: unknown, now: Date): ParkedEvent => ({
  position: event.position,
  stream: event.stream,
  type: event.type,
  eventId: event.id,
  reason: String(error),
  parkedAt: now.toISOString(),
  attempts: 1,
});

/**
 * Why applying a parked event now would apply its stream out of order (null when it would not).
 * The monitoring views keep each aggregate's history in its stream's order (deadline changes,
 * assignments, completion), so a parked event is replayed only while it is still the next event of
 * its stream the read model lacks: no earlier event of its stream is still parked, and no later one
 * has been applied. Events of other streams may have been applied since; views that join streams
 * (a task's plan) look each other up by id, whatever the order they arrived in.
 */
export const outOfOrderReason = (
  parked: ParkedEvent,
  streamEvents: readonly RecordedEvent[],
  parkedPositions: ReadonlySet<Position>,
  checkpoint: Position,
): string | null => {
  const earlierParked = streamEvents.find((e) => e.position < parked.position && parkedPositions.has(e.position));
  if (earlierParked) {
    return `an earlier event of ${parked.stream} (position ${earlierParked.position}) is still parked: replay it first, or both together`;
  }
  const appliedLater = streamEvents.find(
    (e) => e.position > parked.position && e.position <= checkpoint && !parkedPositions.has(e.position),
  );
  if (appliedLater) {
    return (
      `${parked.stream} has a later event applied (position ${appliedLater.position}, ${appliedLater.type}): ` +
      'applying this one now would put the stream out of order; rebuild the read models instead (npm run rebuild)'
    );
  }
  return null;
};
