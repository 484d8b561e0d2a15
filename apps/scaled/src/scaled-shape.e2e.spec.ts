import { FileSnapshotStore } from '@monitor/application';
import { START } from '@monitor/event-store';
import { topicsNamed } from '@monitor/messaging';
import { provincialWorkload, WORKLOAD_PROVINCES } from '@monitor/messaging/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { killProcess } from './processes.js';
import { startIngest, startReplica } from './scaled-shape.js';
import { expectEachValidRecordedOnce, produce } from './testing/ingest-checks.js';
import { eventsAfter, eventually, gql, readTopic, startTestShape, topicSize, type TestShape } from './testing/shape-harness.js';

const ISSUE = `mutation Issue($input: IssuePlanInput!) { issuePlan(input: $input) { id } }`;
const DEFINE = `mutation Define($input: DefineTaskInput!) { defineTask(input: $input) { id } }`;
const ASSIGN = `mutation Assign($input: AssignTaskInput!) { assignTask(input: $input) { id } }`;
const REPORT = `mutation Report($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`;
const PLAN = `query Plan($id: ID!) { plan(id: $id) { id title tasks { id } } }`;
const TASK = `query Task($id: ID!) { task(id: $id) { id progress { id } } }`;

/** How long a write through one replica may take to be readable through the other. */
const READ_YOUR_NEIGHBOUR_MS = 3000;

const planInput = (id: string) => ({
  id,
  province: 'ha-nam',
  title: `Kế hoạch thử nghiệm ${id}`,
  issuerUnitId: 'ha-nam.ubnd-tinh',
  issuedOn: '2021-01-04',
  implements: ['696/QĐ-TTg'],
});

