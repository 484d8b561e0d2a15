// Test-only: the reading part of the event store contract suite (see ../event-store.contract.ts).
import { metadataOf } from '../event-store.port.js';
import { expectStrictlyIncreasing, idsOf, testEvent, testEvents, testMetadata, uniqueStream, type CurrentStore } from './contract-kit.js';

export const readContract = (current: CurrentStore): void => {
  describe('reading a stream', () => {
    it('reads in revision order, from a revision on', async () => {
      const stream = uniqueStream('read-stream');
      const events = testEvents(5);
      await current().appendToStream(stream, events.slice(0, 2), 'no_stream');
      await current().appendToStream(stream, events.slice(2), 1);

      const all = await current().readStream(stream);
      expect(all.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
      expect(idsOf(all)).toEqual(idsOf(events));
      expect(all.map((event) => event.data)).toEqual([0, 1, 2, 3, 4].map((n) => ({ n })));
      expectStrictlyIncreasing(all.map((event) => event.position));
      expect(idsOf(await current().readStream(stream, 2))).toEqual(idsOf(events.slice(2)));
      expect(await current().readStream(stream, 5)).toEqual([]);
    });

    it('gives text back exactly as recorded: Vietnamese precomposed and decomposed, symbols, emoji', async () => {
      const stream = uniqueStream('text');
      const text = {
        nfc: 'Đinh Thị Lụa, Phó Chủ tịch UBND tỉnh Hà Nam',
        nfd: 'Hà Nam'.normalize('NFD'),
        other: '— “696/QĐ-TTg” 🙂 \u007f',
      };
      const event = {
        ...testEvent(text),
        metadata: { ...testMetadata, actor: { id: 'dinh-thi-lua', name: text.nfc, role: 'PCT', unitId: null } },
      };
      await current().appendToStream(stream, [event], 'no_stream');
      const [read] = await current().readStream(stream);
      expect(read!.data).toEqual(text);
      expect(read!.actor!.name).toBe(text.nfc);
      expect(read!.actor).toEqual(event.metadata.actor);
      expect(metadataOf(read!)).toEqual(event.metadata);
      expect((read!.data as typeof text).nfd).not.toBe(text.nfd.normalize('NFC'));
    });

    it('gives its times, simulated flag and actor on the event itself, and the metadata whole as appended', async () => {
      const stream = uniqueStream('metadata');
      const simulated = { ...testEvent(), metadata: { ...testMetadata, simulated: true, occurredAt: '2021-03-01T17:00:00.000Z' } };
      // Times with escapes and a key order of its own: the store must not depend on either.
      const { actor, ...rest } = testMetadata;
      const odd = { ...testEvent(), metadata: { ...rest, occurredAt: 'tháng 7 năm 2020', recordedAt: 'sometime "late"', actor } };
      await current().appendToStream(stream, [testEvent(), simulated, odd], 'no_stream');
      const read = await current().readStream(stream);
      expect(read.map(metadataOf)).toEqual([testMetadata, simulated.metadata, odd.metadata]);
      expect(read.map((e) => e.metadata())).toEqual(
        [testMetadata, simulated.metadata, odd.metadata].map((m) =>
          expect.objectContaining({ recordedBy: m.recordedBy, correlationId: m.correlationId }),
        ),
      );
      expect(read.map(({ occurredAt, recordedAt, simulated }) => ({ occurredAt, recordedAt, simulated }))).toEqual([
        { occurredAt: testMetadata.occurredAt, recordedAt: testMetadata.recordedAt, simulated: false },
        { occurredAt: '2021-03-01T17:00:00.000Z', recordedAt: testMetadata.recordedAt, simulated: true },
        { occurredAt: 'tháng 7 năm 2020', recordedAt: 'sometime "late"', simulated: false },
      ]);
    });

    it('keeps everything an event holds in a copy made by spreading it: its head and its metadata', async () => {
      const stream = uniqueStream('spread');
      const appended = { ...testEvent(), metadata: { ...testMetadata, simulated: true, chain: 'hash' } };
      await current().appendToStream(stream, [appended], 'no_stream');
      const [fromStream] = await current().readStream(stream);
      const [fromAll] = (await current().readAll({ from: fromStream!.position - 1n, maxCount: 1 })).filter((e) => e.id === appended.id);
      for (const read of [fromStream!, fromAll!]) {
        const copy = { ...read };
        expect(Object.keys(copy)).toEqual(
          expect.arrayContaining([
            'id',
            'stream',
            'type',
            'data',
            'occurredAt',
            'recordedAt',
            'simulated',
            'actor',
            'metadata',
            'revision',
            'position',
          ]),
        );
        expect(copy.actor).toEqual(testMetadata.actor);
        expect(copy.simulated).toBe(true);
        expect(copy.metadata().chain).toBe('hash');
        expect(metadataOf(copy)).toEqual(appended.metadata);
      }
    });

    it('gives the metadata’s actor on the event itself, whatever its text holds and wherever the metadata puts it', async () => {
      const stream = uniqueStream('actor');
      const { actor, ...rest } = testMetadata;
      const actors = [
        actor,
        // What ends a JSON object inside a name, and escapes.
        { id: 'phong-kh', name: 'Phòng "Kế hoạch"},"x":{ \\ Tài chính', role: 'Trưởng phòng', unitId: 'so-khcn' },
        { ...actor!, role: 'Phó Giám đốc' },
        null,
        actor,
      ];
      const events = actors.map((a) => ({ ...testEvent(), metadata: { ...testMetadata, actor: a } }));
      // The actor last instead of first, as a store written by another tool might hold it.
      events.push({ ...testEvent(), metadata: { ...rest, actor: actors[1]! } as typeof testMetadata });
      await current().appendToStream(stream, events, 'no_stream');
      const read = await current().readStream(stream);
      expect(read.map((e) => e.actor)).toEqual([...actors, actors[1]]);
      expect(read.map(metadataOf)).toEqual(events.map((e) => e.metadata));
    });

    it('keeps streams apart, and reads nothing from a stream that does not exist', async () => {
      const [a, b] = [uniqueStream('apart-a'), uniqueStream('apart-b')];
      const [a1, b1, a2] = testEvents(3);
      await current().appendToStream(a, [a1!], 'no_stream');
      await current().appendToStream(b, [b1!], 'no_stream');
      await current().appendToStream(a, [a2!], 0);
      expect(idsOf(await current().readStream(a))).toEqual([a1!.id, a2!.id]);
      expect(idsOf(await current().readStream(b))).toEqual([b1!.id]);
      expect(await current().readStream(uniqueStream('missing'))).toEqual([]);
    });
  });

  describe('reading all', () => {
    it('reads every stream in global order after an exclusive position', async () => {
      const before = await current().headPosition();
      const [a, b] = [uniqueStream('all-a'), uniqueStream('all-b')];
      const [a1, b1, a2] = testEvents(3);
      await current().appendToStream(a, [a1!], 'no_stream');
      await current().appendToStream(b, [b1!], 'no_stream');
      await current().appendToStream(a, [a2!], 0);

      const read = await current().readAll({ from: before });
      expect(idsOf(read)).toEqual([a1!.id, b1!.id, a2!.id]);
      expect(read.map((event) => [event.stream, event.revision])).toEqual([
        [a, 0],
        [b, 0],
        [a, 1],
      ]);
      expectStrictlyIncreasing([before, ...read.map((event) => event.position)]);
      expect(idsOf(await current().readAll({ from: read[0]!.position }))).toEqual([b1!.id, a2!.id]);
      expect(await current().readAll({ from: read[2]!.position })).toEqual([]);
    });

    it('reads at most maxCount events, and pages on from the last one read', async () => {
      const before = await current().headPosition();
      const events = testEvents(5);
      await current().appendToStream(uniqueStream('paged'), events, 'no_stream');

      const pages: string[][] = [];
      let from = before;
      // Bounded, so a read that does not move on fails instead of looping.
      for (let read = 0; read < 4; read += 1) {
        const page = await current().readAll({ from, maxCount: 2 });
        pages.push(idsOf(page));
        from = page.at(-1)?.position ?? from;
      }
      expect(pages).toEqual([idsOf(events.slice(0, 2)), idsOf(events.slice(2, 4)), idsOf(events.slice(4)), []]);
    });

    it('reads 1,000 events when no maxCount is given', async () => {
      const before = await current().headPosition();
      const events = testEvents(1001);
      await current().appendToStream(uniqueStream('default-count'), events, 'no_stream');
      expect(idsOf(await current().readAll({ from: before }))).toEqual(idsOf(events.slice(0, 1000)));
    });

    it('refuses a maxCount that is not a positive integer', async () => {
      for (const maxCount of [0, -1, 1.5]) await expect(current().readAll({ maxCount })).rejects.toBeInstanceOf(RangeError);
    });

    it('the head position is the position of the last event recorded', async () => {
      const before = await current().headPosition();
      const result = await current().appendToStream(uniqueStream('head'), testEvents(3), 'no_stream');
      const head = await current().headPosition();
      expect(head).toBeGreaterThan(before);
      expect(head).toBe(result.position);
      expect(await current().readAll({ from: head })).toEqual([]);
    });

    it('flush keeps every returned append as it was, and fails once the store is closed', async () => {
      const stream = uniqueStream('flush');
      const events = testEvents(3);
      await current().appendToStream(stream, events, 'no_stream');
      await current().flush();
      await current().flush();
      expect(idsOf(await current().readStream(stream))).toEqual(idsOf(events));
      await current().close();
      await expect(current().flush()).rejects.toThrow(/closed/);
    });
  });
};
