import { UnavailableError } from '@kurrent/kurrentdb-client';
import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';
import { KurrentDbEventStore } from './kurrentdb-event-store.js';

// What runs here without a server: the real client against a port nobody listens on. A replica
// whose cluster is gone must fail its calls promptly and visibly, never hang or answer "empty".
const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

const metadata = {
  actor: null,
  occurredAt: '2021-01-01T00:00:00Z',
  occurredAtPrecision: 'INSTANT' as const,
  recordedBy: 't',
  recordedAt: '2021-01-01T00:00:00Z',
  correlationId: 'c',
  causationId: null,
};

describe('the KurrentDB event store without a reachable server', () => {
  let store: KurrentDbEventStore;
  beforeEach(async () => {
    store = new KurrentDbEventStore({
      connectionString: `kurrentdb://127.0.0.1:${await closedPort()}?tls=false&maxDiscoverAttempts=1`,
      streamPrefixes: ['task-'],
      resubscribe: { attempts: 2, firstDelayMs: 40 },
    });
  });
  afterEach(() => store.close());

  it('fails reads, appends and the head position with the client’s UnavailableError, instead of answering empty', async () => {
    await expect(store.readStream('task-t1')).rejects.toBeInstanceOf(UnavailableError);
    await expect(store.readAll()).rejects.toBeInstanceOf(UnavailableError);
    await expect(store.headPosition()).rejects.toBeInstanceOf(UnavailableError);
    await expect(store.appendToStream('task-t1', [{ id: randomUUID(), type: 'T', data: {}, metadata }], 'any')).rejects.toBeInstanceOf(
      UnavailableError,
    );
  });

  it('subscribes again, waiting longer each time, then ends the subscription with the error rather than waiting forever', async () => {
    const stop = new AbortController();
    const started = performance.now();
    const iterator = store.subscribeToAll({ signal: stop.signal })[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toBeInstanceOf(UnavailableError);
    // Two waits, 40 ms then 80 ms, between three attempts.
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('aborting while it waits to subscribe again ends the subscription at once', async () => {
    const patient = new KurrentDbEventStore({
      connectionString: `kurrentdb://127.0.0.1:${await closedPort()}?tls=false&maxDiscoverAttempts=1`,
      streamPrefixes: ['task-'],
      resubscribe: { attempts: 5, firstDelayMs: 60_000 },
    });
    const stop = new AbortController();
    const next = patient.subscribeToAll({ signal: stop.signal })[Symbol.asyncIterator]().next();
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop.abort();
    expect(await next).toEqual({ done: true, value: undefined });
    await patient.close();
  });

  it('checks a batch before contacting the server: a value JSON cannot hold fails at once', async () => {
    await expect(store.appendToStream('task-t1', [{ id: randomUUID(), type: 'T', data: { amount: 1n }, metadata }], 'any')).rejects.toThrow(
      /BigInt/,
    );
  });

  it('once closed, refuses calls and ends subscriptions; closing twice is harmless', async () => {
    const aborted = new AbortController();
    aborted.abort();
    expect(await store.subscribeToAll({ signal: aborted.signal })[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
    await store.close();
    await store.close();
    await expect(store.readStream('task-t1')).rejects.toThrow(/closed/);
    expect(await store.subscribeToAll()[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
  });

  it('refuses to be configured to read nothing, or KurrentDB’s system streams', () => {
    expect(() => new KurrentDbEventStore({ connectionString: 'kurrentdb://127.0.0.1:1?tls=false', streamPrefixes: [] })).toThrow(
      /at least one stream prefix/,
    );
    expect(() => new KurrentDbEventStore({ connectionString: 'kurrentdb://127.0.0.1:1?tls=false', streamPrefixes: ['$'] })).toThrow(
      /system streams/,
    );
  });
});
