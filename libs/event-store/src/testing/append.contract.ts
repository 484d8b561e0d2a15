// Test-only: the appending part of the event store contract suite (see ../event-store.contract.ts).
import { DuplicateEventError, metadataOf, WrongExpectedRevisionError } from '../event-store.port.js';
import {
  expectStrictlyIncreasing,
  idsOf,
  testEvent,
  testEvents,
  testMetadata,
  uniqueStream,
  type ContractLimits,
  type CurrentStore,
} from './contract-kit.js';

export const appendContract = (current: CurrentStore, limits: ContractLimits = {}): void => {
  describe('expected revisions', () => {
    it("'no_stream' starts a stream at revision 0 and records each event as given", async () => {
      const stream = uniqueStream('no-stream');
      const data = { title: 'Quyết định 696/QĐ-TTg', count: 3, tags: ['khcn', 'ha-nam'], nested: { done: false, note: null } };
      const events = [testEvent(data, 'DirectiveIssued'), ...testEvents(2)];
      const result = await current().appendToStream(stream, events, 'no_stream');

      const recorded = await current().readStream(stream);
      expect(recorded.map((event) => event.revision)).toEqual([0, 1, 2]);
      expect(recorded[0]).toMatchObject({ id: events[0]!.id, stream, type: 'DirectiveIssued', data });
      expect(metadataOf(recorded[0]!)).toEqual(testMetadata);
      expect(result).toEqual({ nextExpectedRevision: 2, position: recorded[2]!.position, written: true });
    });

    it("'no_stream' on a stream that exists fails, naming the actual revision", async () => {
      const stream = uniqueStream('no-stream-exists');
      await current().appendToStream(stream, testEvents(2), 'no_stream');
      const failed = current().appendToStream(stream, testEvents(1), 'no_stream');
      await expect(failed).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(failed).rejects.toMatchObject({ stream, expected: 'no_stream', actual: 1 });
      expect(await current().readStream(stream)).toHaveLength(2);
    });

    it("'stream_exists' needs at least one event", async () => {
      const stream = uniqueStream('stream-exists');
      await expect(current().appendToStream(stream, testEvents(1), 'stream_exists')).rejects.toMatchObject({
        name: 'WrongExpectedRevisionError',
        expected: 'stream_exists',
        actual: -1,
      });
      expect(await current().readStream(stream)).toEqual([]);
      await current().appendToStream(stream, testEvents(1), 'any');
      expect(await current().appendToStream(stream, testEvents(2), 'stream_exists')).toMatchObject({ nextExpectedRevision: 2 });
    });

    it('an exact revision must be the revision of the stream’s last event', async () => {
      const stream = uniqueStream('exact');
      await expect(current().appendToStream(stream, testEvents(1), 0)).rejects.toMatchObject({ expected: 0, actual: -1 });
      await current().appendToStream(stream, testEvents(2), 'no_stream');
      for (const wrong of [0, 2, -1]) {
        const failed = current().appendToStream(stream, testEvents(1), wrong);
        await expect(failed).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(failed).rejects.toMatchObject({ stream, expected: wrong, actual: 1 });
      }
      expect(await current().appendToStream(stream, testEvents(1), 1)).toMatchObject({ nextExpectedRevision: 2 });
      expect(await current().readStream(stream)).toHaveLength(3);
    });

    it("'any' appends whatever the stream holds", async () => {
      const stream = uniqueStream('any');
      expect(await current().appendToStream(stream, testEvents(1), 'any')).toMatchObject({ nextExpectedRevision: 0 });
      expect(await current().appendToStream(stream, testEvents(2), 'any')).toMatchObject({ nextExpectedRevision: 2 });
    });

    it('positions grow across streams, and each result names its last event’s position', async () => {
      const [a, b] = [uniqueStream('positions-a'), uniqueStream('positions-b')];
      const results = [
        await current().appendToStream(a, testEvents(2), 'no_stream'),
        await current().appendToStream(b, testEvents(1), 'no_stream'),
        await current().appendToStream(a, testEvents(1), 1),
      ];
      expectStrictlyIncreasing(results.map((result) => result.position));
      const [streamA, streamB] = [await current().readStream(a), await current().readStream(b)];
      expect(results.map((result) => result.position)).toEqual([streamA[1]!.position, streamB[0]!.position, streamA[2]!.position]);
      expectStrictlyIncreasing([streamA[0]!.position, streamA[1]!.position, streamB[0]!.position, streamA[2]!.position]);
    });
  });

  describe('idempotent appends', () => {
    it('retrying the same batch returns the first result and writes nothing', async () => {
      const stream = uniqueStream('retry');
      const batch = testEvents(3);
      const first = await current().appendToStream(stream, batch, 'no_stream');
      const head = await current().headPosition();

      const retried = { ...first, written: false };
      expect(await current().appendToStream(stream, batch, 'no_stream')).toEqual(retried);
      expect(await current().appendToStream(stream, batch, 'any')).toEqual(retried);
      expect(idsOf(await current().readStream(stream))).toEqual(idsOf(batch));
      expect(await current().headPosition()).toBe(head);
    });

    it('a retry succeeds even after the stream has moved on', async () => {
      const stream = uniqueStream('retry-later');
      const batch = testEvents(2);
      const first = await current().appendToStream(stream, batch, 'no_stream');
      await current().appendToStream(stream, testEvents(1), 1);
      expect(await current().appendToStream(stream, batch, 'no_stream')).toEqual({ ...first, written: false });
      expect(await current().readStream(stream)).toHaveLength(3);
    });

    it('one event (the commonest append) meets every check: retry, duplicate elsewhere, revision behind or ahead', async () => {
      const [stream, other] = [uniqueStream('single'), uniqueStream('single-other')];
      const [e, f] = testEvents(2);
      const first = await current().appendToStream(stream, [e!], 'no_stream');
      expect(await current().appendToStream(stream, [e!], 'no_stream')).toEqual({ ...first, written: false });
      expect(await current().appendToStream(stream, [e!], 7)).toEqual({ ...first, written: false });
      await expect(current().appendToStream(other, [e!], 'no_stream')).rejects.toMatchObject({
        name: 'DuplicateEventError',
        stream: other,
        eventId: e!.id,
      });
      for (const expected of ['no_stream', 1, 5] as const) {
        await expect(current().appendToStream(stream, [f!], expected)).rejects.toMatchObject({
          name: 'WrongExpectedRevisionError',
          actual: 0,
        });
      }
      expect(await current().appendToStream(stream, [f!], 0)).toMatchObject({ nextExpectedRevision: 1, written: true });
      expect(idsOf(await current().readStream(stream))).toEqual([e!.id, f!.id]);
      expect(await current().readStream(other)).toEqual([]);
    });

    it('a batch partly recorded already is a DuplicateEventError and writes nothing', async () => {
      const stream = uniqueStream('partly');
      const [a, b, c] = testEvents(3);
      await current().appendToStream(stream, [a!, b!], 'no_stream');
      const head = await current().headPosition();

      for (const batch of [
        [b!, c!],
        [c!, b!],
        [a!, b!, c!],
      ]) {
        const failed = current().appendToStream(stream, batch, 'any');
        await expect(failed).rejects.toBeInstanceOf(DuplicateEventError);
        await expect(failed).rejects.toMatchObject({ stream, eventId: batch[0] === c ? b!.id : batch[0]!.id });
      }
      expect(idsOf(await current().readStream(stream))).toEqual([a!.id, b!.id]);
      expect(await current().headPosition()).toBe(head);
      // c was never recorded: it can still be appended.
      expect(await current().appendToStream(stream, [c!], 1)).toMatchObject({ nextExpectedRevision: 2 });
    });

    it('recorded ids out of order are duplicates', async () => {
      const [stream, other] = [uniqueStream('order'), uniqueStream('other')];
      const [a, b, c, d] = testEvents(4);
      const [w, x] = testEvents(2);
      await current().appendToStream(stream, [a!, b!, c!, d!], 'no_stream');
      await current().appendToStream(other, [w!, x!], 'no_stream');
      const head = await current().headPosition();

      for (const batch of [
        [a!, c!, b!, d!],
        [a!, x!],
      ]) {
        await expect(current().appendToStream(stream, batch, 'any')).rejects.toMatchObject({
          name: 'DuplicateEventError',
          stream,
          eventId: a!.id,
        });
      }
      expect(await current().readStream(stream)).toHaveLength(4);
      expect(await current().readStream(other)).toHaveLength(2);
      expect(await current().headPosition()).toBe(head);
    });

    const inOtherStreams = 'ids recorded in another stream are duplicates';
    const itInOtherStreams = limits.idsInOtherStreamsUndetected ? it.skip : it;
    itInOtherStreams(
      limits.idsInOtherStreamsUndetected ? `${inOtherStreams} (SKIPPED: ${limits.idsInOtherStreamsUndetected})` : inOtherStreams,
      async () => {
        const [stream, other, fresh] = [uniqueStream('recorded'), uniqueStream('other'), uniqueStream('new')];
        const [a, b, w] = testEvents(3);
        await current().appendToStream(stream, [a!, b!], 'no_stream');
        await current().appendToStream(other, [w!], 'no_stream');
        const head = await current().headPosition();

        for (const { to, batch } of [
          { to: other, batch: [a!] },
          { to: fresh, batch: [a!, b!] },
        ]) {
          await expect(current().appendToStream(to, batch, 'any')).rejects.toMatchObject({
            name: 'DuplicateEventError',
            stream: to,
            eventId: a!.id,
          });
        }
        expect(idsOf(await current().readStream(other))).toEqual([w!.id]);
        expect(await current().readStream(fresh)).toEqual([]);
        expect(await current().headPosition()).toBe(head);
      },
    );

    it('the same id twice in one batch is a duplicate, and nothing is written', async () => {
      const stream = uniqueStream('twice');
      const event = testEvent();
      const failed = current().appendToStream(stream, [event, testEvent(), event], 'no_stream');
      await expect(failed).rejects.toMatchObject({ name: 'DuplicateEventError', eventId: event.id });
      expect(await current().readStream(stream)).toEqual([]);
    });
  });

  describe('all or nothing', () => {
    it('a batch whose third event cannot be serialized records none of it', async () => {
      const stream = uniqueStream('atomic');
      await current().appendToStream(stream, testEvents(2), 'no_stream');
      const head = await current().headPosition();
      const batch = [testEvent({ n: 2 }), testEvent({ n: 3 }), testEvent({ n: 4, amount: 10n })];

      await expect(current().appendToStream(stream, batch, 1)).rejects.toThrow(/BigInt/);
      expect(await current().readStream(stream)).toHaveLength(2);
      expect(await current().headPosition()).toBe(head);
      // The stream is still at revision 1, and the first two ids were never recorded.
      expect(await current().appendToStream(stream, batch.slice(0, 2), 1)).toMatchObject({ nextExpectedRevision: 3 });
    });

    it('a batch with an event whose metadata lacks its times records none of it, and says which', async () => {
      const stream = uniqueStream('untimed');
      // A writable, partial copy of the metadata, to take recordedAt out of it.
      const untimed: { -readonly [Key in keyof typeof testMetadata]?: (typeof testMetadata)[Key] } = { ...testMetadata };
      delete untimed.recordedAt;
      // Deliberately bad input, as a caller the type checker never saw (JSON, JavaScript) could send: the store must refuse it.
      const bad = { ...testEvent(), metadata: untimed as typeof testMetadata };
      await expect(current().appendToStream(stream, [testEvent(), bad], 'no_stream')).rejects.toThrow(
        `event ${bad.id}: metadata.recordedAt must be a string`,
      );
      expect(await current().readStream(stream)).toEqual([]);
    });
  });

  describe('inOneCommit', () => {
    it('keeps every append made inside, and a refused one changes nothing', async () => {
      const [a, b] = [uniqueStream('one-commit-a'), uniqueStream('one-commit-b')];
      const first = testEvents(2);
      const second = testEvents(1);
      const twice = testEvent();
      const refused = await current().inOneCommit(async () => {
        await current().appendToStream(a, first, 'no_stream');
        const failures = [
          await current()
            .appendToStream(a, testEvents(1), 'no_stream')
            .catch((error: unknown) => error),
          await current()
            .appendToStream(b, [testEvent(), twice, twice], 'no_stream')
            .catch((error: unknown) => error),
          await current()
            .appendToStream(b, [testEvent(), first[1]!], 'no_stream')
            .catch((error: unknown) => error),
        ];
        await current().appendToStream(b, second, 'no_stream');
        return failures;
      });
      expect(refused[0]).toBeInstanceOf(WrongExpectedRevisionError);
      expect(refused[1]).toMatchObject({ name: 'DuplicateEventError', eventId: twice.id });
      expect(refused[2]).toMatchObject({ name: 'DuplicateEventError', eventId: first[1]!.id });
      expect(idsOf(await current().readStream(a))).toEqual(idsOf(first));
      expect(idsOf(await current().readStream(b))).toEqual(idsOf(second));
    });

    it('keeps what keptWhenOneCommitThrows says when the work throws, and the store goes on', async () => {
      const stream = uniqueStream('one-commit-throw');
      const head = await current().headPosition();
      const appended = testEvents(3);
      await expect(
        current().inOneCommit(async () => {
          await current().appendToStream(stream, appended, 'no_stream');
          throw new Error('the broker went away');
        }),
      ).rejects.toThrow('the broker went away');
      const kept = current().keptWhenOneCommitThrows === 'all' ? appended : [];
      expect(idsOf(await current().readStream(stream))).toEqual(idsOf(kept));
      if (kept.length === 0) expect(await current().headPosition()).toBe(head);
      const events = testEvents(1);
      await current().appendToStream(stream, events, kept.length === 0 ? 'no_stream' : kept.length - 1);
      expect(idsOf(await current().readStream(stream))).toEqual(idsOf([...kept, ...events]));
    });
  });
};
