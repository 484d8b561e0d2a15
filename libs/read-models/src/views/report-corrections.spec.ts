import type { PlatformEvent, ReportFrequency, ReportingDuty } from '@monitor/domain';
import { deadlineChanged, eventsFrom, plan, planValues, province, stateFrom, task, type Fact } from '../testing/monitoring-fixtures.js';
import type { MonitoringState, ProjectedEvent } from './monitoring.state.js';
import { planReportsFrom, progressReportsFrom } from './progress-reports.js';
import {
  correctionsOf,
  lateCorrections,
  planReportCorrectionsOf,
  planReportingDeadlineOf,
  reportingDeadlineOf,
  type ReportCorrectionRow,
} from './report-corrections.js';

const recorded = (event: PlatformEvent, recordedAt: string, occurredAt = recordedAt): ProjectedEvent =>
  ({
    ...event,
    stream: 'task-t',
    revision: 0,
    position: 1n,
    occurredAt,
    recordedAt,
    simulated: false,
    actor: null,
    metadata: () => ({ occurredAtPrecision: 'INSTANT', recordedBy: 't', correlationId: 'c', causationId: null }),
  }) as ProjectedEvent;

const report = (reportId: string, percentComplete: number): PlatformEvent => ({
  type: 'ProgressReported',
  data: { taskId: 't', reportId, unitId: 'u', percentComplete, summary: `${percentComplete}%` },
});
const correction = (reportId: string, percentComplete: number): PlatformEvent => ({
  type: 'ProgressReportCorrected',
  data: { taskId: 't', correctsReportId: reportId, unitId: 'u', percentComplete, summary: `${percentComplete}%`, reason: 'nhầm' },
});

describe('report corrections', () => {
  it('shows each report with its values as last corrected, and every correction with the values it replaced', () => {
    const reports = progressReportsFrom([
      recorded(report('r1', 70), '2020-06-15T02:00:00.000Z'),
      recorded(report('r2', 80), '2020-07-15T02:00:00.000Z'),
      recorded(correction('r1', 40), '2020-06-20T02:00:00.000Z'),
      recorded(correction('r1', 45), '2020-08-01T02:00:00.000Z'),
      recorded(correction('unknown', 1), '2020-08-01T02:00:00.000Z'),
    ]);
    expect(
      reports.map((r) => [r.id, r.percentComplete, r.summary, r.corrections!.map((c) => [c.previousPercentComplete, c.percentComplete])]),
    ).toEqual([
      [
        'r1',
        45,
        '45%',
        [
          [70, 40],
          [40, 45],
        ],
      ],
      ['r2', 80, '80%', []],
    ]);
  });

  it('restates the target values a correction gives, and keeps the others as reported', () => {
    const withValues: PlatformEvent = {
      type: 'ProgressReported',
      data: {
        taskId: 't',
        reportId: 'r1',
        unitId: 'u',
        percentComplete: 50,
        summary: null,
        values: [
          { targetId: 'a', value: 1 },
          { targetId: 'b', value: 2 },
        ],
      },
    };
    const restating: PlatformEvent = {
      type: 'ProgressReportCorrected',
      data: {
        taskId: 't',
        correctsReportId: 'r1',
        unitId: 'u',
        percentComplete: 50,
        summary: null,
        values: [{ targetId: 'b', value: 5 }],
        reason: 'nhầm',
      },
    };
    const [r1] = progressReportsFrom([
      recorded(withValues, '2020-06-15T02:00:00.000Z'),
      recorded(restating, '2020-06-20T02:00:00.000Z'),
      recorded(correction('r1', 60), '2020-06-21T02:00:00.000Z'),
    ]);
    expect(r1!.values).toEqual([
      { targetId: 'a', value: 1 },
      { targetId: 'b', value: 5 },
    ]);
    expect(r1!.corrections!.map((c) => [c.values, c.previousValues])).toEqual([
      [[{ targetId: 'b', value: 5 }], [{ targetId: 'b', value: 2 }]],
      [[], []],
    ]);
  });

  it('takes the deadline in force when the report was recorded, to the end of its due day in Vietnam', () => {
    const state = stateFrom(
      [province('p', 'P'), '2020-01-01'],
      [plan('pl', 'p', '2020-05-01', []), '2020-05-01'],
      [task('t', 'pl', 'p', 'trước ngày 30/6/2020'), '2020-05-01'],
    );
    const t = state.tasks.get('t')!;
    // "trước ngày 30/6/2020" is due 29/6; its end in Vietnam is 16:59:59.999 UTC.
    expect(reportingDeadlineOf(t, '2020-06-15T00:00:00.000Z')).toBe('2020-06-29T16:59:59.999Z');
    const [r1] = progressReportsFrom([
      recorded(report('r1', 70), '2026-01-01T00:00:00Z'),
      recorded(correction('r1', 40), '2026-01-01T00:00:00Z'),
    ]);
    expect(correctionsOf(t, r1!)).toMatchObject([{ reportId: 'r1', reportingDeadline: '2020-06-29T16:59:59.999Z', late: true }]);
  });

  it('judges nothing late on a task whose deadline in force has no due day', () => {
    const state = stateFrom(
      [province('p', 'P'), '2020-01-01'],
      [plan('pl', 'p', '2020-05-01', []), '2020-05-01'],
      [task('t', 'pl', 'p', 'trước ngày 30/6/2020'), '2020-05-01'],
      [deadlineChanged('t', 'hằng năm'), '2020-06-01'],
    );
    const t = state.tasks.get('t')!;
    expect(t.deadlines.at(-1)!.dueDay).toBeNull();
    expect(reportingDeadlineOf(t, '2026-06-01T00:00:00.000Z')).toBeNull();
    const [r1] = progressReportsFrom([
      recorded(report('r1', 70), '2026-06-01T00:00:00.000Z'),
      recorded(correction('r1', 40), '2027-01-01T00:00:00.000Z'),
    ]);
    expect(correctionsOf(t, r1!)).toMatchObject([{ reportingDeadline: null, late: false }]);
  });
});

