import { correctPlan, correctTask, DomainError, type ReportProgress } from '@monitor/domain';
import { InMemoryEventStore, metadataOf } from '@monitor/event-store';
import { commandContext, oneAssignedTask } from '../testing/command-fixtures.js';
import { CommandRunner } from './command-runner.js';

const context = commandContext;
// The task names another province than its plan's: the runner takes the plan's.
const setup = oneAssignedTask();

const report = (n: number): ReportProgress => ({
  type: 'ReportProgress',
  taskId: 't1',
  reportId: `r${n}`,
  unitId: 'ha-nam.so-khcn',
  percentComplete: n,
  summary: null,
});

describe('the command runner', () => {
  let store: InMemoryEventStore;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    const runner = new CommandRunner(store);
    for (const command of setup) await runner.run(command, context());
  });

  it("records a task's province from its plan, never from the caller", async () => {
    const [defined] = await store.readStream('task-t1');
    expect(defined.data).toMatchObject({ provinceId: 'ha-nam' });
  });

  it('stamps every event with who recorded it and when, apart from when it happened', async () => {
    const clock = () => new Date('2026-11-21T10:00:00Z');
    await new CommandRunner(store, clock).run(
      report(10),
      context({ recordedBy: 'province:ha-nam', occurredAt: '2021-03-01T00:00:00.000Z' }),
    );
    const events = await store.readStream('task-t1');
    expect(metadataOf(events.at(-1)!)).toMatchObject({
      recordedBy: 'province:ha-nam',
      recordedAt: '2026-11-21T10:00:00.000Z',
      occurredAt: '2021-03-01T00:00:00.000Z',
    });
  });

  it('refuses a command that refers to what is not recorded, recording nothing', async () => {
    const head = await store.headPosition();
    await expect(new CommandRunner(store).run({ ...report(1), unitId: 'ha-nam.nowhere' }, context())).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'unitId',
    });
    expect(await store.headPosition()).toBe(head);
  });

  it('decides again when a concurrent writer got there first, losing no update', async () => {
    const runner = new CommandRunner(store, undefined, 50);
    await Promise.all(Array.from({ length: 12 }, (_, n) => runner.run(report(n), context())));
    const reports = (await store.readStream('task-t1')).filter((e) => e.type === 'ProgressReported');
    expect(reports.map((e) => (e.data as { reportId: string }).reportId).sort()).toEqual(
      Array.from({ length: 12 }, (_, n) => `r${n}`).sort(),
    );
  });

  it('reports a conflict it cannot resolve instead of losing the command silently', async () => {
    const runner = new CommandRunner(store, undefined, 1);
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, (_, n) => runner.run(report(n), context())));
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected.length).toBeGreaterThan(0);
    for (const r of rejected) expect(r.reason).toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
    const recorded = (await store.readStream('task-t1')).filter((e) => e.type === 'ProgressReported');
    expect(recorded).toHaveLength(outcomes.length - rejected.length);
  });

  it('records a command delivered twice with the same id only once', async () => {
    const runner = new CommandRunner(store);
    const first = await runner.run(report(7), context({ commandId: 'msg-7' }));
    const second = await runner.run(report(7), context({ commandId: 'msg-7' }));
    expect(second).toEqual({ ...first, alreadyRecorded: true });
    expect((await store.readStream('task-t1')).filter((e) => e.type === 'ProgressReported')).toHaveLength(1);
  });

  it("keeps a province's command inside its province, for every caller, and leaves national roles free", async () => {
    const runner = new CommandRunner(store);
    await runner.run({ type: 'RegisterProvince', provinceId: 'bac-giang', name: 'Bắc Giang', statisticalCode: '24' }, context());
    await runner.run(
      {
        type: 'RegisterOrgUnit',
        unitId: 'bac-giang.so-khcn',
        name: 'Sở KH&CN',
        kind: 'AGENCY',
        provinceId: 'bac-giang',
        parentUnitId: null,
        aliases: [],
      },
      context(),
    );
    const head = await store.headPosition();
    const haNam = context({ actingForProvince: 'ha-nam' });
    const assignOther = { type: 'AssignTask' as const, taskId: 't1', leadUnitIds: [], coordinatorUnitIds: ['bac-giang.so-khcn'] };
    await expect(runner.run(assignOther, haNam)).rejects.toMatchObject({ code: 'FORBIDDEN', field: 'coordinatorUnitIds' });
    await expect(
      runner.run(report(1), { ...haNam, actor: { id: 'x', name: 'X', role: 'Y', unitId: 'bac-giang.so-khcn' } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', field: 'actor.unitId' });
    const squat = {
      type: 'RegisterOrgUnit' as const,
      unitId: 'bac-giang.van-phong',
      name: 'Văn phòng',
      kind: 'AGENCY' as const,
      provinceId: 'ha-nam',
      parentUnitId: null,
      aliases: [],
    };
    await expect(runner.run(squat, haNam)).rejects.toMatchObject({ code: 'FORBIDDEN', field: 'unitId' });
    expect(await store.headPosition()).toBe(head);
    await expect(runner.run(assignOther, context())).resolves.toMatchObject({ alreadyRecorded: false });
  });

  it('refuses a correction that names a directive or unit not recorded, recording nothing', async () => {
    const runner = new CommandRunner(store);
    const head = await store.headPosition();
    const implementing = (directive: string) =>
      correctPlan({ planId: 'ha-nam.2811', changes: { implements: ['696/QĐ-TTg', directive] }, reason: 'Căn cứ ban hành ghi thiếu' });
    await expect(runner.run(implementing('999/QĐ-TTg'), context())).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'implements' });
    await expect(
      runner.run(correctPlan({ planId: 'ha-nam.2811', changes: { cites: ['999/QĐ-TTg'] }, reason: 'x' }), context()),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'cites' });
    await expect(runner.run(correctPlan({ planId: 'ha-nam.9999', changes: { title: 'x' }, reason: 'x' }), context())).rejects.toMatchObject(
      { code: 'NOT_FOUND', field: 'planId' },
    );
    await expect(
      runner.run(correctTask({ taskId: 't1', changes: { leadUnitIds: ['ha-nam.nowhere'] }, reason: 'x' }), context()),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'leadUnitIds' });
    expect(await store.headPosition()).toBe(head);
  });

  it('passes domain errors through untouched', async () => {
    await expect(new CommandRunner(store).run({ ...report(1), percentComplete: 101 }, context())).rejects.toBeInstanceOf(DomainError);
  });
});
