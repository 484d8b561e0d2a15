// Test-only: the subscription part of the event store contract suite (see ../event-store.contract.ts).
import type { RecordedEvent } from '../event-store.port.js';
import { expectStrictlyIncreasing, idsOf, SubscriptionProbe, testEvents, uniqueStream, type CurrentStore } from './contract-kit.js';

const inStreams =
  (...streams: string[]) =>
  (event: RecordedEvent): boolean =>
    streams.includes(event.stream);

export const subscriptionContract = (current: CurrentStore): void => {
  describe('subscribing to all', () => {
    let stop: AbortController;
    beforeEach(() => (stop = new AbortController()));
    afterEach(() => stop.abort());

    it('catches up on stored events, then receives live ones in order', async () => {
      const before = await current().headPosition();
      const stream = uniqueStream('live');
      const events = testEvents(5);
      await current().appendToStream(stream, events.slice(0, 3), 'no_stream');
      const probe = new SubscriptionProbe(current().subscribeToAll({ from: before, signal: stop.signal }), inStreams(stream));

      const stored = await probe.take(3);
      await current().appendToStream(stream, events.slice(3, 4), 2);
      await current().appendToStream(stream, events.slice(4), 3);
      const live = await probe.take(2);

      const delivered = [...stored, ...live];
      expect(idsOf(delivered)).toEqual(idsOf(events));
      expect(delivered.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
      expect(delivered.map((event) => event.data)).toEqual([0, 1, 2, 3, 4].map((n) => ({ n })));
      expectStrictlyIncreasing(delivered.map((event) => event.position));
    });

    it('starts from the beginning without a checkpoint', async () => {
      const stream = uniqueStream('from-start');
      const events = testEvents(2);
      await current().appendToStream(stream, events, 'no_stream');
      const probe = new SubscriptionProbe(current().subscribeToAll({ signal: stop.signal }), inStreams(stream));
      expect(idsOf(await probe.take(2, 20_000))).toEqual(idsOf(events));
    });

    it('resuming from a checkpoint delivers exactly the events after it', async () => {
      const stream = uniqueStream('resume');
      const events = testEvents(6);
      await current().appendToStream(stream, events.slice(0, 5), 'no_stream');
      const checkpoint = (await current().readStream(stream))[1]!.position;
      const probe = new SubscriptionProbe(current().subscribeToAll({ from: checkpoint, signal: stop.signal }), inStreams(stream));

      expect(idsOf(await probe.take(3))).toEqual(idsOf(events.slice(2, 5)));
      await current().appendToStream(stream, events.slice(5), 4);
      expect(idsOf(await probe.take(1))).toEqual([events[5]!.id]);
    });

    it('delivers concurrent live appends to many streams in global order, each once', async () => {
      const before = await current().headPosition();
      const streams = Array.from({ length: 8 }, (_, index) => uniqueStream(`concurrent-${index}`));
      const probe = new SubscriptionProbe(current().subscribeToAll({ from: before, signal: stop.signal }), inStreams(...streams));
      // Caught up and waiting: what follows arrives live.
      expect(await probe.next(100)).toBe('timeout');
      await Promise.all(streams.map((stream) => current().appendToStream(stream, testEvents(3), 'no_stream')));

      const delivered = await probe.take(24);
      expectStrictlyIncreasing(delivered.map((event) => event.position));
      const stored = (await current().readAll({ from: before })).filter(inStreams(...streams));
      expect(idsOf(delivered)).toEqual(idsOf(stored));
      // Nothing more: no event is delivered twice.
      expect(await probe.next(300)).toBe('timeout');
    });

    it('aborting the signal ends the iteration at once, though stored events remain', async () => {
      const stream = uniqueStream('abort');
      await current().appendToStream(stream, testEvents(5), 'no_stream');
      const probe = new SubscriptionProbe(current().subscribeToAll({ signal: stop.signal }), inStreams(stream));
      await probe.take(2, 20_000);

      stop.abort();
      await current().appendToStream(stream, testEvents(1), 4);
      expect(await probe.next(1000)).toBe('end');
    });

    it('aborting ends a subscription that is waiting for events', async () => {
      const stream = uniqueStream('abort-waiting');
      const probe = new SubscriptionProbe(
        current().subscribeToAll({ from: await current().headPosition(), signal: stop.signal }),
        inStreams(stream),
      );
      expect(await probe.next(100)).toBe('timeout');
      stop.abort();
      expect(await probe.next(1000)).toBe('end');
    });

    it('a signal aborted beforehand delivers nothing', async () => {
      const stream = uniqueStream('aborted');
      await current().appendToStream(stream, testEvents(1), 'no_stream');
      stop.abort();
      const iterator = current().subscribeToAll({ signal: stop.signal })[Symbol.asyncIterator]();
      expect(await iterator.next()).toMatchObject({ done: true });
    });

    it('closing the store ends its subscriptions', async () => {
      const stream = uniqueStream('close');
      await current().appendToStream(stream, testEvents(1), 'no_stream');
      const probe = new SubscriptionProbe(current().subscribeToAll({ signal: stop.signal }), inStreams(stream));
      await probe.take(1, 20_000);
      await current().close();
      expect(await probe.next(1000)).toBe('end');
    });
  });
};
