import { CommandRunner } from '@monitor/application';
import { chainHash, GENESIS, withoutChain } from '@monitor/application/chain';
import { metadataOf, SqliteEventStore } from '@monitor/event-store';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExport } from './commands/export.command.js';
import { runImport } from './commands/import.command.js';
import { runReplay } from './commands/replay.command.js';
import { runStats } from './commands/stats.command.js';
import { runVerify } from './commands/verify.command.js';
import { capturedIo, scratch, seededDataDir } from './testing/cli-fixtures.js';

const official = { id: 'nguyen-van-a', name: 'Nguyễn Văn A', role: 'Chuyên viên', unitId: null };
const at = (occurredAt: string) => ({
  actor: official,
  occurredAt,
  occurredAtPrecision: 'INSTANT' as const,
  recordedBy: 'test',
  actingForProvince: null,
  correlationId: 'c',
  causationId: null,
});

describe('monitor commands over real SQLite stores', () => {
  const dir = scratch();
  afterAll(() => dir.remove());
  const source = join(dir.path, 'source');

  beforeAll(async () => {
    const seeded = await seededDataDir(source);
    // Recorded months after the seeds: a replay until before then must not show it.
    const later = new CommandRunner(seeded.store, () => new Date('2024-06-01T03:00:00.000Z'));
    const task = 'ha-nam.2811-kh-ubnd.t07';
    const assigned = (await seeded.store.readStream(`task-${task}`)).find((e) => e.type === 'TaskAssigned')!.data as {
      leadUnitIds: string[];
    };
    await later.run(
      { type: 'ReportProgress', taskId: task, reportId: 'r-2024', unitId: assigned.leadUnitIds[0]!, percentComplete: 100, summary: null },
      at('2024-05-30T03:00:00.000Z'),
    );
    await later.run({ type: 'CompleteTask', taskId: task, summary: 'Hoàn thành' }, at('2024-05-31T03:00:00.000Z'));
    await seeded.store.close();
  });

  const replayCsv = async (dataDir: string, until: string) => {
    const io = capturedIo();
    expect(await runReplay({ dataDir, until, format: 'csv', directive: ['696/QD-TTg'] }, io)).toBe(0);
    return io.printed();
  };

  it('replays the comparison as it stood at a moment, by when events were recorded', async () => {
    const before = await replayCsv(source, '2024-03-01');
    const after = await replayCsv(source, '2024-12-31');
    const haNam = (csv: string) => csv.split('\n').find((line) => line.includes(',ha-nam,'))!;
    const completed = (csv: string) => Number(haNam(csv).split(',')[9]);
    expect(before.split('\n')[0]).toContain('directive,asOf,province,provinceName,plans,planLagDays');
    expect(completed(after)).toBe(completed(before) + 1);
    const nothingYet = capturedIo();
    await runReplay({ dataDir: source, until: '2020-01-01' }, nothingYet);
    expect(nothingYet.printed()).toBe('no directive with provinces was recorded by then\n');
  });

  it('gives every figure of the comparison in its CSV: reports owed and received, target attainment', async () => {
    const haNam = async (until: string) => {
      const [header, ...lines] = (await replayCsv(source, until)).trim().split('\n');
      const columns = header!.split(',');
      expect(columns.slice(17)).toEqual([
        'deadlineChanged',
        'completedOnTimeAgainstOriginal',
        'overdueAgainstOriginal',
        'onTimeRateAgainstOriginal',
        'expectedReports',
        'receivedReports',
        'receivedReportsOnTime',
        'reportingRate',
        'reportingOnTimeRate',
        'targets',
        'targetsWithValue',
        'targetsAttained',
        'targetAttainmentRate',
      ]);
      return Object.fromEntries(
        lines
          .find((line) => line.includes(',ha-nam,'))!
          .split(',')
          .map((value, i) => [columns[i], value]),
      );
    };
    // The report on t07 recorded in June 2024 is the only one Hà Nam's plan 2811 received, and on time.
    const before = await haNam('2024-03-01');
    const after = await haNam('2024-12-31');
    expect(before).toMatchObject({ receivedReports: '0', receivedReportsOnTime: '0', reportingRate: '0' });
    expect(after).toMatchObject({ receivedReports: '1', receivedReportsOnTime: '1', targets: '0', targetAttainmentRate: '' });
    expect(Number(after['expectedReports'])).toBeGreaterThan(Number(before['expectedReports']));
    expect(Number(after['reportingRate'])).toBeCloseTo(1 / Number(after['expectedReports']));
  });

  it('round-trips: an NDJSON export imported into an empty store gives the same read models and verification', async () => {
    const events = join(dir.path, 'events.ndjson');
    expect(await runExport({ dataDir: source, events }, capturedIo())).toBe(0);
    const lines = readFileSync(events, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ position: '1', revision: 0 });

    const copy = join(dir.path, 'copy');
    const imported = capturedIo();
    expect(await runImport(events, { dataDir: copy }, imported)).toBe(0);
    expect(imported.printed()).toContain(`imported ${lines.length} events`);

    expect(await replayCsv(copy, '2024-12-31')).toBe(await replayCsv(source, '2024-12-31'));
    const verified = async (dataDir: string) => {
      const io = capturedIo();
      expect(await runVerify({ dataDir, json: true }, io)).toBe(0);
      const { globalHash, events: count, chained, failure } = JSON.parse(io.printed()) as Record<string, unknown>;
      return { globalHash, count, chained, failure };
    };
    const original = await verified(source);
    expect(original).toMatchObject({ count: lines.length, chained: lines.length, failure: null });
    expect(await verified(copy)).toEqual(original);
  });

  it('refuses to import into a store that holds events, and leaves no store behind a bad line', async () => {
    const events = join(dir.path, 'events-2.ndjson');
    await runExport({ dataDir: source, events }, capturedIo());
    await expect(runImport(events, { dataDir: source }, capturedIo())).rejects.toThrow(
      /already holds events .* import only into an empty data directory/,
    );

    const broken = join(dir.path, 'broken.ndjson');
    const lines = readFileSync(events, 'utf8').split('\n');
    lines[5] = '{"id": "x", "stream": ';
    writeFileSync(broken, lines.join('\n'));
    const target = join(dir.path, 'never');
    await expect(runImport(broken, { dataDir: target }, capturedIo())).rejects.toThrow(/broken\.ndjson: line 6: not JSON/);
    expect(existsSync(join(target, 'events.sqlite'))).toBe(false);
    expect(readdirSync(target)).toEqual([]);
  });

  it('refuses an export holding a date the platform would not record, naming line and field, and writes no store', async () => {
    const events = join(dir.path, 'events-3.ndjson');
    await runExport({ dataDir: source, events }, capturedIo());
    const lines = readFileSync(events, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.includes('"type":"PlanIssued"'));
    const planIssued = JSON.parse(lines[at]!) as { data: { issuedOn: unknown } };
    planIssued.data.issuedOn = { value: '0000', precision: 'YEAR' };
    lines[at] = JSON.stringify(planIssued);
    const dated = join(dir.path, 'year-zero.ndjson');
    writeFileSync(dated, lines.join('\n'));
    const target = join(dir.path, 'never-dated');
    await expect(runImport(dated, { dataDir: target }, capturedIo())).rejects.toThrow(
      new RegExp(`year-zero\\.ndjson: line ${at + 1}: INVALID_INPUT data\\.issuedOn: year 0 is outside 1900–2100`),
    );
    expect(readdirSync(target)).toEqual([]);
  });

  // (Removing a stream's last event leaves its chain whole: only a checkpoint over the global order reveals that.)
  it('names a removed event (missing revision) and exits 1', async () => {
    const tampered = join(dir.path, 'tampered');
    const seeded = await seededDataDir(tampered);
    await seeded.run(
      {
        type: 'ReportProgress',
        taskId: 'ha-nam.2811-kh-ubnd.t07',
        reportId: 'r1',
        unitId: 'ha-nam.so-khcn',
        percentComplete: 10,
        summary: null,
      },
      at('2024-05-30T03:00:00.000Z'),
    );
    await seeded.store.close();
    const db = new Database(join(tampered, 'events.sqlite'));
    const victim = db
      .prepare(
        'SELECT position, stream, revision FROM events WHERE revision = 1 AND stream IN (SELECT stream FROM events WHERE revision = 2) LIMIT 1',
      )
      .get() as { position: number; stream: string };
    db.prepare('DELETE FROM events WHERE position = ?').run(victim.position);
    db.close();
    const io = capturedIo();
    expect(await runVerify({ dataDir: tampered }, io)).toBe(1);
    expect(io.printed()).toMatch(new RegExp(`NOT VERIFIED: MISSING_REVISION at position \\d+, stream ${victim.stream}, revision 2`));
  });

  it('names an event whose occurredAt kept beside the metadata, which read models use, was altered', async () => {
    const tampered = join(dir.path, 'tampered-time');
    const seeded = await seededDataDir(tampered);
    await seeded.store.close();
    const db = new Database(join(tampered, 'events.sqlite'));
    const victim = db.prepare("SELECT position, stream, revision FROM events WHERE type = 'PlanIssued' LIMIT 1").get() as {
      position: number;
      stream: string;
    };
    db.prepare('UPDATE events SET occurred_at = ? WHERE position = ?').run('2019-01-01T00:00:00.000Z', victim.position);
    db.close();
    const io = capturedIo();
    expect(await runVerify({ dataDir: tampered }, io)).toBe(1);
    expect(io.printed()).toMatch(
      new RegExp(`NOT VERIFIED: COPY_MISMATCH at position ${victim.position}, stream ${victim.stream}, revision 0`),
    );
    expect(io.printed()).toContain('occurredAt');
  });

  it('records a checkpoint and then detects a re-chained rewrite that the stream chains alone would miss', async () => {
    const dataDir = join(dir.path, 'checkpointed');
    await seededDataDir(dataDir).then((r) => r.store.close());
    expect(await runVerify({ dataDir, recordCheckpoint: true }, capturedIo())).toBe(0);
    // The checkpoint travels with an export: the imported store checks it too.
    const exported = join(dir.path, 'checkpointed.ndjson');
    await runExport({ dataDir, events: exported }, capturedIo());
    await runImport(exported, { dataDir: join(dir.path, 'checkpointed-copy') }, capturedIo());
    const copy = capturedIo();
    expect(await runVerify({ dataDir: join(dir.path, 'checkpointed-copy'), json: true }, copy)).toBe(0);
    expect(JSON.parse(copy.printed())).toMatchObject({ checkpointsChecked: 1, failure: null });
    // An intruder who knows the hash rule rewrites an event and re-chains its stream; only the checkpoint still knows.
    const file = join(dataDir, 'events.sqlite');
    const store = new SqliteEventStore(file);
    const first = (await store.readAll({ maxCount: 1 }))[0]!;
    await store.close();
    const forgedData = { ...(first.data as object), name: 'Tỉnh giả mạo' };
    const metadata = withoutChain(metadataOf(first));
    const forgedHash = chainHash(GENESIS, { ...first, data: forgedData, metadata });
    const db = new Database(file);
    db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?').run(
      JSON.stringify(forgedData),
      JSON.stringify({ ...metadata, chain: forgedHash }),
      Number(first.position),
    );
    db.close();
    const io = capturedIo();
    expect(await runVerify({ dataDir }, io)).toBe(1);
    expect(io.printed()).toMatch(/NOT VERIFIED: CHECKPOINT_MISMATCH .* stream audit-checkpoints/);
  });

  it('counts the store by type and category', async () => {
    const io = capturedIo();
    await runStats({ dataDir: source, json: true }, io);
    const stats = JSON.parse(io.printed()) as {
      events: number;
      byType: Record<string, number>;
      byCategory: Record<string, number>;
      chained: number;
    };
    expect(stats.byType.PlanIssued).toBe(6);
    expect(stats.byCategory.task).toBeGreaterThan(62);
    expect(stats.chained).toBe(stats.events);
  });

  it('leaves no file when an export is interrupted, and refuses a missing store', async () => {
    const controller = new AbortController();
    controller.abort();
    const target = join(dir.path, 'interrupted.ndjson');
    await expect(runExport({ dataDir: source, events: target }, capturedIo(controller.signal))).rejects.toThrow(/interrupted/);
    expect(readdirSync(dir.path).filter((f) => f.startsWith('interrupted'))).toEqual([]);
    await expect(runVerify({ dataDir: join(dir.path, 'nowhere') }, capturedIo())).rejects.toThrow(/no event store at .*nowhere/);
  });
});
