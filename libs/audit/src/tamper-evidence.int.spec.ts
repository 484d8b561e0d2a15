import { parsePartialDate, type PlatformCommand } from '@monitor/domain';
import { SqliteEventStore } from '@monitor/event-store';
import { compiledWorker, tamperWithStoreFile, withRawStoreFile } from '@monitor/event-store/testing';

// Threads run the build's worker: the sources have no compiled one beside them.
const workerModule = compiledWorker('libs/audit', 'verify-segment.worker.js');
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandRunner } from '@monitor/application';
import { commandContext, oneAssignedTask } from '@monitor/application/testing';
import { canonicalJson, chainHash, GENESIS, withoutChain } from '@monitor/application/chain';
import { checkpointDigest, readCheckpoints, recordCheckpoint, signCheckpoint, type AuditCheckpoint } from './checkpoints.js';
import { checkpointIfChanged } from './periodic-checkpoint.js';
import { verifyStore, type VerifyOptions } from './verify-store.js';

const KEY = 'an-audit-key-of-at-least-32-characters';
const context = commandContext({ actor: { id: 'a', name: 'Nguyễn Văn A', role: 'Chuyên viên', unitId: null } });
const report = (n: number): PlatformCommand => ({
  type: 'ReportProgress',
  taskId: 't1',
  reportId: `r${n}`,
  unitId: 'ha-nam.so-khcn',
  percentComplete: n * 10,
  summary: `report-number-${n}`,
});

interface Row {
  position: number;
  stream: string;
  revision: number;
  type: string;
}

/**
 * A store as the platform leaves it: 9 events, checkpoint #0 (position 10), a report on task t1
 * and a directive (11, 12: two streams), checkpoint #1 (13). Returns the file and checkpoint #1.
 */
const checkpointedStore = async (dir: string, name: string): Promise<{ file: string; last: AuditCheckpoint }> => {
  const file = join(dir, `${name}.sqlite`);
  const store = new SqliteEventStore(file);
  const runner = new CommandRunner(store);
  const options = { auditKey: KEY, signingKey: () => KEY, recordedBy: 'system:audit', now: () => new Date('2024-01-01T00:00:00Z') };
  for (const command of [...oneAssignedTask(), report(1), report(2), report(3)]) await runner.run(command, context);
  expect((await checkpointIfChanged(store, { ...options, checkpointsExpected: false })).recorded?.checkpoint.sequence).toBe(0);
  await runner.run(report(4), context);
  await runner.run(
    {
      type: 'RegisterDirective',
      directiveId: '99/QĐ-TTg',
      kind: 'Quyết định',
      title: 'Thử',
      issuer: 'Thủ tướng',
      issuedOn: parsePartialDate('2024-01-01'),
      implements: [],
      provinceId: null,
    },
    context,
  );
  const run = await checkpointIfChanged(store, { ...options, checkpointsExpected: true });
  expect(run).toMatchObject({ report: { failure: null }, recorded: { position: 13n, checkpoint: { sequence: 1 } } });
  await store.close();
  return { file, last: run.recorded!.checkpoint };
};

const rows = (file: string): Row[] =>
  withRawStoreFile(file, (db) => db.prepare('SELECT position, stream, revision, type FROM events ORDER BY position').all() as Row[], {
    readonly: true,
  });

/** What an intruder who knows the (unkeyed) hash rule does: edits an event's data, then re-chains the rest of its stream. */
const rewriteAndRechain = (
  file: string,
  stream: string,
  revision: number,
  edit: (data: Record<string, unknown>) => Record<string, unknown>,
): void => {
  withRawStoreFile(file, (db) => {
    const events = db
      .prepare('SELECT position, id, stream, revision, type, data, metadata FROM events WHERE stream = ? ORDER BY revision')
      .all(stream) as {
      position: number;
      id: string;
      stream: string;
      revision: number;
      type: string;
      data: string;
      metadata: string;
    }[];
    let previous = revision === 0 ? GENESIS : (JSON.parse(events[revision - 1]!.metadata) as { chain: string }).chain;
    for (const row of events.slice(revision)) {
      const data = row.revision === revision ? edit(JSON.parse(row.data) as Record<string, unknown>) : (JSON.parse(row.data) as unknown);
      const metadata = withoutChain(JSON.parse(row.metadata) as never);
      previous = chainHash(previous, { id: row.id, stream: row.stream, revision: row.revision, type: row.type, data, metadata });
      db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?').run(
        canonicalJson(data),
        canonicalJson({ ...metadata, chain: previous }),
        row.position,
      );
    }
  });
};

