import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

// The built monitor command, as `npm run -s monitor -- verify` runs it.
const monitorMain = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cli', 'dist', 'main.js');

/**
 * Hà Nam enters a second plan for 696/QĐ-TTg (25/5/2020) dated 16/6/2020 where the document says
 * 16/6/2021: it becomes Hà Nam's first plan for the directive (22 days) ahead of 2811/KH-UBND
 * (16/9/2020, 114 days). ADMIN sets the date right with a correction, never a rewrite.
 */
const PLAN = 'ha-nam.kh-e2e-correction';
const TASK = `${PLAN}.nv-1`;
const LAG = `query($knownAsOf: DateTime) { compareProvinces(directive: "696/QĐ-TTg", provinces: ["ha-nam"], knownAsOf: $knownAsOf) { rows { plans { id issuedOn { value } } planLagDays } } }`;
const CORRECT_PLAN = `mutation($i: CorrectPlanInput!) { correctPlan(input: $i) { id issuedOn { value precision } corrections { fields { field previous value } reason correctedBy { name role } occurredAt recordedAt recordedBy } } }`;
const CORRECT_TASK = `mutation($i: CorrectTaskInput!) { correctTask(input: $i) { id assignments { unit { id } role occurredAt } corrections { fields { field previous value } reason recordedBy } } }`;
const TRAIL = `{ auditTrail(entity: "${PLAN}") { type recordedBy data } }`;
const official = { name: 'Trương Quốc Hùng', role: 'Phó Chủ tịch UBND tỉnh', unitId: 'ha-nam.ubnd-tinh' };
const reason = 'Nhập sai năm ban hành: văn bản ghi ngày 16/6/2021';

