import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ChangeNotifier } from './change-notifier.js';
import { START, type Position, type RecordedEvent, type SubscribeOptions } from './event-store.port.js';

/** What a store gives the subscription loop: its global log, its wake-ups, and whether it is closed. */
export interface SubscriptionSource {
  /** Events after a position in global order, at most `maxCount` of them. */
  readAfter(position: Position, maxCount: number): RecordedEvent[];
  readonly changes: ChangeNotifier;
  /** How long to wait before reading again without a wake-up: Infinity when every change notifies. */
  readonly pollIntervalMs: number;
  isClosed(): boolean;
}

/**
 * Catches up from the checkpoint in batches, then waits for changes and reads again, until the
 * signal aborts or the store closes. Every event is delivered once, in global order.
 */
export async function* followAll(
  source: SubscriptionSource,
  options: SubscribeOptions,
  batchSize: number,
): AsyncGenerator<RecordedEvent, void, undefined> {
  const { signal } = options;
  let checkpoint = options.from ?? START;
  while (!signal?.aborted && !source.isClosed()) {
    const seenVersion = source.changes.seen;
    const batch = source.readAfter(checkpoint, batchSize);
    for (const event of batch) {
      // The consumer may abort or close while handling the previous event.
      if (signal?.aborted || source.isClosed()) return;
      yield event;
      checkpoint = event.position;
    }
    if (batch.length < batchSize) await source.changes.waitForChange(seenVersion, source.pollIntervalMs, signal);
    // A full batch means more may be stored already: read on, but let timers and I/O run in between,
    // so a long catch-up does not starve the rest of the process.
    else await nextTurn();
  }
}
