import type { PlatformEvent } from '@monitor/domain';
import { deadlineChanged, plan, province, stateFrom, task } from '../testing/monitoring-fixtures.js';
import type { ProjectedEvent } from './monitoring.state.js';
import { progressReportsFrom } from './progress-reports.js';
import { correctionsOf, reportingDeadlineOf } from './report-corrections.js';

const recorded = (event: PlatformEvent, recordedAt: string, occurredAt = recordedAt): ProjectedEvent =>
  ({ ...event, stream: 'task-t', revision: 0, position: 1n, metadata: { actor: null, occurredAt, occurredAtPrecision: 'INSTANT', recordedBy: 't', recordedAt, correlationId: 'c', causationId: null }, occurredAt, recordedAt, simulated: false }) as ProjectedEvent;

const report = (reportId: string, percentComplete: number): PlatformEvent => ({ type: 'ProgressReported', data: { taskId: 't', reportId, unitId: 'u', percentComplete, summary: `${percentComplete}%` } });
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
    expect(reports.map((r) => [r.id, r.percentComplete, r.summary, r.corrections!.map((c) => [c.previousPercentComplete, c.percentComplete])])).toEqual([
      ['r1', 45, '45%', [[70, 40], [40, 45]]],
      ['r2', 80, '80%', []],
    ]);
  });

  it('restates the target values a correction gives, and keeps the others as reported', () => {
    const withValues: PlatformEvent = { type: 'ProgressReported', data: { taskId: 't', reportId: 'r1', unitId: 'u', percentComplete: 50, summary: null, values: [{ targetId: 'a', value: 1 }, { targetId: 'b', value: 2 }] } };
    const restating: PlatformEvent = { type: 'ProgressReportCorrected', data: { taskId: 't', correctsReportId: 'r1', unitId: 'u', percentComplete: 50, summary: null, values: [{ targetId: 'b', value: 5 }], reason: 'nhầm' } };
    const [r1] = progressReportsFrom([recorded(withValues, '2020-06-15T02:00:00.000Z'), recorded(restating, '2020-06-20T02:00:00.000Z'), recorded(correction('r1', 60), '2020-06-21T02:00:00.000Z')]);
    expect(r1!.values).toEqual([{ targetId: 'a', value: 1 }, { targetId: 'b', value: 5 }]);
    expect(r1!.corrections!.map((c) => [c.values, c.previousValues])).toEqual([
      [[{ targetId: 'b', value: 5 }], [{ targetId: 'b', value: 2 }]],
      [[], []],
    ]);
  });

  it('takes the deadline in force when the report was recorded, to the end of its due day in Vietnam', () => {
    const state = stateFrom([province('p', 'P'), '2020-01-01'], [plan('pl', 'p', '2020-05-01', []), '2020-05-01'], [task('t', 'pl', 'p', 'trước ngày 30/6/2020'), '2020-05-01']);
    const t = state.tasks.get('t')!;
    // "trước ngày 30/6/2020" is due 29/6; its end in Vietnam is 16:59:59.999 UTC.
    expect(reportingDeadlineOf(t, '2020-06-15T00:00:00.000Z')).toBe('2020-06-29T16:59:59.999Z');
    const [r1] = progressReportsFrom([recorded(report('r1', 70), '2026-01-01T00:00:00Z'), recorded(correction('r1', 40), '2026-01-01T00:00:00Z')]);
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
    const [r1] = progressReportsFrom([recorded(report('r1', 70), '2026-06-01T00:00:00.000Z'), recorded(correction('r1', 40), '2027-01-01T00:00:00.000Z')]);
    expect(correctionsOf(t, r1!)).toMatchObject([{ reportingDeadline: null, late: false }]);
  });
});