const duty = (
  id: string,
  frequency: ReportFrequency,
  dueMonth: number | null,
  dueDay: number | null,
  reporterUnitIds: string[],
): ReportingDuty => ({
  id,
  reporterUnitIds,
  recipient: 'Sở KH&ĐT',
  recipientUnitId: null,
  frequency,
  dueMonth,
  dueDay,
  dataWindow: 'CALENDAR',
  text: 'báo cáo',
});

/** A plan issued on `issuedOn` (a day or only a month) with these reporting duties and one target of its own, "t". */
const planWithDuties = (planId: string, provinceId: string, issuedOn: string, duties: ReportingDuty[]): PlatformEvent => {
  const issued = plan(planId, provinceId, issuedOn, []) as Extract<PlatformEvent, { type: 'PlanIssued' }>;
  return {
    type: 'PlanIssued',
    data: {
      ...issued.data,
      reportingDuties: duties,
      targets: [{ id: 't', indicator: 't', kind: 'AT_LEAST', min: 5, max: null, unit: 'x', horizon: null, text: 't' }],
    },
  };
};

const planCorrection = (planId: string, reportId: string, value: number): PlatformEvent => ({
  type: 'PlanTargetValuesCorrected',
  data: { planId, correctsReportId: reportId, unitId: 'so', values: [{ targetId: 't', value }], summary: `${value}`, reason: 'nhầm' },
});

/** The rows of a plan's report corrections, the plan's stream written as facts (the plan's issue first). */
const planRows = (state: MonitoringState, planId: string, ...facts: Fact[]): ReportCorrectionRow[] => {
  const plan = state.plans.get(planId)!;
  return planReportsFrom(eventsFrom(...facts)).flatMap((report) => planReportCorrectionsOf(plan, report));
};

