import { WrongExpectedRevisionError } from '@monitor/event-store';
import { idsOf, testEvents, uniqueStream } from '@monitor/event-store/testing';
import { dropSchema, freshSchema, postgresTestUrl } from '@monitor/event-store-postgres/testing';
import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { PostgresEventStore } from './postgres-event-store.js';

// An append outside any transaction is one statement, and PostgreSQL takes its snapshot before the
// statement waits for the write lock: its checks cannot see what the lock's holder commits
// meanwhile. These appends wait on purpose behind a transaction that writes to their streams, and
// each must still decide on what that transaction committed (the store then makes it again under
// the lock), exactly as an append that came later would.
describe('PostgreSQL: an append that waited for the write lock', () => {
  const schema = freshSchema('waited');
  const [holder, waiter] = [0, 1].map(() => new PostgresEventStore({ connectionString: postgresTestUrl(), schema }));
  const admin = new pg.Client({ connectionString: postgresTestUrl() });
  // Both open before the lock is held: a store preparing its tables would wait for it too.
  beforeAll(async () => {
    await Promise.all([admin.connect(), holder!.headPosition(), waiter!.headPosition()]);
  });
  afterAll(async () => {
    await Promise.all([holder!.close(), waiter!.close(), admin.end()]);
    await dropSchema(schema);
  });

  /** Statements of this schema's store waiting for a lock right now. */
  const waiting = async (): Promise<number> => {
    const { rows } = await admin.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND position($1 in query) > 0`,
      [schema],
    );
    return Number(rows[0]!.n);
  };

  it('decides on the events committed while it waited: any, no_stream, stream_exists, exact, a retry', async () => {
    const streams = ['any', 'none', 'exists', 'exact', 'retry'].map((s) => uniqueStream(s));
    const [a1, a2, b1, c1, d1, e1, ...theirs] = testEvents(10);
    let letGo!: () => void;
    const released = new Promise<void>((resolve) => (letGo = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const held = holder!.inOneCommit(async () => {
      await holder!.appendToStream(streams[0]!, [a1!, a2!], 'no_stream');
      await holder!.appendToStream(streams[1]!, [b1!], 'no_stream');
      await holder!.appendToStream(streams[2]!, [c1!], 'no_stream');
      await holder!.appendToStream(streams[3]!, [d1!], 'no_stream');
      await holder!.appendToStream(streams[4]!, [e1!], 'no_stream');
      locked();
      await released;
    });
    await holding;
    const attempts = [
      waiter!.appendToStream(streams[0]!, [theirs[0]!], 'any'),
      waiter!.appendToStream(streams[1]!, [theirs[1]!], 'no_stream'),
      waiter!.appendToStream(streams[2]!, [theirs[2]!], 'stream_exists'),
      waiter!.appendToStream(streams[3]!, [theirs[3]!], -1),
      waiter!.appendToStream(streams[4]!, [e1!], 'no_stream'),
    ].map((attempt) =>
      attempt.then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      ),
    );
    const deadline = Date.now() + 10_000;
    let waited = 0;
    while ((waited = await waiting()) < attempts.length && Date.now() < deadline) await sleep(10);
    letGo();
    await held;
    expect(waited).toBe(attempts.length);
    const [any, none, exists, exact, retry] = await Promise.all(attempts);

    expect(any).toMatchObject({ result: { nextExpectedRevision: 2, written: true } });
    expect((none as { error: unknown }).error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(exists).toMatchObject({ result: { nextExpectedRevision: 1, written: true } });
    expect((exact as { error: unknown }).error).toBeInstanceOf(WrongExpectedRevisionError);
    const [recordedE1] = await waiter!.readStream(streams[4]!);
    expect(retry).toEqual({ result: { nextExpectedRevision: 0, position: recordedE1!.position, written: false } });

    expect(idsOf(await waiter!.readStream(streams[0]!))).toEqual(idsOf([a1!, a2!, theirs[0]!]));
    expect((await waiter!.readStream(streams[0]!)).map((e) => e.revision)).toEqual([0, 1, 2]);
    expect(idsOf(await waiter!.readStream(streams[1]!))).toEqual([b1!.id]);
    expect(idsOf(await waiter!.readStream(streams[2]!))).toEqual([c1!.id, theirs[2]!.id]);
    expect(idsOf(await waiter!.readStream(streams[3]!))).toEqual([d1!.id]);
    const all = await waiter!.readAll();
    expect(all.map((e) => e.position)).toEqual(all.map((_, i) => BigInt(i + 1)));
  });
});