describe.each([1, 3])('tamper evidence over a real SQLite store with signed, chained checkpoints (%i threads)', (threads) => {
  const dir = mkdtempSync(join(tmpdir(), 'tamper-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const verify = async (file: string, options: VerifyOptions = {}) => {
    const store = new SqliteEventStore(file);
    try {
      return await verifyStore(store, { auditKey: KEY, checkpointsExpected: true, threads, workerModule, ...options });
    } finally {
      await store.close();
    }
  };
  const fresh = () => checkpointedStore(dir, `store-${threads}-${++n}`);

  it('passes a clean store, every event covered by a signed checkpoint', async () => {
    const { file } = await fresh();
    expect(await verify(file)).toMatchObject({
      events: 13,
      checkpointsChecked: 2,
      failure: null,
      signedThrough: { events: 12, position: 12n },
      uncovered: null,
    });
  });

  it('says which positions no signed checkpoint covers', async () => {
    const { file } = await fresh();
    const store = new SqliteEventStore(file);
    await new CommandRunner(store).run(report(5), context);
    await store.close();
    expect(await verify(file)).toMatchObject({ failure: null, uncovered: { afterPosition: 12n, throughPosition: 14n, events: 2 } });
    // Without the key, no signature is checked: nothing is covered.
    expect(await verify(file, { auditKey: null, checkpointsExpected: false })).toMatchObject({
      failure: null,
      signedThrough: null,
      uncovered: { afterPosition: 0n, events: 14 },
    });
  });

  it('names a byte flipped in a payload', async () => {
    const { file } = await fresh();
    tamperWithStoreFile(
      file,
      `UPDATE events SET data = replace(data, 'report-number-2', 'report-number-7') WHERE data LIKE '%report-number-2%'`,
    );
    expect((await verify(file)).failure).toMatchObject({ kind: 'HASH_MISMATCH', stream: 'task-t1' });
  });

  it('names a deleted row', async () => {
    const { file } = await fresh();
    const victim = rows(file).find((r) => r.stream === 'task-t1' && r.revision === 1)!;
    tamperWithStoreFile(file, `DELETE FROM events WHERE position = ${victim.position}`);
    expect((await verify(file)).failure).toMatchObject({ kind: 'MISSING_REVISION', stream: 'task-t1', revision: 2 });
  });

  it('finds events of two streams swapped in the global order', async () => {
    const { file } = await fresh();
    const [a, b] = [rows(file)[10]!, rows(file)[11]!];
    expect(a.stream).not.toBe(b.stream);
    tamperWithStoreFile(
      file,
      `UPDATE events SET position = 1000 WHERE position = ${a.position}; UPDATE events SET position = ${a.position} WHERE position = ${b.position}; UPDATE events SET position = ${b.position} WHERE position = 1000`,
    );
    expect((await verify(file)).failure).toMatchObject({ kind: 'CHECKPOINT_MISMATCH', stream: 'audit-checkpoints', revision: 1 });
  });

  it('finds an event rewritten and its stream re-chained by the unkeyed rule', async () => {
    const { file } = await fresh();
    rewriteAndRechain(file, 'task-t1', 3, (data) => ({ ...data, summary: 'forged' }));
    const store = new SqliteEventStore(file);
    // Every stream's own chain holds: only the signed checkpoints give it away.
    expect(await verifyStore(store, { threads, workerModule })).toMatchObject({ failure: { kind: 'CHECKPOINT_MISMATCH' } });
    expect((await store.readStream('task-t1'))[3]!.data).toMatchObject({ summary: 'forged' });
    await store.close();
  });

  it('fails when the checkpoints were deleted while the key was in use', async () => {
    const { file } = await fresh();
    tamperWithStoreFile(file, `DELETE FROM events WHERE stream = 'audit-checkpoints'`);
    expect((await verify(file)).failure).toMatchObject({ kind: 'CHECKPOINTS_MISSING' });
    // Without any sign the key was used, verify passes, saying nothing is covered.
    expect(await verify(file, { checkpointsExpected: false })).toMatchObject({ failure: null, uncovered: { events: 11 } });
  });

  it('finds a gap in the chain of checkpoints, and a chain whose first checkpoints were removed', async () => {
    const { file } = await fresh();
    const store = new SqliteEventStore(file);
    const [first, second] = (await readCheckpoints(store)).map((c) => c.checkpoint);
    const clean = await verifyStore(store, { auditKey: KEY, threads: 1 });
    const over = {
      events: clean.events,
      throughEventId: clean.lastEventId!,
      throughPosition: String(clean.lastPosition),
      globalHash: clean.globalHash,
    };
    // Signed with the key, but naming checkpoint #0 as its predecessor: #1 is skipped.
    await recordCheckpoint(store, signCheckpoint({ ...over, sequence: 2, previous: checkpointDigest(first!) }, KEY), 'insider', new Date());
    expect((await verifyStore(store, { auditKey: KEY, threads })).failure).toMatchObject({ kind: 'CHECKPOINT_CHAIN', revision: 2 });
    await store.close();
    expect(second!.previous).not.toBeNull();
  });

  it('finds a deleted tail against a receipt kept outside the store, after the checkpoints went too', async () => {
    const { file, last } = await fresh();
    tamperWithStoreFile(file, `DELETE FROM events WHERE position > 11; DELETE FROM events WHERE stream = 'audit-checkpoints'`);
    // What is left verifies by itself: only the receipt knows there was more.
    expect(await verify(file, { checkpointsExpected: false })).toMatchObject({ events: 10, failure: null });
    const kept = [{ checkpoint: last, source: 'receipt.json' }];
    expect((await verify(file, { checkpointsExpected: false, receipts: kept })).failure).toMatchObject({
      kind: 'CHECKPOINT_BEYOND_STORE',
      stream: 'receipt.json',
      detail: expect.stringContaining('the receipt receipt.json covers the first 12 events, but the store holds 10'),
    });
  });
});
