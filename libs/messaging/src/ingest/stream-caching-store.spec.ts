import { InMemoryEventStore, metadataOf, WrongExpectedRevisionError, type EventToAppend, type RecordedEvent } from '@monitor/event-store';
import { randomUUID } from 'node:crypto';
import { StreamCachingStore } from './stream-caching-store.js';

const metadata = {
  actor: null,
  occurredAt: '2024-01-01T00:00:00.000Z',
  occurredAtPrecision: 'INSTANT' as const,
  recordedBy: 't',
  recordedAt: '2024-01-01T00:00:00.000Z',
  correlationId: 'c',
  causationId: null,
};
const event = (n: number): EventToAppend => ({ id: randomUUID(), type: 'Tested', data: { n }, metadata });
/** Events as compared: their metadata whole, which each read gives through a function of its own. */
const whole = (events: readonly RecordedEvent[]) => events.map((e) => ({ ...e, metadata: metadataOf(e) }));
/** Counts what the cache asks of the store beneath it. */
class CountingStore extends InMemoryEventStore {
  reads: [string, number?][] = [];
  override readStream(stream: string, fromRevision?: number) {
    this.reads.push(fromRevision === undefined ? [stream] : [stream, fromRevision]);
    return super.readStream(stream, fromRevision);
  }
}

const numbers = (events: readonly { data: unknown }[]) => events.map((e) => (e.data as { n: number }).n);

describe("the ingest's stream cache", () => {
  let inner: CountingStore;
  let cached: StreamCachingStore;
  beforeEach(() => {
    inner = new CountingStore();
    cached = new StreamCachingStore(inner, 2);
  });

  it('reads a stream once, then keeps it current with what it appends itself', async () => {
    await inner.appendToStream('s', [event(0), event(1)], 'no_stream');
    expect(numbers(await cached.readStream('s'))).toEqual([0, 1]);
    expect(numbers(await cached.readStream('s', 1))).toEqual([1]);
    await cached.appendToStream('s', [event(2)], 1);
    expect(numbers(await cached.readStream('s'))).toEqual([0, 1, 2]);
    // The one event appended is known as it was written: only the first read reached the store.
    expect(inner.reads).toEqual([['s']]);
    expect(whole(await cached.readStream('s'))).toEqual(whole(await inner.readStream('s')));
  });

  it('keeps a stream it created, and reads back the tail of an append of several events or of a retry', async () => {
    const first = event(0);
    await cached.appendToStream('new', [first], 'no_stream');
    expect(whole(await cached.readStream('new'))).toEqual(whole(await inner.readStream('new')));
    inner.reads = [];
    await cached.appendToStream('new', [event(1), event(2)], 0);
    const retry = await cached.appendToStream('new', [first], 2);
    expect(retry.written).toBe(false);
    expect(inner.reads).toEqual([
      ['new', 1],
      ['new', 3],
    ]);
    expect(numbers(await cached.readStream('new'))).toEqual([0, 1, 2]);
  });

  it('hands out frozen copies: a reader cannot change what the next one reads', async () => {
    await inner.appendToStream('s', [event(0)], 'no_stream');
    const events = await cached.readStream('s');
    expect(Object.isFrozen(events)).toBe(true);
    expect(() => (events as unknown[]).push(1)).toThrow(TypeError);
  });

  it('a stale copy (another writer appended) makes the append fail; the next read is fresh', async () => {
    await inner.appendToStream('s', [event(0)], 'no_stream');
    await cached.readStream('s');
    await inner.appendToStream('s', [event(1)], 0);
    expect(numbers(await cached.readStream('s'))).toEqual([0]);
    await expect(cached.appendToStream('s', [event(9)], 0)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(numbers(await cached.readStream('s'))).toEqual([0, 1]);
  });

  it('never keeps an empty stream: one that appears later is found', async () => {
    expect(await cached.readStream('later')).toEqual([]);
    await inner.appendToStream('later', [event(0)], 'no_stream');
    expect(numbers(await cached.readStream('later'))).toEqual([0]);
  });

  it('forgets everything when a commit is rolled back', async () => {
    await inner.appendToStream('s', [event(0)], 'no_stream');
    await expect(
      cached.inOneCommit(async () => {
        await cached.readStream('s');
        await cached.appendToStream('s', [event(1)], 0);
        throw new Error('broker away');
      }),
    ).rejects.toThrow('broker away');
    expect(numbers(await cached.readStream('s'))).toEqual([0]);
  });

  it('keeps at most its limit of streams, dropping the one kept longest: an append renews a stream, a read does not', async () => {
    for (const s of ['a', 'b', 'c']) await inner.appendToStream(s, [event(0)], 'no_stream');
    await cached.readStream('a');
    await cached.readStream('b');
    await cached.readStream('a');
    await cached.readStream('c');
    inner.reads = [];
    await cached.readStream('b');
    await cached.readStream('a');
    expect(inner.reads).toEqual([['a']]);

    await cached.readStream('b');
    await cached.readStream('c');
    // b is now the older of the two kept; appending to it renews it, so a's return drops c.
    await cached.appendToStream('b', [event(1)], 0);
    await cached.readStream('a');
    inner.reads = [];
    await cached.readStream('b');
    await cached.readStream('c');
    expect(inner.reads).toEqual([['c']]);
  });
});