describe('corrections of plans and tasks over HTTP: the record set right, what was shown kept', () => {
  let platform: RunningPlatform;
  let admin: string;
  let haNam: string;
  let analyst: string;
  let beforeCorrection: string;
  const lag = async (knownAsOf?: string) => {
    const answer = await platform.gql(LAG, { knownAsOf }, analyst);
    expect(answer.errors).toBeUndefined();
    return answer.data!.compareProvinces.rows[0] as { plans: { id: string; issuedOn: { value: string } }[]; planLagDays: number };
  };
  const refusal = async (query: string, i: Record<string, unknown>, token: string) => {
    const answer = await platform.gql(query, { i }, token);
    expect(answer.data).toBeNull();
    return { ...answer.errors![0].extensions, message: answer.errors![0].message };
  };

  beforeAll(async () => {
    platform = await startPlatform();
    [admin, haNam, analyst] = await Promise.all([platform.token('ADMIN'), platform.token('PROVINCE', 'ha-nam'), platform.token('ANALYST')]);
    const issued = await platform.gql(
      `mutation($i: IssuePlanInput!) { issuePlan(input: $i) { id cites { id } statesNoBasis } }`,
      {
        i: {
          id: PLAN,
          province: 'ha-nam',
          number: '1503/KH-UBND',
          title: 'Kế hoạch phát triển thị trường KH&CN',
          issuerUnitId: 'ha-nam.ubnd-tinh',
          issuedOn: '2020-06-16',
          implements: ['696/QĐ-TTg'],
          cites: ['2245/QĐ-TTg'],
          signedBy: official,
        },
      },
      haNam,
    );
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issuePlan).toEqual({ id: PLAN, cites: [{ id: '2245/QĐ-TTg' }], statesNoBasis: false });
    const defined = await platform.gql(
      `mutation { defineTask(input: { id: "${TASK}", planId: "${PLAN}", title: "Xây dựng sàn giao dịch công nghệ", definedBy: { name: "Trương Quốc Hùng", role: "Phó Chủ tịch UBND tỉnh" }, occurredAt: "2021-06-16T02:00:00Z" }) { id } }`,
      {},
      haNam,
    );
    expect(defined.errors).toBeUndefined();
    const assigned = await platform.gql(
      `mutation { assignTask(input: { taskId: "${TASK}", leadUnitIds: ["ha-nam.so-tttt"], coordinatorUnitIds: ["ha-nam.so-tai-chinh"], assignedBy: { name: "Trương Quốc Hùng", role: "Phó Chủ tịch UBND tỉnh" }, occurredAt: "2021-06-16T02:00:00Z" }) { id } }`,
      {},
      haNam,
    );
    expect(assigned.errors).toBeUndefined();
  });
  afterAll(() => platform.stop());

  it("shows the wrongly dated plan as Hà Nam's first for 696/QĐ-TTg: 22 days", async () => {
    const row = await lag();
    // Plans in the order of their dates.
    expect(row.plans.map((p) => p.id)).toEqual([PLAN, 'ha-nam.2811-kh-ubnd']);
    expect(row.planLagDays).toBe(22);
  });

  it('refuses a correction by another province, one that changes nothing and one without a reason, recording nothing', async () => {
    const trail = (await platform.gql(TRAIL, {}, admin)).data!.auditTrail;
    expect(
      await refusal(CORRECT_PLAN, { planId: PLAN, issuedOn: '2021-06-16', reason }, await platform.token('PROVINCE', 'bac-giang')),
    ).toMatchObject({ code: 'FORBIDDEN', field: 'planId' });
    expect(await refusal(CORRECT_PLAN, { planId: PLAN, issuedOn: '16/6/2020', reason }, admin)).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'fields',
      message: expect.stringMatching(/changes nothing/),
    });
    expect(await refusal(CORRECT_PLAN, { planId: PLAN, issuedOn: '2021-06-16', reason: ' ' }, admin)).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'reason',
    });
    expect(await refusal(CORRECT_PLAN, { planId: PLAN, issuedOn: '2021-13-16', reason }, admin)).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'issuedOn',
    });
    expect(await refusal(CORRECT_PLAN, { planId: PLAN, issuedOn: '2021-06-16', reason }, analyst)).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusal(
        `mutation($i: CorrectDirectiveInput!) { correctDirective(input: $i) { id } }`,
        { directiveId: '696/QĐ-TTg', title: 'x', reason },
        haNam,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect((await platform.gql(TRAIL, {}, admin)).data!.auditTrail).toEqual(trail);
  });

  it('sets the date right: the lag moves back to 2811/KH-UBND; knownAsOf before the correction still shows 22 days', async () => {
    beforeCorrection = new Date().toISOString();
    // The platform's clock must move past that moment before it records the correction.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const corrected = await platform.gql(
      CORRECT_PLAN,
      {
        i: {
          planId: PLAN,
          issuedOn: '16/6/2021',
          reason,
          correctedBy: { name: 'Nguyễn Văn An', role: 'Chuyên viên Văn phòng UBND tỉnh' },
          occurredAt: '2024-03-01T02:00:00Z',
        },
      },
      admin,
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctPlan).toMatchObject({
      issuedOn: { value: '2021-06-16', precision: 'DAY' },
      corrections: [
        {
          fields: [
            { field: 'issuedOn', previous: { value: '2020-06-16', precision: 'DAY' }, value: { value: '2021-06-16', precision: 'DAY' } },
          ],
          reason,
          correctedBy: { name: 'Nguyễn Văn An', role: 'Chuyên viên Văn phòng UBND tỉnh' },
          occurredAt: '2024-03-01T02:00:00.000Z',
          recordedBy: 'admin:e2e',
        },
      ],
    });
    expect(Date.parse(corrected.data!.correctPlan.corrections[0].recordedAt)).toBeGreaterThan(Date.parse(beforeCorrection));
    const now = await lag();
    expect(now.planLagDays).toBe(114);
    expect(now.plans.map((p) => [p.id, p.issuedOn.value])).toEqual([
      ['ha-nam.2811-kh-ubnd', '2020-09-16'],
      [PLAN, '2021-06-16'],
    ]);
    // What the platform showed then: the plan with its date as first recorded, and the lag from it.
    const shownThen = await lag(beforeCorrection);
    expect(shownThen.planLagDays).toBe(22);
    expect(shownThen.plans.map((p) => [p.id, p.issuedOn.value])).toEqual([
      [PLAN, '2020-06-16'],
      ['ha-nam.2811-kh-ubnd', '2020-09-16'],
    ]);
  });

  it('keeps both events in the audit trail, the plan as issued untouched', async () => {
    const trail = await platform.gql(TRAIL, {}, await platform.token('AUDITOR'));
    expect(trail.errors).toBeUndefined();
    const planEvents = trail.data!.auditTrail.filter((e: { type: string }) => e.type.startsWith('Plan'));
    expect(planEvents.map((e: { type: string }) => e.type)).toEqual(['PlanIssued', 'PlanCorrected']);
    expect(planEvents[0]).toMatchObject({ recordedBy: 'province:e2e', data: { issuedOn: { value: '2020-06-16' } } });
    expect(planEvents[1]).toMatchObject({
      recordedBy: 'admin:e2e',
      data: { planId: PLAN, reason, fields: [{ field: 'issuedOn', previous: { value: '2020-06-16' }, value: { value: '2021-06-16' } }] },
    });
  });

  it("sets a task's lead unit right: the task had it from its first assignment; the province may correct its own task", async () => {
    const corrected = await platform.gql(
      CORRECT_TASK,
      { i: { taskId: TASK, leadUnitIds: ['ha-nam.so-khcn'], reason: 'Kế hoạch giao Sở KH&CN chủ trì', correctedBy: official } },
      haNam,
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctTask).toEqual({
      id: TASK,
      assignments: [
        { unit: { id: 'ha-nam.so-tai-chinh' }, role: 'COORDINATOR', occurredAt: '2021-06-16T02:00:00.000Z' },
        { unit: { id: 'ha-nam.so-khcn' }, role: 'LEAD', occurredAt: '2021-06-16T02:00:00.000Z' },
      ],
      corrections: [
        {
          fields: [{ field: 'leadUnitIds', previous: ['ha-nam.so-tttt'], value: ['ha-nam.so-khcn'] }],
          reason: 'Kế hoạch giao Sở KH&CN chủ trì',
          recordedBy: 'province:e2e',
        },
      ],
    });
    expect(await refusal(CORRECT_TASK, { taskId: TASK, leadUnitIds: ['ha-nam.so-khcn'], reason: 'lại' }, haNam)).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'fields',
    });
    expect(await refusal(CORRECT_TASK, { taskId: TASK, leadUnitIds: ['bac-giang.so-khcn'], reason: 'x' }, haNam)).toMatchObject({
      code: 'FORBIDDEN',
      field: 'leadUnitIds',
    });
  });

  it('leaves every stream chain intact: monitor verify passes on the data directory after the corrections', async () => {
    await platform.stop();
    const verify = spawnSync(process.execPath, [monitorMain, '--data-dir', platform.dataDir, 'verify'], {
      encoding: 'utf8',
      env: { ...process.env, MONITOR_AUDIT_KEY: '' },
    });
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
    expect(verify.stdout).toContain('verified: nothing recorded was changed');
    platform = await startPlatform(platform.dataDir);
  });
});
