import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describeEventStoreContract } from './event-store.contract.js';
import { START } from './event-store.port.js';
import { SqliteEventStore } from './sqlite-event-store.js';
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
    expect(await reopened.appendToStream('plan-ha-nam', events.slice(0, 3), 'no_stream')).toEqual(result);
    const next = await reopened.appendToStream('plan-ha-nam', events.slice(3), 2);
    expect(next.nextExpectedRevision).toBe(3);
    expect(next.position).toBeGreaterThan(result.position);
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
