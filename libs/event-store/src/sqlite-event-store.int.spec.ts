import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describeEventStoreContract } from './event-store.contract.js';
import { metadataOf, START, type RecordedEvent } from './event-store.port.js';
import { SqliteEventStore } from './sqlite-event-store.js';
import { compiledWorker } from './testing/compiled-adapter.js';
import { idsOf, SubscriptionProbe, testEvents } from './testing/contract-kit.js';
import { tempDirectory, type TempDirectory } from './testing/temp-directory.js';

describeEventStoreContract('SQLite', async () => {
  const directory = tempDirectory('contract');
  // A directory that does not exist yet: the store creates it.
  return { store: new SqliteEventStore(join(directory.path, 'data', 'events.sqlite')), cleanup: directory.remove };
});

describeEventStoreContract('SQLite, synchronous NORMAL (durable at flush)', async () => {
  const directory = tempDirectory('contract-normal');
  return { store: new SqliteEventStore(join(directory.path, 'events.sqlite'), { synchronous: 'NORMAL' }), cleanup: directory.remove };
});

describe('SQLite event store', () => {
  let directory: TempDirectory;
  let file: string;
  const opened: SqliteEventStore[] = [];
  const open = (pollIntervalMs?: number): SqliteEventStore => {
    const store = new SqliteEventStore(file, { pollIntervalMs });
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    directory = tempDirectory('sqlite');
    file = join(directory.path, 'events.sqlite');
  });

  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    await directory.remove();
  });

  it('starts empty at START, in WAL mode', async () => {
    const store = open();
    expect(await store.headPosition()).toBe(START);
    expect(await store.readAll()).toEqual([]);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('keeps what it recorded across close and reopen, and carries on from there', async () => {
    const events = testEvents(4);
    const first = open();
    const result = await first.appendToStream('plan-ha-nam', events.slice(0, 3), 'no_stream');
    await first.close();

    const reopened = open();
    expect(idsOf(await reopened.readStream('plan-ha-nam'))).toEqual(idsOf(events.slice(0, 3)));
    expect(await reopened.headPosition()).toBe(result.position);
    expect(await reopened.appendToStream('plan-ha-nam', events.slice(0, 3), 'no_stream')).toEqual({ ...result, written: false });
    const next = await reopened.appendToStream('plan-ha-nam', events.slice(3), 2);
    expect(next.nextExpectedRevision).toBe(3);
    expect(next.position).toBeGreaterThan(result.position);
  });

  it('migrates a file of the first schema: its events get their times and simulated flag beside the metadata', async () => {
    const v1 = new Database(file);
    v1.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, stream TEXT NOT NULL, revision INTEGER NOT NULL,
      type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, UNIQUE (stream, revision)) STRICT`);
    const insert = v1.prepare('INSERT INTO events (id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
    const [plain, simulated] = testEvents(2);
    insert.run(plain!.id, 's', 0, plain!.type, JSON.stringify(plain!.data), JSON.stringify(plain!.metadata));
    insert.run(
      simulated!.id,
      's',
      1,
      simulated!.type,
      JSON.stringify(simulated!.data),
      JSON.stringify({ ...simulated!.metadata, simulated: true }),
    );
    v1.pragma('user_version = 1');
    v1.close();

    const [first, second] = await open().readStream('s');
    expect(first).toMatchObject({ occurredAt: plain!.metadata.occurredAt, recordedAt: plain!.metadata.recordedAt, simulated: false });
    expect(metadataOf(first!)).toEqual(plain!.metadata);
    expect(second).toMatchObject({ occurredAt: simulated!.metadata.occurredAt, simulated: true });
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(2);
    raw.close();
  });

  it('a subscriber hears of its own instance’s appends at once, without waiting to poll', async () => {
    const store = open(60_000);
    const stop = new AbortController();
    const probe = new SubscriptionProbe(store.subscribeToAll({ signal: stop.signal }), () => true);
    expect(await probe.next(50)).toBe('timeout');
    const events = testEvents(2);
    await store.appendToStream('province-ha-nam', events, 'no_stream');
    expect(idsOf(await probe.take(2, 1000))).toEqual(idsOf(events));
    stop.abort();
  });

  it('a subscriber sees events another instance appends to the same file, by polling', async () => {
    const subscriber = open(50);
    const writer = open();
    const stop = new AbortController();
    const probe = new SubscriptionProbe(subscriber.subscribeToAll({ signal: stop.signal }), () => true);
    const events = testEvents(3);
    // The subscriber has caught up on the empty file and waits when the other instance appends.
    expect(await probe.next(100)).toBe('timeout');

    await writer.appendToStream('province-ha-nam', events.slice(0, 1), 'no_stream');
    await writer.appendToStream('province-ha-nam', events.slice(1), 0);
    expect(idsOf(await probe.take(3, 2000))).toEqual(idsOf(events));
    stop.abort();
  });

  it('refuses a file whose schema is newer than it knows', async () => {
    await open().close();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => open()).toThrow(/schema version 99/);
  });
});

describe('SQLite event store, reading a backlog ahead in a worker thread', () => {
  // The worker thread runs the compiled worker module: Jest runs the sources, so they are built first.
  const readAheadWorker = compiledWorker('libs/event-store', 'sqlite-read-ahead.worker.js');
  let directory: TempDirectory;
  let file: string;

  beforeEach(() => {
    directory = tempDirectory('read-ahead');
    file = join(directory.path, 'events.sqlite');
  });

  afterEach(() => directory.remove());

  /** Data with what the packing must carry through: Vietnamese text, separators, nesting. */
  const varied = (count: number, first: number) =>
    testEvents(count, first).map((event, index) => ({
      ...event,
      data: { n: first + index, note: `Tỉnh Hà Nam\u001fđợt ${index}`, nested: { list: [1, null, 'ờ'] } },
      metadata: { ...event.metadata, actor: { id: `u-${index % 7}`, name: 'Nguyễn Văn A', role: 'OFFICER', unitId: 'hn' } },
    }));

  /** Every event in global order, in batches of `maxCount`, and how many came read ahead. */
  const readEverything = async (store: SqliteEventStore, maxCount: number, between?: (batch: number) => Promise<void>) => {
    const events = [];
    for (let after = START, batch = 0; ; batch++) {
      const read = await store.readAll({ from: after, maxCount });
      if (read.length === 0) break;
      events.push(...read);
      after = read[read.length - 1]!.position;
      await between?.(batch);
    }
    return events;
  };

  it('gives a long catch-up exactly what reading in this thread gives, JSON and lazy metadata alike', async () => {
    const store = new SqliteEventStore(file, { readAheadWorker });
    for (let first = 0; first < 3000; first += 500) await store.appendToStream(`province-${first}`, varied(500, first), 'no_stream');

    const reference = new SqliteEventStore(file, { readAhead: false });
    const inThread = await readEverything(reference, 3000);
    await reference.close();
    const caughtUp = await readEverything(store, 600);
    expect(store.batchesReadAhead).toBe(4);
    const asJson = (event: RecordedEvent) =>
      JSON.stringify({ ...event, metadata: metadataOf(event) }, (_, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
    expect(caughtUp.map(asJson)).toEqual(inThread.map(asJson));
    expect(caughtUp[2999]!.actor?.name).toBe('Nguyễn Văn A');
    expect(caughtUp[2999]!.data).toEqual({ n: 2999, note: 'Tỉnh Hà Nam\u001fđợt 499', nested: { list: [1, null, 'ờ'] } });
    await store.close();
  });

  it('keeps two walks that take turns exact: a read out of order drops the batches read ahead and starts afresh', async () => {
    const store = new SqliteEventStore(file, { readAheadWorker });
    for (let first = 0; first < 3000; first += 500) await store.appendToStream(`province-${first}`, varied(500, first), 'no_stream');
    const walks = [
      { after: START, ns: [] as number[] },
      { after: START, ns: [] as number[] },
    ];
    // One batch of one walk, then one of the other: every read starts where the worker is not heading.
    for (let turn = 0; walks.some((walk) => walk.ns.length < 3000); turn++) {
      const walk = walks[turn % 2]!;
      const read = await store.readAll({ from: walk.after, maxCount: 600 });
      walk.ns.push(...read.map((event) => (event.data as { n: number }).n));
      if (read.length > 0) walk.after = read[read.length - 1]!.position;
    }
    for (const walk of walks) expect(walk.ns).toEqual(Array.from({ length: 3000 }, (_, n) => n));
    // And then one walk alone again: after its first batch, the rest come read ahead.
    const before = store.batchesReadAhead;
    for (let after = START; ;) {
      const read = await store.readAll({ from: after, maxCount: 600 });
      if (read.length === 0) break;
      after = read[read.length - 1]!.position;
    }
    expect(store.batchesReadAhead - before).toBe(4);
    await store.close();
  });

  it('misses nothing appended during the catch-up, and reads short batches in this thread', async () => {
    const store = new SqliteEventStore(file, { readAheadWorker });
    await store.appendToStream('province-a', varied(1100, 0), 'no_stream');
    const writer = new SqliteEventStore(file, { readAheadWorker });
    // Appended after the first batch, while the second is being read ahead (it then comes short).
    const caughtUp = await readEverything(store, 512, async (batch) => {
      if (batch === 0) await writer.appendToStream('province-b', varied(300, 1100), 'no_stream');
    });
    expect(caughtUp.map((event) => (event.data as { n: number }).n)).toEqual(Array.from({ length: 1400 }, (_, n) => n));
    expect(caughtUp.slice(1).every((event, index) => event.position > caughtUp[index]!.position)).toBe(true);
    await writer.close();
    await store.close();
  });

  it("gives an audit's walk of stored rows exactly as stored, altered text and all", async () => {
    const store = new SqliteEventStore(file, { readAheadWorker });
    for (let first = 0; first < 3000; first += 500) await store.appendToStream(`province-${first}`, varied(500, first), 'no_stream');
    const raw = new Database(file);
    // Text that no longer parses, and a raw separator character the worker's packing cannot carry.
    raw.prepare('UPDATE events SET data = ? WHERE position = ?').run('{"broken', 700);
    raw.prepare('UPDATE events SET metadata = metadata || ? WHERE position = ?').run('\u001f', 2100);
    raw.close();
    const walk = async (from: SqliteEventStore) => {
      const rows = [];
      for (let after = START; ;) {
        const read = await from.readStoredRows(after, 600);
        if (read.length === 0) return rows;
        rows.push(...read);
        after = BigInt(read[read.length - 1]![0]);
      }
    };
    const reference = new SqliteEventStore(file, { readAhead: false });
    const inThread = await walk(reference);
    await reference.close();
    const walked = await walk(store);
    expect(walked).toEqual(inThread);
    expect(walked).toHaveLength(3000);
    expect(walked[699]![5]).toBe('{"broken');
    // Batches 2, 3 and 5 came read ahead (2 holds the broken text); 4, holding the separator, was read here.
    expect(store.batchesReadAhead).toBe(3);
    await store.close();
  });

  it('falls back to this thread when a stored text does not parse, which then names the error', async () => {
    const store = new SqliteEventStore(file, { readAheadWorker });
    await store.appendToStream('province-a', varied(1100, 0), 'no_stream');
    const first = await store.readAll({ maxCount: 512 });
    const raw = new Database(file);
    raw.prepare('UPDATE events SET data = ? WHERE position = ?').run('{"broken', Number(first[511]!.position) + 3);
    raw.close();
    await expect(store.readAll({ from: first[511]!.position, maxCount: 512 })).rejects.toThrow(SyntaxError);
    expect(store.batchesReadAhead).toBe(0);
    await store.close();
  });
});
