import {
  cancelled,
  completed,
  deadlineChanged,
  directive,
  merged,
  plan,
  province,
  reported,
  stateFrom,
  task,
  type Fact,
} from '../testing/monitoring-fixtures.js';
import { governmentTaskSummary, type GovernmentTaskSummary } from './government-task-summary.js';
import { compareProvinces } from '../queries/province-comparison.query.js';

describe("the Government's task summary from counts by status", () => {
  it("splits its 2017 report's 21,914 tasks as the report does, the shares of the whole", () => {
    const summary = governmentTaskSummary({
      tasks: 21_914,
      completed: 16_051,
      completedOnTime: 14_068,
      overdue: 223,
      inProgress: 5_000,
      notStarted: 640,
      cancelled: 0,
    });
    expect(summary).toEqual({
      tasks: 21_914,
      completedOnTime: 14_068,
      completedLate: 1_983,
      notCompletedWithinDeadline: 5_640,
      notCompletedOverdue: 223,
      cancelled: 0,
      completedOnTimeShare: 14_068 / 21_914,
      completedLateShare: 1_983 / 21_914,
      notCompletedWithinDeadlineShare: 5_640 / 21_914,
      notCompletedOverdueShare: 223 / 21_914,
    });
  });

  it('gives no share where there is no task', () => {
    expect(
      governmentTaskSummary({ tasks: 0, completed: 0, completedOnTime: 0, overdue: 0, inProgress: 0, notStarted: 0, cancelled: 2 }),
    ).toMatchObject({
      tasks: 0,
      cancelled: 2,
      completedOnTimeShare: null,
      notCompletedOverdueShare: null,
    });
  });
});

/**
 * Hà Nam: on time, late (its completion recorded only in June 2022), overdue, recurring (no due day),
 * due 2030 and not started, cancelled. Nam Định: one completed within an extended deadline, one with
 * no deadline. Bắc Giang: one overdue. Hà Nam and Nam Định merged into Ninh Bình on 01/07/2025.
 */
