import { vietnamDayNumber, type Target, type TargetKind } from '@monitor/domain';
import { deserialize, serialize } from 'node:v8';
import {
  cancelled,
  correctedValues,
  directive,
  eventsFrom,
  plan,
  planValues,
  planValuesCorrected,
  planWithTargets,
  province,
  reportedValues,
  stateFrom,
  taskWithTargets,
  type Fact,
} from '../testing/monitoring-fixtures.js';
import { applyMonitoringEvent } from '../views/monitoring.projection.js';
import type { MonitoringState } from '../views/monitoring.state.js';
import { compareProvinces } from '../queries/province-comparison.query.js';
import { attains, targetAttainmentOn, type TargetOwner } from './target-attainment.js';

const target = (kind: TargetKind, min: number | null, max: number | null, id = 't'): Target => ({
  id,
  indicator: id,
  kind,
  min,
  max,
  unit: 'x',
  horizon: null,
  text: id,
});

/** Hà Nam's plan for 696/QĐ-TTg and its task t1 with two targets: "ít nhất 02 mô hình", "khoảng 20 doanh nghiệp". */
const haNamTask: Fact[] = [
  [province('ha-nam', 'Hà Nam'), '2016-01-01', '2020-01-01'],
  [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25', '2020-05-26'],
  [plan('hn', 'ha-nam', '2020-09-16', ['696/QĐ-TTg']), '2020-09-16', '2020-09-17'],
  [
    taskWithTargets('t1', 'hn', 'ha-nam', 'đến năm 2025', [
      target('AT_LEAST', 2, null, 'mo-hinh'),
      target('ABOUT', 20, null, 'doanh-nghiep'),
    ]),
    '2020-09-16',
    '2020-09-17',
  ],
];

/** Each of a task's or a plan's targets as [id, value, attainment], by a day and as known at a moment. */
const valuesReader = (owner: TargetOwner) => (asOf: string, knownAsOf?: string) =>
  targetAttainmentOn(owner, vietnamDayNumber(asOf), knownAsOf ? Date.parse(knownAsOf) : undefined).map((t) => [
    t.target.id,
    t.value,
    t.attainment,
  ]);

/** The first province row of the comparison on a directive. */
const rowReader = (state: MonitoringState, directiveId: string) => (asOf: string, knownAsOf?: string) =>
  compareProvinces(state, { directive: state.directives.get(directiveId)!, asOf, knownAsOf }).rows[0];

describe('target attainment', () => {
  it.each([
    // "ít nhất 02 mô hình": 2 reaches it, 1 does not.
    ['AT_LEAST', 2, null, 1, false],
    ['AT_LEAST', 2, null, 2, true],
    // "khoảng 20 doanh nghiệp": within ±10%, 18–22.
    ['ABOUT', 20, null, 18, true],
    ['ABOUT', 20, null, 22, true],
    ['ABOUT', 20, null, 17, false],
    // "15-20 nhãn hiệu": from 15 on, exceeding 20 included.
    ['RANGE', 15, 20, 14, false],
    ['RANGE', 15, 20, 16, true],
    ['RANGE', 15, 20, 25, true],
    // "tăng trung bình 3%/năm": the growth reported.
    ['GROWTH_RATE', 3, null, 2.5, false],
    ['GROWTH_RATE', 3, null, 3.1, true],
    // "1,5-2% tổng chi ngân sách": the share reported.
    ['SHARE_OF_BUDGET', 1.5, 2, 1.2, false],
    ['SHARE_OF_BUDGET', 1.5, 2, 1.6, true],
    ['AT_MOST', null, 5, 6, false],
    ['AT_MOST', null, 5, 5, true],
    ['EXACT', 1, null, 1, true],
    ['EXACT', 1, null, 2, false],
  ] as const)('%s %p–%p with %p reported: %p', (kind, min, max, value, expected) => {
    expect(attains(target(kind, min, max), value)).toBe(expected);
  });

  it('counts targets, those with a value and those reached, as of a day and as the platform showed it', () => {
    const state = stateFrom(
      ...haNamTask,
      [reportedValues('t1', 'r1', [{ targetId: 'mo-hinh', value: 1 }]), '2021-06-01', '2021-06-02'],
      // Two models by March 2022, recorded only in May.
      [
        reportedValues('t1', 'r2', [
          { targetId: 'mo-hinh', value: 2 },
          { targetId: 'doanh-nghiep', value: 15 },
        ]),
        '2022-03-01',
        '2022-05-01',
      ],
    );
    const row = rowReader(state, '696/QĐ-TTg');
    // 31/12/2021: two targets, one with a value (1 model, short of 2), none reached.
    expect(row('2021-12-31T00:00:00Z')).toMatchObject({ targets: 2, targetsWithValue: 1, targetsAttained: 0, targetAttainmentRate: 0 });
    // 01/04/2022: 2 models reach "ít nhất 02"; 15 enterprises are not "khoảng 20" (18–22).
    expect(row('2022-04-01T00:00:00Z')).toMatchObject({ targets: 2, targetsWithValue: 2, targetsAttained: 1, targetAttainmentRate: 0.5 });
    // Shown on 01/04/2022: the March report was not recorded yet.
    expect(row('2022-04-01T00:00:00Z', '2022-04-01T00:00:00Z')).toMatchObject({ targetsWithValue: 1, targetsAttained: 0 });
    // The March report counts from its own day (Vietnam's calendar), not the day before.
    expect(row('2022-02-28T12:00:00Z')).toMatchObject({ targetsWithValue: 1, targetsAttained: 0 });
    expect(row('2022-03-01T12:00:00Z')).toMatchObject({ targetsWithValue: 2, targetsAttained: 1 });
  });

  it("leaves a cancelled task's targets out from the day it was cancelled", () => {
    const state = stateFrom(
      ...haNamTask,
      [reportedValues('t1', 'r1', [{ targetId: 'mo-hinh', value: 2 }]), '2021-06-01', '2021-06-02'],
      [cancelled('t1'), '2022-01-10', '2022-01-11'],
    );
    const row = rowReader(state, '696/QĐ-TTg');
    expect(row('2022-01-09T12:00:00Z')).toMatchObject({ targets: 2, targetsAttained: 1 });
    expect(row('2022-01-10T12:00:00Z')).toMatchObject({ targets: 0, targetsAttained: 0 });
    // Shown on 10/01/2022 the cancellation was not yet recorded.
    expect(row('2022-01-10T12:00:00Z', '2022-01-10T12:00:00Z')).toMatchObject({ targets: 2, targetsAttained: 1 });
  });

  it('counts values reported and restated after a comparison was made (its packed copy of the values follows the views)', () => {
    const state = stateFrom(...haNamTask, [reportedValues('t1', 'r1', [{ targetId: 'mo-hinh', value: 1 }]), '2021-06-01', '2021-06-02']);
    const row = rowReader(state, '696/QĐ-TTg');
    const apply = (...facts: Fact[]) => eventsFrom(...facts).forEach((event) => applyMonitoringEvent(state, event));
    expect(row('2022-01-01T00:00:00Z')).toMatchObject({ targetsWithValue: 1, targetsAttained: 0 });
    apply([reportedValues('t1', 'r2', [{ targetId: 'mo-hinh', value: 2 }]), '2021-09-01', '2021-09-02']);
    expect(row('2022-01-01T00:00:00Z')).toMatchObject({ targetsWithValue: 1, targetsAttained: 1 });
    apply([correctedValues('t1', 'r2', [{ targetId: 'mo-hinh', value: 1 }]), '2021-10-01', '2021-10-01']);
    expect(row('2022-01-01T00:00:00Z')).toMatchObject({ targetsWithValue: 1, targetsAttained: 0 });
  });

  it('counts in a comparison exactly what each task shows, whatever the order reports and corrections were recorded in', () => {
    // A seeded history of reports and corrections on three tasks, recorded out of order, then
    // every combination of day and moment compared with the tasks' own attainment.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const day = (n: number) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const targets = [target('AT_LEAST', 2, null, 'mo-hinh'), target('ABOUT', 20, null, 'doanh-nghiep')];
    const facts: Fact[] = [
      ...haNamTask.slice(0, 3),
      ...['t1', 't2', 't3'].map((id): Fact => [taskWithTargets(id, 'hn', 'ha-nam', 'đến năm 2025', targets), '2020-09-16', '2020-09-17']),
    ];
    for (let i = 0; i < 60; i++) {
      const taskId = `t${1 + next(3)}`;
      const occurred = next(700);
      const recorded = day(occurred + next(200));
      if (i > 5 && next(4) === 0)
        facts.push([correctedValues(taskId, `r${next(i)}`, [{ targetId: 'doanh-nghiep', value: 15 + next(10) }]), day(occurred), recorded]);
      else
        facts.push([
          reportedValues(taskId, `r${i}`, [
            { targetId: 'mo-hinh', value: next(4) },
            { targetId: 'doanh-nghiep', value: 15 + next(10) },
          ]),
          day(occurred),
          recorded,
        ]);
    }
    const state = stateFrom(...facts);
    const row = rowReader(state, '696/QĐ-TTg');
    for (const asOf of [100, 250, 400, 550, 700, 900].map((n) => `${day(n)}T12:00:00Z`)) {
      for (const knownAsOf of [undefined, ...[150, 300, 600, 800].map((n) => `${day(n)}T12:00:00Z`)]) {
        const shown = ['t1', 't2', 't3'].flatMap((id) => valuesReader(state.tasks.get(id)!)(asOf, knownAsOf));
        expect(row(asOf, knownAsOf)).toMatchObject({
          targets: shown.length,
          targetsWithValue: shown.filter(([, , attainment]) => attainment !== 'NO_VALUE').length,
          targetsAttained: shown.filter(([, , attainment]) => attainment === 'ATTAINED').length,
        });
      }
    }
  });

  describe('a correction that restates a value', () => {
    const state = stateFrom(
      ...haNamTask,
      [
        reportedValues('t1', 'r1', [
          { targetId: 'mo-hinh', value: 2 },
          { targetId: 'doanh-nghiep', value: 15 },
        ]),
        '2022-03-01',
        '2022-03-02',
      ],
      // Another report the same day, recorded later: of the two, it is the latest.
      [reportedValues('t1', 'r2', [{ targetId: 'mo-hinh', value: 3 }]), '2022-03-01', '2022-03-05'],
      // In August, r1 is corrected: 19 enterprises, not 15; its models (2) are not restated.
      [
        correctedValues('t1', 'r1', [
          { targetId: 'doanh-nghiep', value: 19 },
          { targetId: 'mo-hinh', value: 1 },
        ]),
        '2022-08-01',
        '2022-08-01',
      ],
    );
    const valuesOn = valuesReader(state.tasks.get('t1')!);
    const row = rowReader(state, '696/QĐ-TTg');

    it('counts the restated value from the report’s own day, as known now', () => {
      expect(valuesOn('2022-04-01T00:00:00Z')).toEqual([
        ['mo-hinh', 3, 'ATTAINED'],
        ['doanh-nghiep', 19, 'ATTAINED'],
      ]);
      expect(row('2022-04-01T00:00:00Z')).toMatchObject({ targetsWithValue: 2, targetsAttained: 2 });
    });

    it('keeps what the platform showed before the correction was recorded', () => {
      expect(valuesOn('2022-04-01T00:00:00Z', '2022-07-31T00:00:00Z')).toEqual([
        ['mo-hinh', 3, 'ATTAINED'],
        ['doanh-nghiep', 15, 'NOT_ATTAINED'],
      ]);
      expect(row('2022-04-01T00:00:00Z', '2022-07-31T00:00:00Z')).toMatchObject({ targetsWithValue: 2, targetsAttained: 1 });
    });

    it('keeps the reports’ order between values of one day: the later report still counts over the corrected one', () => {
      // r1's models restated to 1, but r2 (3 models, the same day) was recorded after r1.
      expect(valuesOn('2022-03-01T12:00:00Z')[0]).toEqual(['mo-hinh', 3, 'ATTAINED']);
    });
  });
});

/** Hà Nam's 2021–2025 plan sets two targets of its own; Sở KH&CN owes it a yearly report by 30/11. */
const haNamPlanReports: Fact[] = [
  [province('ha-nam', 'Hà Nam'), '2016-01-01', '2020-01-01'],
  [directive('2245/QĐ-TTg', '2020-12-01'), '2020-12-01', '2020-12-02'],
  [
    planWithTargets(
      'hn',
      'ha-nam',
      '2021-03-15',
      ['2245/QĐ-TTg'],
      [target('GROWTH_RATE', 3, null, 'tang-truong'), target('RANGE', 15, 20, 'nhan-hieu')],
      ['hn.so-khcn'],
    ),
    '2021-03-15',
    '2021-03-16',
  ],
  // 2021: growth 2.5%, short of 3%; no brands yet.
  [planValues('hn', 'y2021', 'hn.so-khcn', [{ targetId: 'tang-truong', value: 2.5 }]), '2021-11-20', '2021-11-20'],
  // 2022, sent on time but recorded in January 2023: growth 3.4%, 16 brands.
  [
    planValues('hn', 'y2022', 'hn.so-khcn', [
      { targetId: 'tang-truong', value: 3.4 },
      { targetId: 'nhan-hieu', value: 16 },
    ]),
    '2022-11-25',
    '2023-01-10',
  ],
];

describe("a plan's own targets", () => {
  const state = stateFrom(...haNamPlanReports);
  const valuesOn = valuesReader(state.plans.get('hn')!);
  const row = rowReader(state, '2245/QĐ-TTg');

  it('takes the latest value reported for each by the day', () => {
    expect(valuesOn('2021-12-31T00:00:00Z')).toEqual([
      ['tang-truong', 2.5, 'NOT_ATTAINED'],
      ['nhan-hieu', null, 'NO_VALUE'],
    ]);
    expect(valuesOn('2022-12-31T00:00:00Z')).toEqual([
      ['tang-truong', 3.4, 'ATTAINED'],
      ['nhan-hieu', 16, 'ATTAINED'],
    ]);
  });

  it('shows what the platform knew on a day: the 2022 report only from its recording', () => {
    expect(valuesOn('2022-12-31T00:00:00Z', '2022-12-31T00:00:00Z')).toEqual([
      ['tang-truong', 2.5, 'NOT_ATTAINED'],
      ['nhan-hieu', null, 'NO_VALUE'],
    ]);
  });

  it("counts a report on the plan as a report its duties ask for, and the plan's targets among the comparison's", () => {
    // 2021 and 2022 due (30/11) and ended by 01/01/2023: 2 expected, 2 received, both on time.
    // The plan's two targets count as the tasks' do: by 2023 both have a value, both reached.
    expect(row('2023-01-01T00:00:00Z')).toMatchObject({
      expectedReports: 2,
      receivedReports: 2,
      receivedReportsOnTime: 2,
      targets: 2,
      targetsWithValue: 2,
      targetsAttained: 2,
    });
    // As shown on 01/01/2023: the 2022 report was not recorded yet (2.5% growth: short; no brands).
    expect(row('2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')).toMatchObject({
      expectedReports: 2,
      receivedReports: 1,
      targets: 2,
      targetsWithValue: 1,
      targetsAttained: 0,
    });
  });
});

describe("a correction of a report on a plan's own targets", () => {
  const growthCorrected = (value: number) => planValuesCorrected('hn', 'y2022', 'hn.so-khcn', [{ targetId: 'tang-truong', value }]);
  const state = stateFrom(
    ...haNamPlanReports,
    // March 2023: the 2022 growth was 2.9%, not 3.4%; its 16 brands are not restated.
    [growthCorrected(2.9), '2023-03-01', '2023-03-02'],
    // June 2023, with the statistics office's final figures: 3.1%.
    [growthCorrected(3.1), '2023-06-01', '2023-06-02'],
    // Corrections of a report the plan does not have, and on a plan the views do not know: nothing to restate.
    [planValuesCorrected('hn', 'y2019', 'hn.so-khcn', [{ targetId: 'tang-truong', value: 9 }]), '2023-06-01', '2023-06-02'],
    [planValuesCorrected('unknown', 'y2022', 'hn.so-khcn', [{ targetId: 'tang-truong', value: 9 }]), '2023-06-01', '2023-06-02'],
  );
  const valuesOn = valuesReader(state.plans.get('hn')!);
  const row = rowReader(state, '2245/QĐ-TTg');

  it("counts the restated value from the report's own day, before the correction happened, as known now", () => {
    // 31/12/2022 is before either correction happened: the report said 3.4, the corrections say it should have said 3.1.
    expect(valuesOn('2022-12-31T00:00:00Z')).toEqual([
      ['tang-truong', 3.1, 'ATTAINED'],
      ['nhan-hieu', 16, 'ATTAINED'],
    ]);
    expect(valuesOn('2022-11-25T12:00:00Z')[0]).toEqual(['tang-truong', 3.1, 'ATTAINED']);
    // The day before the report, the 2021 value, which no correction touched.
    expect(valuesOn('2022-11-24T12:00:00Z')[0]).toEqual(['tang-truong', 2.5, 'NOT_ATTAINED']);
  });

  it('shows what the platform showed before each correction was recorded', () => {
    // After the report was recorded, before the first correction: the value as reported.
    expect(valuesOn('2022-12-31T00:00:00Z', '2023-03-01T00:00:00Z')).toEqual([
      ['tang-truong', 3.4, 'ATTAINED'],
      ['nhan-hieu', 16, 'ATTAINED'],
    ]);
    // Between the two corrections: the first.
    expect(valuesOn('2022-12-31T00:00:00Z', '2023-04-01T00:00:00Z')[0]).toEqual(['tang-truong', 2.9, 'NOT_ATTAINED']);
    // Before the report itself was recorded: the 2021 value.
    expect(valuesOn('2022-12-31T00:00:00Z', '2023-01-01T00:00:00Z')[0]).toEqual(['tang-truong', 2.5, 'NOT_ATTAINED']);
  });

  it('restates nothing for a report the plan does not have, and counts no correction as a report received', () => {
    expect(state.plans.get('hn')!.reportedValues!.map((v) => [v.reportId, v.targetId, v.value])).toEqual([
      ['y2021', 'tang-truong', 2.5],
      ['y2022', 'tang-truong', 3.4],
      ['y2022', 'tang-truong', 2.9],
      ['y2022', 'tang-truong', 3.1],
      ['y2022', 'nhan-hieu', 16],
    ]);
    expect(row('2023-07-01T00:00:00Z')).toMatchObject({ expectedReports: 2, receivedReports: 2, receivedReportsOnTime: 2 });
  });

  it('counts a correction recorded after a comparison was asked in the comparisons asked after it', () => {
    const live = stateFrom(...haNamPlanReports);
    const liveRow = rowReader(live, '2245/QĐ-TTg');
    expect(liveRow('2022-12-31T00:00:00Z')).toMatchObject({ targetsWithValue: 2, targetsAttained: 2 });
    for (const event of eventsFrom([growthCorrected(2.9), '2023-03-01', '2023-03-02'])) applyMonitoringEvent(live, event);
    expect(liveRow('2022-12-31T00:00:00Z')).toMatchObject({ targetsWithValue: 2, targetsAttained: 1 });
  });

  it('keeps the restated values through a snapshot (V8 serialization), and restates again after it', () => {
    const restored = deserialize(serialize(state)) as MonitoringState;
    const restoredValuesOn = valuesReader(restored.plans.get('hn')!);
    expect(restoredValuesOn('2022-12-31T00:00:00Z')).toEqual(valuesOn('2022-12-31T00:00:00Z'));
    expect(restoredValuesOn('2022-12-31T00:00:00Z', '2023-04-01T00:00:00Z')).toEqual(
      valuesOn('2022-12-31T00:00:00Z', '2023-04-01T00:00:00Z'),
    );
    for (const event of eventsFrom([growthCorrected(2.7), '2023-09-01', '2023-09-02'])) applyMonitoringEvent(restored, event);
    expect(restoredValuesOn('2022-12-31T00:00:00Z')[0]).toEqual(['tang-truong', 2.7, 'NOT_ATTAINED']);
    expect(restoredValuesOn('2022-12-31T00:00:00Z', '2023-07-01T00:00:00Z')[0]).toEqual(['tang-truong', 3.1, 'ATTAINED']);
  });
});
