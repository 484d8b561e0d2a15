import type { PlatformCommand } from '@monitor/domain';
import { SqliteEventStore, type RecordedEvent } from '@monitor/event-store';
import { compiledWorker } from '@monitor/event-store/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreIngestWriter, type IngestCommand, type IngestWriter } from './ingest-writer.js';
import { WorkerIngestWriter } from './worker-ingest-writer.js';
import { isTransientStoreFailure } from './write-failures.js';

/** A province registration as a checked message would give it, from the Kafka record `source`. */
const registration = (messageId: string, provinceId: string, source = `kafka:t/0/${messageId}`): IngestCommand => ({
  messageId,
  command: { type: 'RegisterProvince', provinceId, name: `Tỉnh ${provinceId}`, statisticalCode: null },
  context: {
    actor: null,
    occurredAt: '2025-07-01T00:00:00.000Z',
    occurredAtPrecision: 'INSTANT',
    recordedBy: 'admin:test',
    actingForProvince: null,
    correlationId: messageId,
    causationId: source,
    commandId: messageId,
  },
});

// The writer thread runs the compiled worker module: built first (incremental: quick after `npm run build`).
const writerWorker = compiledWorker('libs/messaging', 'ingest/ingest-writer.worker.js');

describe.each([
  ['on this thread', (file: string): IngestWriter => new StoreIngestWriter(new SqliteEventStore(file, { synchronous: 'NORMAL' }))],
  ['in a worker thread', (file: string): IngestWriter => new WorkerIngestWriter({ file, synchronous: 'NORMAL' }, writerWorker)],
])('an ingest writer %s', (_, open) => {
  let dir: string;
  let file: string;
  let writer: IngestWriter;
  /** What the file holds, read through a connection of the test's own. */
  const stored = async (): Promise<RecordedEvent[]> => {
    const reader = new SqliteEventStore(file, { readAhead: false });
    try {
      return await reader.readAll();
    } finally {
      await reader.close();
    }
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-writer-'));
    file = join(dir, 'events.sqlite');
    writer = open(file);
  });
  afterEach(async () => {
    await writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens before the first chunk, and writes after', async () => {
    await writer.open();
    expect(await writer.write([registration('m1', 'ha-nam')])).toEqual([{ kind: 'recorded' }]);
  });

  it('records a chunk in order; a refusal is an outcome and the rest of the chunk stays', async () => {
    const outcomes = await writer.write([registration('m1', 'ha-nam'), registration('m2', 'ha-nam'), registration('m3', 'bac-kan')]);
    await writer.flush();
    expect(outcomes.map((o) => o.kind)).toEqual(['recorded', 'refused', 'recorded']);
    expect(outcomes[1]).toEqual({
      kind: 'refused',
      rejection: expect.objectContaining({ reason: 'ALREADY_EXISTS', field: 'provinceId', messageId: 'm2' }),
    });
    expect((await stored()).map((e) => [e.stream, e.metadata().causationId])).toEqual([
      ['province-ha-nam', 'kafka:t/0/m1'],
      ['province-bac-kan', 'kafka:t/0/m3'],
    ]);
  });

  it('tells a redelivery of the same record from the same message id in another record', async () => {
    await writer.write([registration('m1', 'ha-nam')]);
    const again = await writer.write([registration('m1', 'ha-nam'), registration('m1', 'ha-nam', 'kafka:t/1/9')]);
    expect(again[0]).toEqual({ kind: 'redelivered' });
    expect(again[1]).toEqual({ kind: 'refused', rejection: expect.objectContaining({ reason: 'DUPLICATE', messageId: 'm1' }) });
    expect(await stored()).toHaveLength(1);
  });

  it('refuses a command that throws an unexpected error while it is decided (UNEXPECTED_ERROR); the rest of the chunk stays', async () => {
    const unknown = { ...registration('m2', 'bac-kan'), command: { type: 'NoSuchCommand' } as unknown as PlatformCommand };
    const notText = registration('m3', 'bac-giang');
    (notText.command as { name: unknown }).name = 42; // the decider calls a string method on it: a TypeError
    const outcomes = await writer.write([registration('m1', 'ha-nam'), unknown, notText, registration('m4', 'ha-giang')]);
    await writer.flush();
    expect(outcomes.map((o) => (o.kind === 'refused' ? o.rejection.reason : o.kind))).toEqual([
      'recorded',
      'UNEXPECTED_ERROR',
      'UNEXPECTED_ERROR',
      'recorded',
    ]);
    expect(outcomes[2]).toEqual({
      kind: 'refused',
      rejection: expect.objectContaining({ problem: expect.stringMatching(/^TypeError: /), messageId: 'm3' }),
    });
    expect((await stored()).map((e) => e.stream)).toEqual(['province-ha-nam', 'province-ha-giang']);
  });
});

describe('an ingest writer on this thread', () => {
  /** Fails its `failOn`-th append as SQLite does when another connection holds the lock. */
  class BusyStore extends SqliteEventStore {
    private appendCalls = 0;
    constructor(
      file: string,
      private readonly failOn: number,
    ) {
      super(file);
    }
    override appendToStream(...args: Parameters<SqliteEventStore['appendToStream']>) {
      if (++this.appendCalls === this.failOn)
        return Promise.reject(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }));
      return super.appendToStream(...args);
    }
  }

  it('rejects a chunk when the store fails (a store failure is no refusal), keeps none of it, and records the next one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-writer-'));
    const file = join(dir, 'events.sqlite');
    const writer = new StoreIngestWriter(new BusyStore(file, 2));
    try {
      const failure = await writer.write([registration('m1', 'ha-nam'), registration('m2', 'bac-kan')]).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 'SQLITE_BUSY' });
      expect(isTransientStoreFailure(failure)).toBe(true);
      expect((await writer.write([registration('m1', 'ha-nam'), registration('m2', 'bac-kan')])).map((o) => o.kind)).toEqual([
        'recorded',
        'recorded',
      ]);
    } finally {
      await writer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an ingest writer in a worker thread', () => {
  it('fails its opening, before any chunk, when its store cannot be opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-writer-'));
    const notADirectory = join(dir, 'a-file');
    writeFileSync(notADirectory, '');
    const writer = new WorkerIngestWriter({ file: join(notADirectory, 'events.sqlite'), synchronous: 'NORMAL' }, writerWorker);
    try {
      await expect(writer.open()).rejects.toThrow(/EEXIST.*a-file/);
    } finally {
      await writer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