// Sở KH&CN ("so") owes a quarterly report with no due day: a quarter's report is due its last day.
const quarterly = [duty('q', 'QUARTERLY', null, null, ['so'])];

describe("corrections of a plan's reports on its own targets", () => {
  it('show the values as last corrected, and every correction with the values it replaced and no percentage', () => {
    const [r] = planReportsFrom(
      eventsFrom(
        [
          {
            type: 'PlanTargetValuesReported',
            data: {
              planId: 'pl',
              reportId: 'q3',
              unitId: 'so',
              values: [
                { targetId: 't', value: 5 },
                { targetId: 'u', value: 2 },
              ],
              summary: 'quý III',
            },
          },
          '2023-09-20',
        ],
        [planCorrection('pl', 'q3', 4), '2023-09-20', '2024-02-01T00:00:00Z'],
        [planCorrection('unknown', 'nope', 1), '2023-09-20', '2024-02-01T00:00:00Z'],
      ),
    );
    expect(r).toMatchObject({
      id: 'q3',
      planId: 'pl',
      unitId: 'so',
      summary: '4',
      values: [
        { targetId: 't', value: 4 },
        { targetId: 'u', value: 2 },
      ],
    });
    expect(r!.corrections).toMatchObject([
      {
        percentComplete: null,
        previousPercentComplete: null,
        summary: '4',
        previousSummary: 'quý III',
        values: [{ targetId: 't', value: 4 }],
        previousValues: [{ targetId: 't', value: 5 }],
        reason: 'nhầm',
        recordedAt: '2024-02-01T00:00:00Z',
      },
    ]);
  });

  it("are judged against the due day of the period the report's day falls in, to the end of that day in Vietnam", () => {
    const state = stateFrom([province('p', 'P'), '2020-01-01'], [planWithDuties('pl', 'p', '2021-03-10', quarterly), '2021-03-10']);
    // Reported 20/9/2023: the third quarter, due 30/9/2023, whose end in Vietnam is 16:59:59.999 UTC.
    const report: Fact = [planValues('pl', 'q3', 'so', [{ targetId: 't', value: 5 }]), '2023-09-20', '2023-09-21T00:00:00Z'];
    expect(planReportingDeadlineOf(state.plans.get('pl')!, { unitId: 'so', occurredAt: '2023-09-20T02:00:00Z' })).toBe(
      '2023-09-30T16:59:59.999Z',
    );
    const rows = planRows(
      state,
      'pl',
      report,
      [planCorrection('pl', 'q3', 4), '2023-09-25', '2023-09-30T16:59:59.999Z'],
      [planCorrection('pl', 'q3', 3), '2023-09-25', '2023-09-30T17:00:00.000Z'],
    );
    expect(rows.map((r) => [r.taskId, r.planId, r.provinceId, r.reportId, r.reportedAt, r.reportingDeadline, r.late])).toEqual([
      [null, 'pl', 'p', 'q3', '2023-09-21T00:00:00Z', '2023-09-30T16:59:59.999Z', false],
      [null, 'pl', 'p', 'q3', '2023-09-21T00:00:00Z', '2023-09-30T16:59:59.999Z', true],
    ]);
  });

  it('judge nothing reported by a unit no duty names, nor on a plan without duties', () => {
    const state = stateFrom(
      [province('p', 'P'), '2020-01-01'],
      [planWithDuties('pl', 'p', '2021-03-10', quarterly), '2021-03-10'],
      [planWithDuties('bare', 'p', '2021-03-10', []), '2021-03-10'],
    );
    const lateCorrection = (planId: string, unitId: string) =>
      planRows(
        state,
        planId,
        [planValues(planId, 'r', unitId, [{ targetId: 't', value: 5 }]), '2023-09-20'],
        [planCorrection(planId, 'r', 4), '2023-09-20', '2026-01-01T00:00:00Z'],
      );
    expect(lateCorrection('pl', 'so')).toMatchObject([{ reportingDeadline: '2023-09-30T16:59:59.999Z', late: true }]);
    // Sở KH&ĐT receives the reports; it is not named as a reporter.
    expect(lateCorrection('pl', 'so-khdt')).toMatchObject([{ reportingDeadline: null, late: false }]);
    expect(lateCorrection('bare', 'so')).toMatchObject([{ reportingDeadline: null, late: false }]);
  });

  it('take the earliest due day when several duties name the unit, and ignore duties that do not', () => {
    const duties = [
      duty('q', 'QUARTERLY', null, null, ['so']),
      // "trước ngày 15/11" hằng năm: due 14/11.
      duty('y', 'YEARLY', 11, 14, ['so', 'ubnd']),
      duty('m', 'MONTHLY', null, 5, ['ubnd']),
    ];
    const state = stateFrom([province('p', 'P'), '2020-01-01'], [planWithDuties('pl', 'p', '2021-03-10', duties), '2021-03-10']);
    const pl = state.plans.get('pl')!;
    // 5/10/2023: the fourth quarter (due 31/12), the year 2023 (due 14/11), October (due 5/10, but not Sở KH&CN's duty).
    expect(planReportingDeadlineOf(pl, { unitId: 'so', occurredAt: '2023-10-05T02:00:00Z' })).toBe('2023-11-14T16:59:59.999Z');
    expect(planReportingDeadlineOf(pl, { unitId: 'ubnd', occurredAt: '2023-10-05T02:00:00Z' })).toBe('2023-10-05T16:59:59.999Z');
    // 20/11/2023: past the year's due day, the year's period still counts it (as the reporting rate does): 14/11 it is.
    expect(planReportingDeadlineOf(pl, { unitId: 'so', occurredAt: '2023-11-20T02:00:00Z' })).toBe('2023-11-14T16:59:59.999Z');
  });

  it('read a plan dated only by its month from its first possible day', () => {
    const duties = [duty('once', 'ONCE', 3, 15, ['so']), duty('q', 'QUARTERLY', null, null, ['ubnd'])];
    const state = stateFrom([province('p', 'P'), '2020-01-01'], [planWithDuties('pl', 'p', '2021-03', duties), '2021-03-31']);
    const pl = state.plans.get('pl')!;
    expect([pl.issuedOn.precision, pl.issuedFirstDay, pl.issuedLastDay]).toEqual(['MONTH', 18687, 18717]);
    // "tháng 3 năm 2021": the single report is due 15/3/2021, a quarter's on its last day.
    expect(planReportingDeadlineOf(pl, { unitId: 'so', occurredAt: '2021-03-20T02:00:00Z' })).toBe('2021-03-15T16:59:59.999Z');
    expect(planReportingDeadlineOf(pl, { unitId: 'ubnd', occurredAt: '2021-03-02T02:00:00Z' })).toBe('2021-03-31T16:59:59.999Z');
    // Before the plan's first period (the quarter of its first possible day), no period counts the report.
    expect(planReportingDeadlineOf(pl, { unitId: 'ubnd', occurredAt: '2021-02-20T02:00:00Z' })).toBe('2021-03-31T16:59:59.999Z');
    expect(planReportingDeadlineOf(pl, { unitId: 'ubnd', occurredAt: '2020-12-20T02:00:00Z' })).toBeNull();
    const rows = planRows(
      state,
      'pl',
      [planValues('pl', 'r', 'so', [{ targetId: 't', value: 5 }]), '2021-03-20'],
      [planCorrection('pl', 'r', 4), '2021-03-20', '2021-03-20T00:00:00Z'],
    );
    expect(rows).toMatchObject([{ reportingDeadline: '2021-03-15T16:59:59.999Z', late: true }]);
  });
});

