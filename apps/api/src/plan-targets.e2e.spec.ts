import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const PLAN = 'bac-giang.kh-khcn-2021-2025';
const REPORT = `mutation($i: ReportPlanTargetValuesInput!) { reportPlanTargetValues(input: $i) { id targetAttainment(asOf: "2024-01-01T00:00:00Z") { target { id } value attainment } } }`;
const ATTAINMENT = `query($asOf: DateTime, $knownAsOf: DateTime) { plan(id: "${PLAN}") { targetAttainment(asOf: $asOf, knownAsOf: $knownAsOf) { target { id text } value reportedAt attainment } } }`;
const CORRECT = `mutation($i: CorrectPlanTargetValuesInput!) { correctPlanTargetValues(input: $i) { id targetAttainment(asOf: "2023-10-01T00:00:00Z") { target { id } value attainment } } }`;
const TRAIL = `{ auditTrail(entity: "${PLAN}") { type actor { name } data } }`;
const RECEIVED = `{ compareProvinces(directive: "2245/QĐ-TTg", asOf: "2024-01-01T00:00:00Z", provinces: ["bac-giang"]) { rows { expectedReports receivedReports receivedReportsOnTime targets } } }`;

/**
 * Bắc Giang's 2021–2025 plan sets two targets of its own: at least 5 science tasks with each
 * district ("tối thiểu mỗi đơn vị 5 nhiệm vụ") and 1.5% of the budget for science ("đạt 1,5% tổng chi
 * ngân sách"); Sở KH&CN owes Sở KH&ĐT a quarterly report on the plan. Its opening states no basis: it
 * only cites 2245/QĐ-TTg, so its reports count in no comparison of that decision (reporting.spec
 * shows a plan report counted for the duty of a plan that implements one).
 */
