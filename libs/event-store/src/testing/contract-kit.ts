// Test-only helpers of the event store contract suite: not exported from the library index, not built.
import type { EventMetadata } from '@monitor/domain';
import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend, RecordedEvent } from '../event-store.port.js';

/** Gives the store of the running test: each test gets a fresh one. */
export type CurrentStore = () => EventStore;

/** What an adapter cannot promise, so the suite skips (and says so) instead of pretending. */
export interface ContractLimits {
  /**
   * Set when the store cannot find an event id recorded in another stream (EventStoreDB keeps no
   * index by event id): the reason is printed in the skipped test's name.
   */
  readonly idsInOtherStreamsUndetected?: string;
}

/**
 * Every stream this run of the suite writes starts with this prefix, new for each run (each test
 * file), so a store on a shared server (EventStoreDB) can be told to read only this run's streams.
 */
export const contractRunPrefix = `contract_${randomUUID().slice(0, 8)}_`;

/** A stream name no other test (or earlier run against a shared server) has used. */
export const uniqueStream = (purpose: string): string => `${contractRunPrefix}${purpose}-${randomUUID()}`;

export const testMetadata: EventMetadata = {
  actor: { id: 'nguyen-van-an', name: 'Nguyễn Văn An', role: 'Chuyên viên Bộ KH&CN', unitId: null },
  occurredAt: '2020-09-16T02:00:00.000Z',
  occurredAtPrecision: 'INSTANT',
  recordedBy: 'contract-test',
  recordedAt: '2020-09-16T02:00:01.000Z',
  correlationId: 'correlation-1',
  causationId: null,
};

export const testEvent = (data: unknown = { note: 'Quyết định 696/QĐ-TTg' }, type = 'ContractTested'): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: testMetadata,
});

/** `count` events whose data numbers them from `first`. */
export const testEvents = (count: number, first = 0): EventToAppend[] =>
  Array.from({ length: count }, (_, index) => testEvent({ n: first + index }));

export const idsOf = (events: readonly { id: string }[]): string[] => events.map((event) => event.id);

export const expectStrictlyIncreasing = (positions: readonly bigint[]): void => {
  positions.slice(1).forEach((position, index) => expect(position).toBeGreaterThan(positions[index]!));
};

/**
 * Reads a subscription step by step with deadlines, so a broken subscription fails the test
 * instead of hanging it. Keeps only the events `keep` accepts (the test's own streams).
 */
export class SubscriptionProbe {
  private readonly iterator: AsyncIterator<RecordedEvent>;
  private pending: Promise<IteratorResult<RecordedEvent>> | undefined;

  constructor(
    subscription: AsyncIterable<RecordedEvent>,
    private readonly keep: (event: RecordedEvent) => boolean,
  ) {
    this.iterator = subscription[Symbol.asyncIterator]();
  }

  /** The next `count` kept events; throws when the iteration ends or the time runs out first. */
  async take(count: number, timeoutMs = 5000): Promise<RecordedEvent[]> {
    const taken: RecordedEvent[] = [];
    const deadline = Date.now() + timeoutMs;
    while (taken.length < count) {
      const next = await this.next(deadline - Date.now());
      if (next === 'timeout') throw new Error(`subscription: got ${taken.length} of ${count} events in ${timeoutMs} ms`);
      if (next === 'end') throw new Error(`subscription ended after ${taken.length} of ${count} events`);
      taken.push(next);
    }
    return taken;
  }

  /** The next kept event, 'end' when the iteration finishes first, 'timeout' when neither comes in time. */
  async next(timeoutMs = 1000): Promise<RecordedEvent | 'end' | 'timeout'> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // Checked here too: events the test does not keep may arrive without ever letting a timer run.
      if (Date.now() >= deadline) return 'timeout';
      const pulled = await this.pull(deadline - Date.now());
      if (pulled === 'timeout') return 'timeout';
      if (pulled.done) return 'end';
      if (this.keep(pulled.value)) return pulled.value;
    }
  }

  /** The iterator's next result, or 'timeout'; a pull cut short stays pending for the next call. */
  private async pull(timeoutMs: number): Promise<IteratorResult<RecordedEvent> | 'timeout'> {
    this.pending ??= this.iterator.next();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(0, timeoutMs))));
    const pulled = await Promise.race([this.pending, timeout]);
    clearTimeout(timer);
    if (pulled !== 'timeout') this.pending = undefined;
    return pulled;
  }
}