describe('late corrections, as auditors list them', () => {
  // Bắc Giang and Hà Nam each have a task due 29/6/2023 and a plan whose Sở KH&CN reports quarterly.
  const state = stateFrom(
    [province('bg', 'Bắc Giang'), '2020-01-01'],
    [province('hn', 'Hà Nam'), '2020-01-01'],
    [planWithDuties('bg-pl', 'bg', '2021-03-10', quarterly), '2021-03-10'],
    [planWithDuties('hn-pl', 'hn', '2021-03-10', quarterly), '2021-03-10'],
    [task('bg-t', 'bg-pl', 'bg', 'trước ngày 30/6/2023'), '2021-04-01'],
    [task('hn-t', 'hn-pl', 'hn', 'trước ngày 30/6/2023'), '2021-04-01'],
  );
  const taskRows = (taskId: string, correctedAt: string) => {
    const [r] = progressReportsFrom([recorded(report('r1', 70), '2023-06-15T02:00:00.000Z'), recorded(correction('r1', 40), correctedAt)]);
    return correctionsOf(state.tasks.get(taskId)!, { ...r!, taskId });
  };
  const rows: ReportCorrectionRow[] = [
    // Late: after 29/6 (task) and after 30/9 (plan, third quarter).
    ...taskRows('bg-t', '2023-08-01T00:00:00.000Z'),
    ...planRows(
      state,
      'bg-pl',
      [planValues('bg-pl', 'q3', 'so', [{ targetId: 't', value: 5 }]), '2023-09-20'],
      [planCorrection('bg-pl', 'q3', 4), '2023-10-10', '2023-10-10T00:00:00.000Z'],
    ),
    ...planRows(
      state,
      'hn-pl',
      [planValues('hn-pl', 'q3', 'so', [{ targetId: 't', value: 5 }]), '2023-09-20'],
      [planCorrection('hn-pl', 'q3', 4), '2023-07-15', '2023-12-01T00:00:00.000Z'],
    ),
    // On time: before 29/6 and 30/9.
    ...taskRows('hn-t', '2023-06-20T00:00:00.000Z'),
    ...planRows(
      state,
      'bg-pl',
      [planValues('bg-pl', 'q3b', 'so', [{ targetId: 't', value: 5 }]), '2023-09-01'],
      [planCorrection('bg-pl', 'q3b', 4), '2023-09-02', '2023-09-02T00:00:00.000Z'],
    ),
  ];
  const listed = (provinceId: string | null, from: string | null = null, to: string | null = null) =>
    lateCorrections(rows, { provinceId, from, to }).map((r) => [r.provinceId, r.taskId ?? r.planId, r.recordedAt]);

  it('lists only late ones, tasks and plans alike, oldest correction first', () => {
    expect(listed(null)).toEqual([
      ['bg', 'bg-t', '2023-08-01T00:00:00.000Z'],
      ['bg', 'bg-pl', '2023-10-10T00:00:00.000Z'],
      ['hn', 'hn-pl', '2023-12-01T00:00:00.000Z'],
    ]);
  });

  it("keeps one province's tasks and plans", () => {
    expect(listed('hn')).toEqual([['hn', 'hn-pl', '2023-12-01T00:00:00.000Z']]);
    expect(listed('bg').map(([, id]) => id)).toEqual(['bg-t', 'bg-pl']);
    expect(listed('elsewhere')).toEqual([]);
  });

  it('bounds when the correction was recorded, both ends included', () => {
    expect(listed(null, '2023-10-10T00:00:00.000Z').map(([, id]) => id)).toEqual(['bg-pl', 'hn-pl']);
    expect(listed(null, null, '2023-10-10T00:00:00.000Z').map(([, id]) => id)).toEqual(['bg-t', 'bg-pl']);
    expect(listed(null, '2023-08-01T00:00:00.001Z', '2023-11-30T23:59:59.999Z').map(([, id]) => id)).toEqual(['bg-pl']);
    expect(listed('bg', '2023-10-11T00:00:00.000Z')).toEqual([]);
  });
});
