import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const PLAN = 'bac-giang.kh-khcn-2021-2025';
const REPORT = `mutation($i: ReportPlanTargetValuesInput!) { reportPlanTargetValues(input: $i) { id targetAttainment(asOf: "2024-01-01T00:00:00Z") { target { id } value attainment } } }`;
const ATTAINMENT = `query($asOf: DateTime, $knownAsOf: DateTime) { plan(id: "${PLAN}") { targetAttainment(asOf: $asOf, knownAsOf: $knownAsOf) { target { id text } value reportedAt attainment } } }`;
const RECEIVED = `{ compareProvinces(directive: "2245/QĐ-TTg", asOf: "2024-01-01T00:00:00Z", provinces: ["bac-giang"]) { rows { expectedReports receivedReports receivedReportsOnTime targets } } }`;

/**
 * Bắc Giang's 2021–2025 plan sets two targets of its own: at least 5 science tasks with each
 * district ("tối thiểu mỗi đơn vị 5 nhiệm vụ") and 1.5% of the budget for science ("đạt 1,5% tổng chi
 * ngân sách"); Sở KH&CN owes Sở KH&ĐT a quarterly report on the plan.
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
      values: [{ targetId: 'chi-ngan-sach', value: 1.2 }, { targetId: 'nhiem-vu-moi-huyen', value: 5 }],
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

  it('has no values before any report', async () => {
    const answer = await platform.gql(ATTAINMENT, { asOf: '2024-01-01T00:00:00Z' }, analyst);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.plan.targetAttainment.map((t: { target: { id: string }; attainment: string }) => [t.target.id, t.attainment])).toEqual([
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

  it("records the values, shows each target reached or not, and counts the report as one the plan's duty asks for", async () => {
    const before = (await platform.gql(RECEIVED, {}, analyst)).data!.compareProvinces.rows[0];
    const reported = await platform.gql(REPORT, input(), bacGiang);
    expect(reported.errors).toBeUndefined();
    // 5 tasks per district reaches "tối thiểu 5"; 1.2% of the budget is short of 1.5%.
    expect(reported.data!.reportPlanTargetValues.targetAttainment).toEqual([
      { target: { id: 'nhiem-vu-moi-huyen' }, value: 5, attainment: 'ATTAINED' },
      { target: { id: 'chi-ngan-sach' }, value: 1.2, attainment: 'NOT_ATTAINED' },
    ]);
    const after = (await platform.gql(RECEIVED, {}, analyst)).data!.compareProvinces.rows[0];
    // Q3 2023 had no report: now it has one, on time (due the quarter's last day); the expected and
    // the task targets' counts are unchanged.
    expect(after).toEqual({ ...before, receivedReports: before.receivedReports + 1, receivedReportsOnTime: before.receivedReportsOnTime + 1 });
  });

  it('supersedes a value with a later report, and still answers as of a day before it or as the platform knew it', async () => {
    expect((await platform.gql(REPORT, input({ reportId: 'q4-2023', values: [{ targetId: 'chi-ngan-sach', value: 1.6 }], occurredAt: '2023-12-15T02:00:00Z' }), bacGiang)).errors).toBeUndefined();
    const valuesOn = async (asOf: string, knownAsOf?: string) =>
      (await platform.gql(ATTAINMENT, { asOf, knownAsOf }, analyst)).data!.plan.targetAttainment.map((t: { value: number | null; attainment: string }) => [t.value, t.attainment]);
    expect(await valuesOn('2024-01-01T00:00:00Z')).toEqual([[5, 'ATTAINED'], [1.6, 'ATTAINED']]);
    expect(await valuesOn('2023-10-01T00:00:00Z')).toEqual([[5, 'ATTAINED'], [1.2, 'NOT_ATTAINED']]);
    // Before anything was recorded (the platform's clock), it showed no value at all.
    expect(await valuesOn('2024-01-01T00:00:00Z', '2020-01-01T00:00:00Z')).toEqual([[null, 'NO_VALUE'], [null, 'NO_VALUE']]);
  });

  it("refuses a report id already recorded on the plan", async () => {
    const again = await platform.gql(REPORT, input({ values: [{ targetId: 'chi-ngan-sach', value: 1.3 }] }), bacGiang);
    expect(again.errors![0].extensions).toMatchObject({ code: 'ALREADY_EXISTS', field: 'reportId' });
  });
});