const facts: Fact[] = [
  [province('ha-nam', 'Hà Nam'), '2020-01-01'],
  [province('nam-dinh', 'Nam Định'), '2020-01-01'],
  [province('ninh-binh', 'Ninh Bình'), '2020-01-01'],
  [province('bac-giang', 'Bắc Giang'), '2020-01-01'],
  [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25'],
  [plan('hn', 'ha-nam', '2020-09-16', ['696/QĐ-TTg']), '2020-09-16'],
  [task('hn-1', 'hn', 'ha-nam', 'trước ngày 01/12/2020'), '2020-09-16'],
  [task('hn-2', 'hn', 'ha-nam', 'trước ngày 01/12/2020'), '2020-09-16'],
  [task('hn-3', 'hn', 'ha-nam', 'trong năm 2021'), '2020-09-16'],
  [task('hn-4', 'hn', 'ha-nam', 'thường xuyên hàng năm'), '2020-09-16'],
  [task('hn-5', 'hn', 'ha-nam', 'trong năm 2030'), '2020-09-16'],
  [task('hn-6', 'hn', 'ha-nam', 'trong năm 2021'), '2020-09-16'],
  [completed('hn-1'), '2020-11-20'],
  [completed('hn-2'), '2020-12-15', '2022-06-01'],
  [reported('hn-3', 'r'), '2021-03-01'],
  [cancelled('hn-6'), '2021-02-01'],
  [plan('nd', 'nam-dinh', '2020-10-01', ['696/QĐ-TTg']), '2020-10-01'],
  [task('nd-1', 'nd', 'nam-dinh', 'trong năm 2020'), '2020-10-01'],
  [task('nd-2', 'nd', 'nam-dinh', 'không'), '2020-10-01'],
  [deadlineChanged('nd-1', 'trong năm 2022'), '2020-12-01'],
  [completed('nd-1'), '2021-06-01'],
  [completed('nd-2'), '2021-08-01'],
  [plan('bg', 'bac-giang', '2020-08-01', ['696/QĐ-TTg']), '2020-08-01'],
  [task('bg-1', 'bg', 'bac-giang', 'trong năm 2020'), '2020-08-01'],
  [merged('ninh-binh', ['ha-nam', 'nam-dinh'], '2025-07-01'), '2025-07-01', '2025-07-02'],
];
// Each fact recorded on the day it happened, unless it says otherwise.
const state = stateFrom(...facts.map(([event, occurredOn, recordedOn]): Fact => [event, occurredOn, recordedOn ?? occurredOn]));
const directive696 = state.directives.get('696/QĐ-TTg')!;
const ASOF = '2022-01-01T00:00:00Z';
const counts = (s: GovernmentTaskSummary) => [
  s.tasks,
  s.completedOnTime,
  s.completedLate,
  s.notCompletedWithinDeadline,
  s.notCompletedOverdue,
  s.cancelled,
];

describe("the Government's task summary of a comparison", () => {
  const comparison = compareProvinces(state, { directive: directive696, asOf: ASOF });
  const row = (id: string) => comparison.rows.find((r) => r.provinceId === id)!;

  it('splits each province from the statuses of its tasks, the cancelled left out', () => {
    // [tasks, on time, late, within the deadline, overdue, cancelled]
    expect(counts(row('ha-nam').summary)).toEqual([5, 1, 1, 2, 1, 1]);
    expect(counts(row('nam-dinh').summary)).toEqual([2, 2, 0, 0, 0, 0]);
    expect(counts(row('bac-giang').summary)).toEqual([1, 0, 0, 0, 1, 0]);
    expect(counts(row('ninh-binh').summary)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(row('ha-nam').summary).toMatchObject({
      completedOnTimeShare: 1 / 5,
      completedLateShare: 1 / 5,
      notCompletedWithinDeadlineShare: 2 / 5,
      notCompletedOverdueShare: 1 / 5,
    });
  });

  it("adds up to each row's tasks, and the nation's to the sum of the provinces", () => {
    for (const r of comparison.rows) {
      const s = r.summary;
      expect(s.completedOnTime + s.completedLate + s.notCompletedWithinDeadline + s.notCompletedOverdue).toBe(r.tasks);
      expect(s.tasks + s.cancelled).toBe(r.tasks + r.cancelled);
    }
    expect(counts(comparison.summary)).toEqual([8, 3, 1, 2, 2, 1]);
    expect(comparison.summary).toMatchObject({
      completedOnTimeShare: 3 / 8,
      completedLateShare: 1 / 8,
      notCompletedWithinDeadlineShare: 2 / 8,
      notCompletedOverdueShare: 2 / 8,
    });
  });

  it('gives the same nation in the successors view, Ninh Bình holding Hà Nam and Nam Định', () => {
    const successors = compareProvinces(state, { directive: directive696, asOf: ASOF, provinceLevel: 'SUCCESSORS' });
    expect(counts(successors.rows.find((r) => r.provinceId === 'ninh-binh')!.summary)).toEqual([7, 3, 1, 2, 1, 1]);
    expect(successors.summary).toEqual(comparison.summary);
  });

  it('shows what the platform showed with knownAsOf: a completion recorded later was still overdue', () => {
    const shown = compareProvinces(state, { directive: directive696, asOf: ASOF, knownAsOf: ASOF });
    expect(counts(shown.rows.find((r) => r.provinceId === 'ha-nam')!.summary)).toEqual([5, 1, 0, 2, 2, 1]);
    expect(counts(shown.summary)).toEqual([8, 3, 0, 2, 3, 1]);
  });

  it('follows asOf: before the due days, every open task is within the deadline', () => {
    expect(counts(compareProvinces(state, { directive: directive696, asOf: '2020-11-25T00:00:00Z' }).summary)).toEqual([9, 1, 0, 8, 0, 0]);
  });

  it('sums only the provinces shown', () => {
    const two = compareProvinces(state, { directive: directive696, asOf: ASOF, provinceIds: ['ha-nam', 'bac-giang'] });
    expect(counts(two.summary)).toEqual([6, 1, 1, 2, 2, 1]);
  });
});
