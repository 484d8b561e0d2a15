import { CheckpointedProjector, CommandRunner, InMemorySnapshotStore, monitoringProjection } from '@monitor/application';
import { simulateActivity } from '@monitor/application/simulation';
import { SqliteEventStore } from '@monitor/event-store';
import { join } from 'node:path';
import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const COMPARE = `query($d: ID!, $asOf: DateTime, $knownAsOf: DateTime, $level: ProvinceLevel, $sim: Boolean, $provinces: [ID!]) {
  compareProvinces(directive: $d, asOf: $asOf, knownAsOf: $knownAsOf, provinceLevel: $level, includeSimulated: $sim, provinces: $provinces) {
    asOf knownAsOf provinceLevel includesSimulated coverageRate provincesWithoutPlan { id }
    rows { province { id } memberProvinces { id } planLagDays tasks targets targetsWithValue targetsAttained expectedReports receivedReports receivedReportsOnTime
           reportingRate reportingOnTimeRate deadlineChanged completedOnTimeAgainstOriginal overdueAgainstOriginal onTimeRateAgainstOriginal }
  }
}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { compareProvinces: { rows: any[]; [k: string]: any } };

// The targets of the 2021–2025 plan's II.3, as the reader numbers them in the order written.
const DON_NHAN_HIEU = 't-ii-3-1'; // "số đơn đăng ký nhãn hiệu thông thường tăng trung bình 3%/năm"
const CHI_DAN_DIA_LY = 't-ii-3-2'; // "01-02 chỉ dẫn địa lý"
const NHAN_HIEU = 't-ii-3-3'; // "15-20 nhãn hiệu"

describe('metrics, time travel and province lineage over HTTP', () => {
  let platform: RunningPlatform;
  let analyst: string;
  let before: string;
  const compare = async (variables: Record<string, unknown>) => {
    const result = await platform.gql<Answer>(COMPARE, { d: '696/QĐ-TTg', ...variables }, analyst);
    expect(result.errors).toBeUndefined();
    return result.data!.compareProvinces;
  };

  beforeAll(async () => {
    platform = await startPlatform();
    analyst = await platform.token('ANALYST');
    before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Sở KH&CN Hà Nam reports on III.1 on 30/11/2021, the due day of 2811/KH-UBND's yearly report to the UBND.
    const reported = await platform.gql(
      'mutation($i: ReportProgressInput!) { reportProgress(input: $i) { id } }',
      {
        i: {
          taskId: 'ha-nam.2811-kh-ubnd.t07',
          reportId: 'e2e-2021',
          unitId: 'ha-nam.so-khcn',
          reportedBy: { name: 'Cán bộ Sở', role: 'Chuyên viên' },
          occurredAt: '2021-11-30T02:00:00Z',
        },
      },
      await platform.token('PROVINCE', 'ha-nam'),
    );
    expect(reported.errors).toBeUndefined();
  });
  afterAll(() => platform.stop());

  it('answers province lineage from the recorded 2025 mergers', async () => {
    const result = await platform.gql(`{ provinces { id mergedOn mergerLegalBasis successor { id } predecessors { id } } }`, {}, analyst);
    const province = (id: string) => result.data!.provinces.find((p: { id: string }) => p.id === id);
    expect(province('ha-nam')).toEqual({
      id: 'ha-nam',
      mergedOn: '2025-07-01',
      mergerLegalBasis: 'Nghị quyết 202/2025/QH15',
      successor: { id: 'ninh-binh-2025' },
      predecessors: [],
    });
    expect(province('ninh-binh-2025')).toMatchObject({
      mergedOn: null,
      successor: null,
      predecessors: [{ id: 'ha-nam' }, { id: 'nam-dinh' }, { id: 'ninh-binh' }],
    });
    expect(province('bac-ninh-2025').predecessors).toEqual([{ id: 'bac-giang' }, { id: 'bac-ninh' }]);
    expect(province('thai-nguyen-2025').predecessors).toEqual([{ id: 'bac-kan' }, { id: 'thai-nguyen' }]);
  });

  it('gives the lag along the cascade: 27/NQ-CP → 59/KH-UBND → 41/KH-KHCN', async () => {
    const result = await platform.gql(
      `{ plan(id: "bac-giang.41-kh-khcn") { lagFromParent { days minDays maxDays } lagFromDirectives { directive { id } lag { days } }
         parent { lagFromParent { days } lagFromDirectives { directive { id } lag { days } } } } }`,
      {},
      analyst,
    );
    expect(result.errors).toBeUndefined();
    // DOMAIN.md: 27/NQ-CP → 59/KH-UBND 66 days, → 41/KH-KHCN 90 days; 59 (28/04) → 41 (22/05/2017) 24 days.
    expect(result.data!.plan).toEqual({
      lagFromParent: { days: 24, minDays: 24, maxDays: 24 },
      lagFromDirectives: [{ directive: { id: '27/NQ-CP' }, lag: { days: 90 } }],
      parent: { lagFromParent: null, lagFromDirectives: [{ directive: { id: '27/NQ-CP' }, lag: { days: 66 } }] },
    });
  });

  it('compares historical provinces or their successors, and says which', async () => {
    const historical = await compare({});
    expect(historical.provinceLevel).toBe('HISTORICAL');
    expect(historical.rows.map((r) => r.province.id)).toContain('ha-nam');
    const successors = await compare({ level: 'SUCCESSORS' });
    expect(successors.provinceLevel).toBe('SUCCESSORS');
    expect(successors.rows).toHaveLength(34);
    const ninhBinh = successors.rows.find((r) => r.province.id === 'ninh-binh-2025');
    // The new Ninh Bình's record on 696/QĐ-TTg is Hà Nam's: 2811/KH-UBND, 114 days after the decision.
    expect(ninhBinh).toMatchObject({
      memberProvinces: [{ id: 'ninh-binh-2025' }, { id: 'ha-nam' }, { id: 'nam-dinh' }, { id: 'ninh-binh' }],
      planLagDays: 114,
    });
    // Coverage: of the 34 successors, only the new Ninh Bình (Hà Nam) has a plan; the new Bắc Ninh has
    // none, since Bắc Giang's 2021–2025 plan only cites the decision.
    expect(successors.coverageRate).toBe(1 / 34);
    expect(successors.provincesWithoutPlan.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(['thai-nguyen-2025', 'bac-ninh-2025']),
    );
  });

  it('answers the reporting rate, and what the platform showed before a late report was recorded', async () => {
    // 2811/KH-UBND (16/09/2020) owes yearly reports: from Sở KH&CN (by 30/11), and from the departments
    // and the districts, as its text names them (by 31/10). Periods 2020 and 2021 have ended by
    // 01/01/2022: 3 × 2 = 6 expected.
    // Received: Sở KH&CN's report of 30/11/2021, on the due day: 1, on time.
    const now = await compare({ asOf: '2022-01-01T00:00:00Z', provinces: ['ha-nam'] });
    expect(now.knownAsOf).toBeNull();
    expect(now.rows[0]).toMatchObject({
      expectedReports: 6,
      receivedReports: 1,
      receivedReportsOnTime: 1,
      reportingRate: 1 / 6,
      reportingOnTimeRate: 1 / 6,
    });
    const shown = await compare({ asOf: '2022-01-01T00:00:00Z', knownAsOf: before, provinces: ['ha-nam'] });
    expect(shown.knownAsOf).toBe(new Date(before).toISOString());
    expect(shown.rows[0]).toMatchObject({ expectedReports: 6, receivedReports: 0, reportingRate: 0 });
  });

  it('records values for targets and judges them: ranges, growth rates; refuses a target the task lacks', async () => {
    const bacGiang = await platform.token('PROVINCE', 'bac-giang');
    const report = (values: { targetId: string; value: number }[], reportId: string) =>
      platform.gql(
        'mutation($i: ReportProgressInput!) { reportProgress(input: $i) { id } }',
        {
          i: {
            taskId: 'bac-giang.kh-khcn-2021-2025.t03',
            reportId,
            unitId: 'bac-giang.so-khcn',
            reportedBy: { name: 'Cán bộ Sở', role: 'Chuyên viên' },
            occurredAt: '2023-12-01T02:00:00Z',
            values,
          },
        },
        bacGiang,
      );
    const refused = await report([{ targetId: 'khong-co', value: 1 }], 'e2e-targets-bad');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'values[0].targetId' });
    expect(
      (
        await report(
          [
            { targetId: NHAN_HIEU, value: 16 },
            { targetId: CHI_DAN_DIA_LY, value: 0 },
          ],
          'e2e-targets',
        )
      ).errors,
    ).toBeUndefined();
    const task = await platform.gql(
      `{ task(id: "bac-giang.kh-khcn-2021-2025.t03") { targetAttainment(asOf: "2024-01-01T00:00:00Z") { target { id } value attainment } } }`,
      {},
      analyst,
    );
    // "15-20 nhãn hiệu": 16 reaches it; "01-02 chỉ dẫn địa lý": 0 does not; the growth rate has no value.
    expect(task.data!.task.targetAttainment).toEqual([
      { target: { id: DON_NHAN_HIEU }, value: null, attainment: 'NO_VALUE' },
      { target: { id: CHI_DAN_DIA_LY }, value: 0, attainment: 'NOT_ATTAINED' },
      { target: { id: NHAN_HIEU }, value: 16, attainment: 'ATTAINED' },
    ]);
    // The 2021–2025 plan only cites 696/QĐ-TTg: its targets do not count in the comparison on it.
    const row = (await compare({ asOf: '2024-01-01T00:00:00Z', provinces: ['bac-giang'] })).rows[0];
    expect(row).toMatchObject({ targets: 0, targetsWithValue: 0 });
  });

  it('counts a value a correction restates from then on, and keeps what was shown before it', async () => {
    const bacGiang = await platform.token('PROVINCE', 'bac-giang');
    const correct = (values: { targetId: string; value: number }[]) =>
      platform.gql<{ correctProgressReport: { values: unknown[]; corrections: { values: unknown[]; previousValues: unknown[] }[] } }>(
        `mutation($i: CorrectProgressReportInput!) { correctProgressReport(input: $i) {
           values { targetId value } corrections { values { targetId value } previousValues { targetId value } } } }`,
        {
          i: {
            taskId: 'bac-giang.kh-khcn-2021-2025.t03',
            reportId: 'e2e-targets',
            reason: 'Nhầm số chỉ dẫn địa lý',
            correctedBy: { name: 'Cán bộ Sở', role: 'Chuyên viên' },
            values,
          },
        },
        bacGiang,
      );
    // The report gave no value for "đơn nhãn hiệu": that is a new report, not a correction.
    const refused = await correct([{ targetId: DON_NHAN_HIEU, value: 3 }]);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'values[0].targetId' });
    const beforeCorrection = new Date().toISOString();
    const corrected = await correct([{ targetId: CHI_DAN_DIA_LY, value: 1 }]);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctProgressReport).toEqual({
      values: [
        { targetId: NHAN_HIEU, value: 16 },
        { targetId: CHI_DAN_DIA_LY, value: 1 },
      ],
      corrections: [{ values: [{ targetId: CHI_DAN_DIA_LY, value: 1 }], previousValues: [{ targetId: CHI_DAN_DIA_LY, value: 0 }] }],
    });
    // "01-02 chỉ dẫn địa lý": 1 reaches it, from the report's own day; before the correction, 0 did not.
    const attainment = async (knownAsOf: string | null) =>
      (
        await platform.gql<{ task: { targetAttainment: { target: { id: string }; attainment: string }[] } }>(
          `query($k: DateTime) { task(id: "bac-giang.kh-khcn-2021-2025.t03") { targetAttainment(asOf: "2024-01-01T00:00:00Z", knownAsOf: $k) { target { id } attainment } } }`,
          { k: knownAsOf },
          analyst,
        )
      ).data!.task.targetAttainment.find((t) => t.target.id === CHI_DAN_DIA_LY)!.attainment;
    expect(await attainment(null)).toBe('ATTAINED');
    expect(await attainment(beforeCorrection)).toBe('NOT_ATTAINED');
  });

  it('breaks a directive down by plan, lead unit and coordinating unit', async () => {
    const BREAKDOWN = `query($by: BreakdownKey!) { implementationBreakdown(directive: "696/QD-TTg", by: $by, provinces: ["ha-nam"], asOf: "2022-01-01T00:00:00Z") {
      province { id } plan { id } unit { id } tasks completed overdue } }`;
    const by = async (key: string) => {
      const result = await platform.gql(BREAKDOWN, { by: key }, analyst);
      expect(result.errors).toBeUndefined();
      return result.data!.implementationBreakdown as {
        province: { id: string };
        plan: { id: string } | null;
        unit: { id: string } | null;
        tasks: number;
      }[];
    };
    // 2811/KH-UBND has 16 tasks (II.1–II.6, III.1–III.10); none has a deadline, so none is overdue.
    expect(await by('PLAN')).toEqual([
      { province: { id: 'ha-nam' }, plan: { id: 'ha-nam.2811-kh-ubnd' }, unit: null, tasks: 16, completed: 0, overdue: 0 },
    ]);
    // Sở KH&CN leads III.1 and coordinates one task of part III.
    expect((await by('LEAD_UNIT')).find((r) => r.unit?.id === 'ha-nam.so-khcn')).toMatchObject({ tasks: 1, plan: null });
    expect((await by('COORDINATING_UNIT')).find((r) => r.unit?.id === 'ha-nam.so-khcn')).toMatchObject({ tasks: 1 });
  });

  it('leaves simulated activity out unless asked, and says whether it is included', async () => {
    const store = new SqliteEventStore(join(platform.dataDir, 'events.sqlite'));
    const projector = new CheckpointedProjector(store, monitoringProjection, new InMemorySnapshotStore());
    await projector.start();
    await projector.catchUp();
    await projector.stop();
    const options = { seed: 3, until: '2020-12-31', directive: '696/QĐ-TTg', syntheticProvinces: 1, plansPerProvince: 1, tasksPerPlan: 2 };
    await simulateActivity(new CommandRunner(store), projector.state.withoutSimulated!, options);
    await store.close();
    let withSimulated = await compare({ sim: true });
    for (let i = 0; i < 40 && !withSimulated.rows.some((r) => r.province.id === 'mo-phong-01'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      withSimulated = await compare({ sim: true });
    }
    expect(withSimulated.includesSimulated).toBe(true);
    expect(withSimulated.rows.find((r) => r.province.id === 'mo-phong-01')).toMatchObject({ tasks: 2 });
    const real = await compare({});
    expect(real.includesSimulated).toBe(false);
    expect(real.rows.some((r) => r.province.id === 'mo-phong-01')).toBe(false);
  });
});
