import type { PlatformCommand } from '@monitor/domain';
import { SqliteEventStore } from '@monitor/event-store';
import { compiledWorker, tamperWithStoreFile } from '@monitor/event-store/testing';

// Threads run the build's worker: the sources have no compiled one beside them.
const workerModule = compiledWorker('libs/audit', 'verify-segment.worker.js');
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandRunner } from '@monitor/application';
import { commandContext, oneAssignedTask } from '@monitor/application/testing';
import { readCheckpoints, recordCheckpoint, signCheckpoint } from './checkpoints.js';
import { checkpointIfChanged } from './periodic-checkpoint.js';
import { chainBatch, GENESIS } from '@monitor/application/chain';
import { verifyStore } from './verify-store.js';

const context = commandContext({ actor: { id: 'a', name: 'Nguyễn Văn A', role: 'Chuyên viên', unitId: null } });

const history: PlatformCommand[] = [
  ...oneAssignedTask(),
  ...[1, 2, 3].map((n): PlatformCommand => ({
    type: 'ReportProgress',
    taskId: 't1',
    reportId: `r${n}`,
    unitId: 'ha-nam.so-khcn',
    percentComplete: n * 30,
    summary: `report-number-${n}`,
  })),
];

/** Replaces the one occurrence of `from` in the file's bytes with `to` (same length): a byte-level edit, as an intruder would. */
const patchFileBytes = (file: string, from: string, to: string): void => {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(from);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(bytes.indexOf(from, at + 1)).toBe(-1);
  bytes.write(to, at, 'latin1');
  writeFileSync(file, bytes);
};

// Each case in global order (1 thread), and split into ranges verified by worker threads (3): a
// split walk must give the same report, and leave naming a failure to the walk in order.
describe.each([1, 3])('verifying a real SQLite event store (%i threads)', (threads) => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-'));
  const verify = (store: SqliteEventStore, options: { auditKey?: string } = {}) =>
    verifyStore(store, { ...options, threads, workerModule });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const recordHistory = async (): Promise<string> => {
    const file = join(dir, `events-${++n}.sqlite`);
    const store = new SqliteEventStore(file);
    const runner = new CommandRunner(store);
    for (const command of history) await runner.run(command, context);
    await store.close();
    return file;
  };

  it('finds every event chained and matching in an untouched store', async () => {
    const store = new SqliteEventStore(await recordHistory());
    const report = await verify(store);
    const inOrder = await verifyStore(store, { threads: 1 });
    await store.close();
    expect(report).toMatchObject({ events: 9, chained: 9, unchained: 0, streams: 5, failure: null, threads });
    // The same report, the hash over the global order included, however the walk was split.
    expect({ ...report, threads: 1 }).toEqual(inOrder);
  });

  it('names the event when one byte of its stored JSON is altered in the file', async () => {
    const file = await recordHistory();
    const before = new SqliteEventStore(file);
    const altered = (await before.readStream('task-t1')).find((e) => (e.data as { reportId?: string }).reportId === 'r2')!;
    await before.close();

    patchFileBytes(file, 'report-number-2', 'report-number-3');

    const store = new SqliteEventStore(file);
    const report = await verify(store);
    expect((await store.readStream('task-t1'))[altered.revision]!.data).toMatchObject({ summary: 'report-number-3' });
    await store.close();
    expect(report.failure).toMatchObject({
      kind: 'HASH_MISMATCH',
      position: altered.position,
      stream: 'task-t1',
      revision: altered.revision,
      eventId: altered.id,
    });
    expect(report.events).toBe(Number(altered.position) - 1);
    expect(report.threads).toBe(1);
  });

  it('names an event whose stored JSON no longer parses', async () => {
    const file = await recordHistory();
    patchFileBytes(file, '"summary":"report-number-3"', '"summary":"report-number-3\'');
    const store = new SqliteEventStore(file);
    const report = await verify(store);
    await store.close();
    expect(report.failure).toMatchObject({ kind: 'UNREADABLE', stream: 'task-t1', revision: 4 });
  });

  it('checks signed checkpoints over the global order, and refuses one signed with another key', async () => {
    const store = new SqliteEventStore(await recordHistory());
    const clean = await verify(store);
    await recordCheckpoint(
      store,
      signCheckpoint(
        {
          throughPosition: String(clean.lastPosition),
          throughEventId: clean.lastEventId!,
          events: clean.events,
          globalHash: clean.globalHash,
        },
        'k'.repeat(32),
      ),
      'auditor',
      new Date(),
    );

    expect(await verify(store, { auditKey: 'k'.repeat(32) })).toMatchObject({ events: 10, checkpointsChecked: 1, failure: null, threads });
    expect((await verify(store)).checkpointsUnsigned).toBe(1);
    expect((await verify(store, { auditKey: 'x'.repeat(32) })).failure).toMatchObject({
      kind: 'CHECKPOINT_SIGNATURE',
      stream: 'audit-checkpoints',
    });
    await store.close();
  });

  it('records a checkpoint only over a store that verifies and has new events', async () => {
    const file = await recordHistory();
    const key = 'k'.repeat(32);
    const options = {
      auditKey: key,
      signingKey: () => key,
      checkpointsExpected: false,
      recordedBy: 'system:audit',
      now: () => new Date('2024-01-01T00:00:00Z'),
    };
    let store = new SqliteEventStore(file);
    expect((await checkpointIfChanged(store, options)).recorded).toBeDefined();
    expect((await checkpointIfChanged(store, options)).recorded).toBeUndefined();
    await new CommandRunner(store).run(
      { type: 'ReportProgress', taskId: 't1', reportId: 'r4', unitId: 'ha-nam.so-khcn', percentComplete: 95, summary: 'report-number-4' },
      context,
    );
    expect((await checkpointIfChanged(store, options)).recorded).toBeDefined();
    await store.close();

    patchFileBytes(file, 'report-number-4', 'report-number-5');
    store = new SqliteEventStore(file);
    await new CommandRunner(store).run(
      { type: 'ReportProgress', taskId: 't1', reportId: 'r5', unitId: 'ha-nam.so-khcn', percentComplete: 96, summary: null },
      context,
    );
    const run = await checkpointIfChanged(store, options);
    expect(run.recorded).toBeUndefined();
    expect(run).toMatchObject({ report: { failure: { kind: 'HASH_MISMATCH', stream: 'task-t1', revision: 5 } } });
    expect((await readCheckpoints(store)).map((c) => c.checkpoint.events)).toEqual([9, 11]);
    await store.close();
  });

  it('records one checkpoint when two processes make it at once (replicas starting together)', async () => {
    const file = await recordHistory();
    const options = {
      auditKey: null,
      signingKey: () => 'key',
      checkpointsExpected: false,
      recordedBy: 'system:audit',
      now: () => new Date('2024-01-01T00:00:00Z'),
    };
    const store = new SqliteEventStore(file);
    const runs = await Promise.all([checkpointIfChanged(store, options), checkpointIfChanged(store, options)]);
    expect(runs.filter((r) => r.recorded).length).toBe(1);
    expect((await readCheckpoints(store)).map((c) => c.checkpoint.sequence)).toEqual([0]);
    expect((await verify(store)).failure).toBeNull();
    await store.close();
  });

  it('reports a checkpoint whose global hash the store no longer gives', async () => {
    const store = new SqliteEventStore(await recordHistory());
    const clean = await verify(store);
    await recordCheckpoint(
      store,
      signCheckpoint(
        {
          throughPosition: String(clean.lastPosition),
          throughEventId: clean.lastEventId!,
          events: clean.events,
          globalHash: 'not-what-the-store-gives',
        },
        null,
      ),
      'auditor',
      new Date(),
    );
    const report = await verify(store);
    await store.close();
    expect(report.failure).toMatchObject({ kind: 'CHECKPOINT_MISMATCH', stream: 'audit-checkpoints', revision: 0 });
  });
});

