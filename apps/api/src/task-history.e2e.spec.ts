import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const official = { name: 'Nguyễn Thanh Bình', role: 'Giám đốc Sở KH&CN' };
const PLAN = 'bac-giang.kh-khcn-2020-05';

describe('a task through its history: deadline moved, then cancelled; what auditors and analysts see', () => {
  let platform: RunningPlatform;
  let bacGiang: string;
  let auditor: string;
  const taskId = `${PLAN}.e2e-history`;

  beforeAll(async () => {
    platform = await startPlatform();
    bacGiang = await platform.token('PROVINCE', 'bac-giang');
    auditor = await platform.token('AUDITOR');
    const define = await platform.gql(
      'mutation($i: DefineTaskInput!) { defineTask(input: $i) { id } }',
      {
        i: {
          id: taskId,
          planId: PLAN,
          title: 'Nhiệm vụ thử',
          deadline: { text: 'trước ngày 30/6/2020' },
          definedBy: official,
          occurredAt: '2020-05-20T02:00:00Z',
        },
      },
      bacGiang,
    );
    expect(define.errors).toBeUndefined();
  });
  afterAll(() => platform.stop());

  it('keeps the original deadline and every change, each with who changed it and when', async () => {
    const moved = await platform.gql(
      `mutation($i: ChangeDeadlineInput!) { changeDeadline(input: $i) {
         deadline { kind due text } originalDeadline { due text }
         deadlineHistory { deadline { due } reason changedBy { name } occurredAt }
         june: status(asOf: "2020-07-05T00:00:00Z") } }`,
      {
        i: {
          taskId,
          deadline: { text: 'trong năm 2020' },
          reason: 'Chờ hướng dẫn của Bộ',
          changedBy: official,
          occurredAt: '2020-06-25T02:00:00Z',
        },
      },
      bacGiang,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.changeDeadline).toEqual({
      deadline: { kind: 'WITHIN_PERIOD', due: '2020-12-31', text: 'trong năm 2020' },
      originalDeadline: { due: '2020-06-29', text: 'trước ngày 30/6/2020' },
      deadlineHistory: [
        {
          deadline: { due: '2020-12-31' },
          reason: 'Chờ hướng dẫn của Bộ',
          changedBy: { name: official.name },
          occurredAt: '2020-06-25T02:00:00.000Z',
        },
      ],
      // Extended before the original deadline passed: not overdue in early July.
      june: 'NOT_STARTED',
    });
  });

  it('shows a cancelled task as CANCELLED and leaves it out of the comparison rates', async () => {
    const before = await platform.gql<{ compareProvinces: { rows: { cancelled: number; tasks: number }[] } }>(
      '{ compareProvinces(directive: "185/TB-UBND") { rows { cancelled tasks } } }',
      {},
      auditor,
    );
    const cancelled = await platform.gql(
      'mutation($i: CancelTaskInput!) { cancelTask(input: $i) { status } }',
      { i: { taskId, reason: 'Gộp vào nhiệm vụ 3', cancelledBy: official, occurredAt: '2020-08-01T02:00:00Z' } },
      bacGiang,
    );
    expect(cancelled.data!.cancelTask.status).toBe('CANCELLED');
    const after = await platform.gql<{ compareProvinces: { rows: { cancelled: number; tasks: number }[] } }>(
      '{ compareProvinces(directive: "185/TB-UBND") { rows { cancelled tasks } } }',
      {},
      auditor,
    );
    expect(after.data!.compareProvinces.rows[0]).toEqual({
      cancelled: before.data!.compareProvinces.rows[0].cancelled + 1,
      tasks: before.data!.compareProvinces.rows[0].tasks - 1,
    });
    const again = await platform.gql(
      'mutation($i: CancelTaskInput!) { cancelTask(input: $i) { status } }',
      { i: { taskId, reason: 'x' } },
      bacGiang,
    );
    expect(again.errors![0].extensions).toMatchObject({ code: 'RULE_VIOLATED', field: 'taskId' });
  });

  it("gives auditors the task's story in order, narrowed to a time window", async () => {
    const trail = await platform.gql<{ auditTrail: { type: string; actor: { name: string }; recordedBy: string; occurredAt: string }[] }>(
      `{ all: auditTrail(entity: "${taskId}") { type actor { name } recordedBy occurredAt }
         june: auditTrail(entity: "${taskId}", from: "2020-06-01T00:00:00Z", to: "2020-06-30T23:59:59Z") { type occurredAt } }`,
      {},
      auditor,
    );
    const data = trail.data as unknown as {
      all: { type: string; actor: { name: string }; recordedBy: string }[];
      june: { type: string }[];
    };
    expect(data.all.map((e) => e.type)).toEqual(['TaskDefined', 'TaskDeadlineChanged', 'TaskCancelled']);
    expect(data.all.every((e) => e.actor.name === official.name && e.recordedBy === 'province:e2e')).toBe(true);
    expect(data.june.map((e) => e.type)).toEqual(['TaskDeadlineChanged']);
  });

  it("lists a directive's plans for one province, typed without diacritics", async () => {
    const plans = await platform.gql<{ directive: { plans: { id: string }[] } }>(
      '{ directive(id: "27/NQ-CP") { plans(province: "bac giang") { id } } }',
      {},
      auditor,
    );
    expect(plans.data!.directive.plans.map((p) => p.id).sort()).toEqual(['bac-giang.41-kh-khcn', 'bac-giang.59-kh-ubnd']);
  });
});
