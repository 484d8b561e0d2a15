import {
  assertExpectedRevision,
  DuplicateEventError,
  NO_STREAM_REVISION,
  retriedAppendResult,
  START,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
  type RecordedEvent,
  type RecordedSlot,
} from '@monitor/event-store';

/** The client's expected stream state: an exact revision (0-based, like ours) or "no stream". */
export type ExactStreamState = 'no_stream' | bigint;

export type AppendPlan =
  /** An idempotent retry (every id recorded already, in order, in this stream), or an empty batch. */
  | { readonly kind: 'nothing-to-write'; readonly result: AppendResult }
  /** Write, telling the server the exact state the decision was made on. */
  | { readonly kind: 'append'; readonly streamState: ExactStreamState; readonly lastRevision: number };

/**
 * Decides an append against the stream as just read, with the same rules as the other adapters:
 * a batch whose ids are all recorded, in order, is a retry; one with some recorded is a
 * DuplicateEventError; otherwise the expected revision must hold. The append then goes to the server
 * with the exact revision seen (also for 'any' and 'stream_exists'), so a write that slips in between
 * the read and the append makes the server refuse it, and the adapter reads and plans again.
 *
 * KurrentDB itself only recognises a retry of the same ids at the same expected revision (and, for
 * 'any', within its idempotency cache): reading the stream first is what makes partial duplicates
 * and 'any' retries exact. Ids recorded in *other* streams stay unseen: KurrentDB has no index by
 * event id.
 */
export const planAppend = (
  stream: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  recorded: readonly RecordedEvent[],
): AppendPlan => {
  const slots = new Map<string, RecordedSlot>(
    recorded.map((event) => [event.id, { stream, revision: event.revision, position: event.position }]),
  );
  const first = events[0] && slots.get(events[0].id);
  if (first) return { kind: 'nothing-to-write', result: retriedAppendResult(stream, events, first, (id) => slots.get(id)) };

  const inBatch = new Set<string>();
  for (const { id } of events) {
    if (slots.has(id) || inBatch.has(id)) throw new DuplicateEventError(stream, id);
    inBatch.add(id);
  }
  const actual = recorded.at(-1)?.revision ?? NO_STREAM_REVISION;
  assertExpectedRevision(stream, expected, actual);
  // As the other adapters: an empty batch checks the expected revision and writes nothing.
  if (events.length === 0)
    return {
      kind: 'nothing-to-write',
      result: { nextExpectedRevision: actual, position: recorded.at(-1)?.position ?? START, written: false },
    };
  return {
    kind: 'append',
    streamState: actual === NO_STREAM_REVISION ? 'no_stream' : BigInt(actual),
    lastRevision: actual + events.length,
  };
};

/** The client's "current state" of a stream in a WrongExpectedVersionError, as the port's revision. */
export const actualRevisionOf = (actualState: 'no_stream' | bigint): number =>
  actualState === 'no_stream' ? NO_STREAM_REVISION : Number(actualState);

/** A conflict that kept recurring while re-planning: reported as the port's error, naming the actual revision. */
export const conflictError = (stream: string, expected: ExpectedRevision, actualState: 'no_stream' | bigint): WrongExpectedRevisionError =>
  new WrongExpectedRevisionError(stream, expected, actualRevisionOf(actualState));