describe('verifying a store file rebuilt without its unique indexes', () => {
  // An intruder who rewrites the file can drop the indexes that keep a stream's revisions unique,
  // and then replay a valid event: its hash still links. Only the stream's order gives it away.
  it('names a copy of an event appended later, whether the walk is split or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-copy-'));
    const file = join(dir, 'events.sqlite');
    const store = new SqliteEventStore(file);
    const runner = new CommandRunner(store);
    for (const command of history) await runner.run(command, context);
    const [first] = await store.readStream('task-t1');
    await store.close();

    tamperWithStoreFile(
      file,
      `CREATE TABLE copy AS SELECT * FROM events; DROP TABLE events; ALTER TABLE copy RENAME TO events;
       INSERT INTO events SELECT (SELECT max(position) + 1 FROM events), id, stream, revision, type, data, metadata, occurred_at, recorded_at, simulated
       FROM events WHERE position = ${first!.position}`,
    );

    const tampered = new SqliteEventStore(file);
    // One thread per position: the copy is alone in the last range, which meets task-t1 first there.
    const reports = [await verifyStore(tampered, { threads: 1 }), await verifyStore(tampered, { threads: 10 })];
    await tampered.close();
    rmSync(dir, { recursive: true, force: true });
    for (const report of reports)
      expect(report.failure).toMatchObject({ kind: 'MISSING_REVISION', position: 10n, stream: 'task-t1', revision: 0, eventId: first!.id });
  });
});

describe('verifying events stored in another key order', () => {
  it('decides by their parsed canonical form when the stored text is not canonical', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-order-'));
    const store = new SqliteEventStore(join(dir, 'events.sqlite'));
    const [chained] = chainBatch('s', 0, GENESIS, [
      {
        id: crypto.randomUUID(),
        type: 'Happened',
        data: { alpha: 1, beta: 'Bắc Kạn' },
        metadata: { ...context, recordedAt: '2021-01-01T00:00:01.000Z' } as never,
      },
    ]);
    const reordered = {
      ...chained!,
      data: { beta: 'Bắc Kạn', alpha: 1 },
      metadata: { chain: chained!.metadata.chain, ...chained!.metadata },
    };
    await store.appendToStream('s', [reordered], 'no_stream');
    expect(await verifyStore(store)).toMatchObject({ events: 1, chained: 1, failure: null });
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