// One shape for the whole file (it takes about 15 s to start): two API replicas on one PostgreSQL
// store, the Kafka ingest and the relay as processes of their own. The specs run in order.
describe('the scaled-out shape: two replicas, the ingest and the relay as processes, on PostgreSQL', () => {
  let t: TestShape;
  let haNam: string;
  let analyst: string;
  let r1: string;
  let r2: string;

  beforeAll(async () => {
    t = await startTestShape();
    [r1, r2] = t.urls as [string, string];
    haNam = await t.token('PROVINCE', 'ha-nam');
    analyst = await t.token('ANALYST');
  });
  afterAll(async () => {
    await t?.stop();
  });

  const planThrough = (url: string, id: string) =>
    gql<{ plan: { id: string; tasks: { id: string }[] } | null }>(url, PLAN, { id }, analyst).then((r) => r.data?.plan ?? undefined);

  it('a plan written through one replica is read through the other within the bound', async () => {
    const id = 'ha-nam.scaled-1';
    const written = await gql(r1, ISSUE, { input: planInput(id) }, haNam);
    expect(written.errors).toBeUndefined();
    const started = Date.now();
    const read = await eventually('the plan through replica 2', () => planThrough(r2, id), READ_YOUR_NEIGHBOUR_MS);
    expect(read.id).toBe(id);
    expect(Date.now() - started).toBeLessThan(READ_YOUR_NEIGHBOUR_MS);
  });

  it('concurrent commands on one task through both replicas lose no update', async () => {
    const taskId = 'ha-nam.scaled-1.t1';
    expect(
      (
        await gql(
          r1,
          DEFINE,
          {
            input: {
              id: taskId,
              planId: 'ha-nam.scaled-1',
              title: 'Nhiệm vụ thử',
              deadline: { text: 'trước ngày 10/6/2021' },
              occurredAt: '2021-01-05T02:00:00Z',
            },
          },
          haNam,
        )
      ).errors,
    ).toBeUndefined();
    const assign = {
      taskId,
      leadUnitIds: ['ha-nam.so-khcn'],
      coordinatorUnitIds: [],
      assignedBy: { name: 'Đinh Thị Lụa', role: 'Phó Chủ tịch UBND tỉnh' },
      occurredAt: '2021-01-06T02:00:00Z',
    };
    expect((await gql(r2, ASSIGN, { input: assign }, haNam)).errors).toBeUndefined();

    const reports = Array.from({ length: 12 }, (_, n) => `r${n + 1}`);
    // Each command through either replica; one refused as CONCURRENCY_CONFLICT (the runner tried 5
    // times while the others kept landing) is sent again, as the error says: none may be lost or doubled.
    const send = async (reportId: string, n: number) => {
      for (let attempt = 0; ; attempt += 1) {
        const input = {
          taskId,
          reportId,
          unitId: 'ha-nam.so-khcn',
          percentComplete: 10 + n,
          reportedBy: { name: 'Nguyễn Văn A', role: 'Giám đốc Sở KH&CN' },
          occurredAt: `2021-03-01T02:${String(n).padStart(2, '0')}:00Z`,
        };
        const answer = await gql(n % 2 === attempt % 2 ? r1 : r2, REPORT, { input }, haNam);
        if (answer.errors?.[0]?.extensions?.['code'] !== 'CONCURRENCY_CONFLICT' || attempt >= 10) return answer;
      }
    };
    const answers = await Promise.all(reports.map((reportId, n) => send(reportId, n)));
    expect(answers.filter((a) => a.errors).map((a) => a.errors)).toEqual([]);
    for (const url of [r1, r2]) {
      const task = await eventually(
        `every report through ${url}`,
        async () => {
          const got = (await gql<{ task: { progress: { id: string }[] } }>(url, TASK, { id: taskId }, analyst)).data?.task;
          return got && got.progress.length === reports.length ? got : undefined;
        },
        READ_YOUR_NEIGHBOUR_MS,
      );
      expect(task.progress.map((p) => p.id).sort()).toEqual([...reports].sort());
    }
    // In the store: each report once, at consecutive revisions of the task's one stream.
    const reported = (await t.store.readStream(`task-${taskId}`)).filter((e) => e.type === 'ProgressReported');
    expect(reported.map((e) => (e.data as { reportId: string }).reportId).sort()).toEqual([...reports].sort());
  });

  it('a replica killed (SIGKILL) and started again resumes from its checkpoint, and catches up', async () => {
    const runDir = t.shape.options.runDir;
    // Idle for longer than MONITOR_SNAPSHOT_IDLE_MS (2 s): replica 2 has saved its read models.
    const head = await t.store.headPosition();
    const snapshots = new FileSnapshotStore(join(runDir, 'replica-2', 'read-models'));
    const saved = await eventually(
      'replica 2 saving its snapshot at the head',
      async () => {
        const snapshot = await snapshots.load<unknown>('monitoring');
        return snapshot && BigInt(snapshot.checkpoint) >= head ? BigInt(snapshot.checkpoint) : undefined;
      },
      10_000,
    );
    await killProcess(runDir, 'replica-2');
    const id = 'ha-nam.scaled-2';
    expect((await gql(r1, ISSUE, { input: planInput(id) }, haNam)).errors).toBeUndefined();

    await startReplica(t.shape, 2);
    const caughtUp = readFileSync(join(runDir, 'replica-2.log'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('read models caught up'))
      .at(-1)!;
    expect(JSON.parse(caughtUp).message).toMatchObject({ resumedFrom: saved.toString() });
    expect(saved).toBeGreaterThan(START);
    expect((await planThrough(r2, id))?.id).toBe(id);
  });

  it('two ingest processes in one consumer group, one SIGKILLed mid-stream: every message recorded once', async () => {
    await startIngest(t.shape, 'ingest-2');
    const before = await t.store.headPosition();
    const tokens = Object.fromEntries(await Promise.all(WORKLOAD_PROVINCES.map(async (p) => [p, await t.token('PROVINCE', p)] as const)));
    const workload = provincialWorkload({
      tokens,
      runId: t.shape.options.groupId,
      plansPerProvince: 8,
      tasksPerPlan: 10,
      reportsPerTask: 4,
    });
    const producing = produce(t.kafka, topicsNamed(t.shape.options.topicPrefix).commands, workload);
    // Mid-stream: some recorded, most not.
    await eventually('the ingest recording', async () => ((await t.store.headPosition()) - before > 100n ? true : undefined), 60_000);
    await killProcess(t.shape.options.runDir, 'ingest-1');
    const recordedAtKill = (await eventsAfter(t.store, before)).length;
    await producing;
    const expected = workload.length;
    const recorded = await eventually(
      'every message recorded after the rebalance',
      async () => {
        const events = await eventsAfter(t.store, before);
        const messages = new Set(events.map((e) => e.metadata().correlationId));
        return messages.size >= expected ? events : undefined;
      },
      90_000,
    );
    expect(recordedAtKill).toBeLessThan(recorded.length);
    expectEachValidRecordedOnce(workload, recorded);
  });

  it('the outbound topic holds every event of the store once', async () => {
    const events = await eventsAfter(t.store, START);
    const topic = topicsNamed(t.shape.options.topicPrefix).events;
    await eventually(
      'the relay publishing every event',
      async () => ((await topicSize(t.kafka, topic)) >= events.length ? true : undefined),
      60_000,
    );
    const published = (await readTopic(t.kafka, topic)).map((m) => (JSON.parse(m.value!.toString()) as { id: string }).id);
    const counts = new Map<string, number>();
    for (const id of published) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(events.filter((e) => counts.get(e.id) !== 1).map((e) => `${e.id}×${counts.get(e.id) ?? 0}`)).toEqual([]);
    expect(published.length).toBe(events.length);
  });
});
