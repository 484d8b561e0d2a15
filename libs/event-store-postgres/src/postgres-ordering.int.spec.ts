import type { RecordedEvent } from '@monitor/event-store';
import { idsOf, SubscriptionProbe, testEvents, uniqueStream } from '@monitor/event-store/testing';
import { dropSchema, freshSchema, postgresTestUrl } from '@monitor/event-store-postgres/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { PostgresEventStore } from './postgres-event-store.js';

// The pitfall of sequence-based stores: a slow transaction takes position 1, a quick one position 2
// and commits first; a reader sees 2, checkpoints there, and never reads 1. These specs run writers
// on separate connections (as separate replicas would), one of them committing late, and readers
// polling meanwhile: every reader must see every event, in one global order. With positions from a
// sequence and nothing else serializing the commits, both specs fail (tried: the readers miss the
// slow transaction's event).
describe('PostgreSQL: global order with concurrent writers', () => {
  const schema = freshSchema('order');
  const open = (): PostgresEventStore => new PostgresEventStore({ connectionString: postgresTestUrl(), schema, pollIntervalMs: 50 });
  const stores: PostgresEventStore[] = [];
  const store = (): PostgresEventStore => {
    const opened = open();
    stores.push(opened);
    return opened;
  };

  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await dropSchema(schema);
  });

  /** Reads `$all` from a checkpoint in a tight loop, as a replica's projector does, until stopped. */
  const pollingReader = (reader: PostgresEventStore, from: bigint, stop: AbortSignal): Promise<RecordedEvent[]> =>
    (async () => {
      const seen: RecordedEvent[] = [];
      let checkpoint = from;
      while (!stop.aborted) {
        const batch = await reader.readAll({ from: checkpoint });
        seen.push(...batch);
        checkpoint = batch.at(-1)?.position ?? checkpoint;
        await sleep(2);
      }
      seen.push(...(await reader.readAll({ from: checkpoint })));
      return seen;
    })();

  it('an append that starts later cannot commit before a slower one: no reader skips the slower one’s event', async () => {
    const [slow, quick, reader] = [store(), store(), store()];
    const before = await reader.headPosition();
    const stop = new AbortController();
    const reading = pollingReader(reader, before, stop.signal);
    const subscription = new SubscriptionProbe(reader.subscribeToAll({ from: before, signal: stop.signal }), () => true);
    const [slowEvent, quickEvent] = testEvents(2);
    let slowCommitted = 0;
    let slowAppended!: () => void;
    const slowHasAppended = new Promise<void>((resolve) => (slowAppended = resolve));

    const slowWrite = slow
      .inOneCommit(async () => {
        await slow.appendToStream(uniqueStream('slow'), [slowEvent!], 'no_stream');
        slowAppended();
        await sleep(400); // the transaction stays open, holding its position, while the other writer tries
      })
      .then(() => (slowCommitted = Date.now()));
    await slowHasAppended;
    const quickResult = await quick.appendToStream(uniqueStream('quick'), [quickEvent!], 'no_stream');
    const quickReturned = Date.now();
    await slowWrite;
    const subscribed = await subscription.take(2);
    await sleep(50);
    stop.abort();

    const read = await reading;
    expect(idsOf(read)).toEqual([slowEvent!.id, quickEvent!.id]);
    expect(read[1]!.position).toBe(quickResult.position);
    expect(read[1]!.position).toBeGreaterThan(read[0]!.position);
    // The quick append waited for the slow one's commit: it could not take a position before it.
    expect(quickReturned).toBeGreaterThanOrEqual(slowCommitted);
    expect(idsOf(subscribed)).toEqual([slowEvent!.id, quickEvent!.id]);
  });

  it('many writers, some holding their transaction open, and readers following: each reader gets every event once, in one order', async () => {
    const writers = [store(), store(), store(), store()];
    const [reader, follower] = [store(), store()];
    const before = await reader.headPosition();
    const stop = new AbortController();
    const reading = pollingReader(reader, before, stop.signal);
    const followed: RecordedEvent[] = [];
    const following = (async () => {
      for await (const event of follower.subscribeToAll({ from: before, signal: stop.signal })) followed.push(event);
    })();

    const appendsEach = 15;
    await Promise.all(
      writers.map(async (writer, w) => {
        const stream = uniqueStream(`writer-${w}`);
        for (let n = 0; n < appendsEach; n += 1) {
          const events = testEvents(1 + (n % 3), n * 10);
          if (n % 4 === w % 4) {
            // A slow transaction: its positions are taken, and it commits only later.
            await writer.inOneCommit(async () => {
              await writer.appendToStream(stream, events, 'any');
              await sleep(20 + ((n * 7) % 30));
            });
          } else await writer.appendToStream(stream, events, 'any');
        }
      }),
    );
    const head = await reader.headPosition();
    const deadline = Date.now() + 10_000;
    while ((followed.at(-1)?.position ?? before) < head && Date.now() < deadline) await sleep(20);
    stop.abort();
    await following;

    const stored = await reader.readAll({ from: before, maxCount: 10_000 });
    const written = writers.length * Array.from({ length: appendsEach }, (_, n) => 1 + (n % 3)).reduce((a, b) => a + b);
    expect(stored).toHaveLength(written);
    // Contiguous: no position was taken by a transaction that then went elsewhere.
    expect(stored.map((e) => e.position)).toEqual(stored.map((_, i) => before + BigInt(i + 1)));
    expect(idsOf(await reading)).toEqual(idsOf(stored));
    expect(idsOf(followed)).toEqual(idsOf(stored));
  });
});