describe("values for a plan's own targets, over HTTP", () => {
  let platform: RunningPlatform;
  let bacGiang: string;
  let analyst: string;
  const input = (overrides: Record<string, unknown> = {}) => ({
    i: {
      planId: PLAN,
      reportId: 'q3-2023',
      unitId: 'bac-giang.so-khcn',
      values: [
        { targetId: 'chi-ngan-sach', value: 1.2 },
        { targetId: 'nhiem-vu-moi-huyen', value: 5 },
      ],
      summary: 'Báo cáo quý III/2023',
      reportedBy: { name: 'Nguyễn Thanh Bình', role: 'Giám đốc Sở KH&CN' },
      occurredAt: '2023-09-20T02:00:00Z',
      ...overrides,
    },
  });

  beforeAll(async () => {
    platform = await startPlatform();
    bacGiang = await platform.token('PROVINCE', 'bac-giang');
    analyst = await platform.token('ANALYST');
  });
  afterAll(() => platform.stop());

  it('has no values nor reports before any report', async () => {
    const answer = await platform.gql(ATTAINMENT, { asOf: '2024-01-01T00:00:00Z' }, analyst);
    expect(answer.errors).toBeUndefined();
    expect((await platform.gql(`{ plan(id: "${PLAN}") { reports { id } } }`, {}, analyst)).data!.plan.reports).toEqual([]);
    expect(
      answer.data!.plan.targetAttainment.map((t: { target: { id: string }; attainment: string }) => [t.target.id, t.attainment]),
    ).toEqual([
      ['nhiem-vu-moi-huyen', 'NO_VALUE'],
      ['chi-ngan-sach', 'NO_VALUE'],
    ]);
  });

  it('refuses a target the plan does not set, and a report from another province, recording nothing', async () => {
    const before = (await platform.gql(RECEIVED, {}, analyst)).data!.compareProvinces.rows[0];
    const unknown = await platform.gql(REPORT, input({ values: [{ targetId: 'nhan-hieu', value: 16 }] }), bacGiang);
    // "nhan-hieu" is a target of task II.3, not of the plan.
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'values[0].targetId' });
    expect(unknown.errors![0].message).toMatch(/plan bac-giang\.kh-khcn-2021-2025 has no target nhan-hieu/);
    const forged = await platform.gql(REPORT, input(), await platform.token('PROVINCE', 'ha-nam'));
    expect(forged.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'planId' });
    const anonymous = await platform.gql(REPORT, input(), null);
    expect(anonymous.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await platform.gql(RECEIVED, {}, analyst)).data!.compareProvinces.rows[0]).toEqual(before);
  });

  it('records the values and shows each target reached or not; a decision the plan only cites counts none of its reports', async () => {
    const before = (await platform.gql(RECEIVED, {}, analyst)).data!.compareProvinces.rows[0];
    const reported = await platform.gql(REPORT, input(), bacGiang);
    expect(reported.errors).toBeUndefined();
    // 5 tasks per district reaches "tối thiểu 5"; 1.2% of the budget is short of 1.5%.
    expect(reported.data!.reportPlanTargetValues.targetAttainment).toEqual([
      { target: { id: 'nhiem-vu-moi-huyen' }, value: 5, attainment: 'ATTAINED' },
      { target: { id: 'chi-ngan-sach' }, value: 1.2, attainment: 'NOT_ATTAINED' },
    ]);
    const after = (await platform.gql(RECEIVED, {}, analyst)).data!.compareProvinces.rows[0];
    expect(after).toEqual(before);
  });

  it('supersedes a value with a later report, and still answers as of a day before it or as the platform knew it', async () => {
    expect(
      (
        await platform.gql(
          REPORT,
          input({ reportId: 'q4-2023', values: [{ targetId: 'chi-ngan-sach', value: 1.6 }], occurredAt: '2023-12-15T02:00:00Z' }),
          bacGiang,
        )
      ).errors,
    ).toBeUndefined();
    const valuesOn = async (asOf: string, knownAsOf?: string) =>
      (await platform.gql(ATTAINMENT, { asOf, knownAsOf }, analyst)).data!.plan.targetAttainment.map(
        (t: { value: number | null; attainment: string }) => [t.value, t.attainment],
      );
    expect(await valuesOn('2024-01-01T00:00:00Z')).toEqual([
      [5, 'ATTAINED'],
      [1.6, 'ATTAINED'],
    ]);
    expect(await valuesOn('2023-10-01T00:00:00Z')).toEqual([
      [5, 'ATTAINED'],
      [1.2, 'NOT_ATTAINED'],
    ]);
    // Before anything was recorded (the platform's clock), it showed no value at all.
    expect(await valuesOn('2024-01-01T00:00:00Z', '2020-01-01T00:00:00Z')).toEqual([
      [null, 'NO_VALUE'],
      [null, 'NO_VALUE'],
    ]);
  });

  it('refuses a report id already recorded on the plan', async () => {
    const again = await platform.gql(REPORT, input({ values: [{ targetId: 'chi-ngan-sach', value: 1.3 }] }), bacGiang);
    expect(again.errors![0].extensions).toMatchObject({ code: 'ALREADY_EXISTS', field: 'reportId' });
  });

  describe('corrections', () => {
    // The Q3 2023 report counted 5 tasks per district; one district had only 4.
    const correction = (overrides: Record<string, unknown> = {}) => ({
      i: {
        planId: PLAN,
        reportId: 'q3-2023',
        values: [{ targetId: 'nhiem-vu-moi-huyen', value: 4 }],
        reason: 'Huyện Sơn Động mới có 4 nhiệm vụ',
        correctedBy: { name: 'Nguyễn Thanh Bình', role: 'Giám đốc Sở KH&CN' },
        occurredAt: '2024-02-01T02:00:00Z',
        ...overrides,
      },
    });
    const valuesOn = async (asOf: string, knownAsOf?: string) =>
      (await platform.gql(ATTAINMENT, { asOf, knownAsOf }, analyst)).data!.plan.targetAttainment.map(
        (t: { value: number | null; attainment: string }) => [t.value, t.attainment],
      );
    let auditor: string;
    let beforeCorrection: string;
    beforeAll(async () => {
      auditor = await platform.token('AUDITOR');
    });

    it("records a new event naming the report, which targetAttainment counts from the report's own day; knownAsOf before it shows the value as reported", async () => {
      const received = (await platform.gql(RECEIVED, {}, analyst)).data!.compareProvinces.rows[0];
      beforeCorrection = new Date().toISOString();
      // The platform's clock must move past that moment before it records the correction.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const corrected = await platform.gql(CORRECT, correction(), bacGiang);
      expect(corrected.errors).toBeUndefined();
      expect(corrected.data!.correctPlanTargetValues.targetAttainment).toEqual([
        { target: { id: 'nhiem-vu-moi-huyen' }, value: 4, attainment: 'NOT_ATTAINED' },
        { target: { id: 'chi-ngan-sach' }, value: 1.2, attainment: 'NOT_ATTAINED' },
      ]);
      // 01/10/2023 is before the correction happened (01/02/2024): the report said 5, it should have said 4.
      expect(await valuesOn('2023-10-01T00:00:00Z')).toEqual([
        [4, 'NOT_ATTAINED'],
        [1.2, 'NOT_ATTAINED'],
      ]);
      // The Q4 report gave no value for the tasks: the corrected Q3 value is still the latest.
      expect(await valuesOn('2024-01-01T00:00:00Z')).toEqual([
        [4, 'NOT_ATTAINED'],
        [1.6, 'ATTAINED'],
      ]);
      // What the platform showed before it recorded the correction.
      expect(await valuesOn('2023-10-01T00:00:00Z', beforeCorrection)).toEqual([
        [5, 'ATTAINED'],
        [1.2, 'NOT_ATTAINED'],
      ]);
      // The plan's reports: the Q3 one as corrected (its values in the order it gave them), its correction with the value before it.
      const reports = await platform.gql(
        `{ plan(id: "${PLAN}") { reports { id unit { id } reportedBy { name } summary values { targetId value } corrections { plan { id } task { id } previousValues { targetId value } values { targetId value } reason } } } }`,
        {},
        analyst,
      );
      expect(reports.errors).toBeUndefined();
      const [q3, q4] = reports.data!.plan.reports;
      expect(reports.data!.plan.reports.map((r: { id: string }) => r.id)).toEqual(['q3-2023', 'q4-2023']);
      expect(q3).toMatchObject({
        unit: { id: 'bac-giang.so-khcn' },
        values: [
          { targetId: 'chi-ngan-sach', value: 1.2 },
          { targetId: 'nhiem-vu-moi-huyen', value: 4 },
        ],
        corrections: [
          {
            plan: { id: PLAN },
            task: null,
            previousValues: [{ targetId: 'nhiem-vu-moi-huyen', value: 5 }],
            values: [{ targetId: 'nhiem-vu-moi-huyen', value: 4 }],
            reason: 'Huyện Sơn Động mới có 4 nhiệm vụ',
          },
        ],
      });
      expect(q4.corrections).toEqual([]);
      // A correction is not one more report the plan's duties ask for.
      expect((await platform.gql(RECEIVED, {}, analyst)).data!.compareProvinces.rows[0]).toEqual(received);
      const trail = await platform.gql(TRAIL, {}, auditor);
      // The plan's own events (its tasks' come between): the reports stay as they were, the correction follows them.
      expect(trail.data!.auditTrail.map((e: { type: string }) => e.type).filter((type: string) => type.startsWith('Plan'))).toEqual([
        'PlanIssued',
        'PlanTargetValuesReported',
        'PlanTargetValuesReported',
        'PlanTargetValuesCorrected',
      ]);
      expect(trail.data!.auditTrail.at(-1)).toMatchObject({
        actor: { name: 'Nguyễn Thanh Bình' },
        data: {
          correctsReportId: 'q3-2023',
          unitId: 'bac-giang.so-khcn',
          values: [{ targetId: 'nhiem-vu-moi-huyen', value: 4 }],
          reason: 'Huyện Sơn Động mới có 4 nhiệm vụ',
        },
      });
    });

    it("refuses a report not recorded on the plan, a target the report gave no value for, a blank reason and another province's correction, recording nothing", async () => {
      const trailBefore = (await platform.gql(TRAIL, {}, auditor)).data!.auditTrail;
      const refusal = async (variables: ReturnType<typeof correction>, token = bacGiang) => {
        const answer = await platform.gql(CORRECT, variables, token);
        expect(answer.data).toBeNull();
        return { ...answer.errors![0].extensions, message: answer.errors![0].message };
      };
      expect(await refusal(correction({ reportId: 'q1-2023' }))).toMatchObject({
        code: 'NOT_FOUND',
        field: 'reportId',
        message: expect.stringMatching(/report q1-2023 is not recorded on plan bac-giang\.kh-khcn-2021-2025/),
      });
      // The Q4 report gave a value for the budget share only.
      expect(await refusal(correction({ reportId: 'q4-2023' }))).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'values[0].targetId',
        message: expect.stringMatching(/report q4-2023 gave no value for target nhiem-vu-moi-huyen: .* a new report, not a correction/),
      });
      expect(await refusal(correction({ values: [] }))).toMatchObject({ code: 'INVALID_INPUT', field: 'values' });
      expect(await refusal(correction({ reason: ' ' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
      expect(await refusal(correction(), await platform.token('PROVINCE', 'ha-nam'))).toMatchObject({ code: 'FORBIDDEN', field: 'planId' });
      expect(await refusal(correction(), analyst)).toMatchObject({ code: 'FORBIDDEN' });
      expect((await platform.gql(TRAIL, {}, auditor)).data!.auditTrail).toEqual(trailBefore);
      expect(await valuesOn('2023-10-01T00:00:00Z')).toEqual([
        [4, 'NOT_ATTAINED'],
        [1.2, 'NOT_ATTAINED'],
      ]);
    });

    it('shows the same after a restart, the read models resumed from their snapshot', async () => {
      const asKnownNow = await valuesOn('2023-10-01T00:00:00Z');
      const asShownBefore = await valuesOn('2023-10-01T00:00:00Z', beforeCorrection);
      await platform.stop();
      expect(existsSync(join(platform.dataDir, 'read-models', 'monitoring.snapshot'))).toBe(true);
      platform = await startPlatform(platform.dataDir);
      analyst = await platform.token('ANALYST');
      expect(await valuesOn('2023-10-01T00:00:00Z')).toEqual(asKnownNow);
      expect(await valuesOn('2023-10-01T00:00:00Z', beforeCorrection)).toEqual(asShownBefore);
    });
  });
});
