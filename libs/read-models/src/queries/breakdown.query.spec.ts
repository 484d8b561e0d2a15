import type { PlatformEvent } from '@monitor/domain';
import { completed, directive, plan, province, stateFrom, task } from '../testing/monitoring-fixtures.js';
import { breakdown } from './breakdown.query.js';

const assigned = (taskId: string, leadUnitIds: string[], coordinatorUnitIds: string[]): PlatformEvent => ({
  type: 'TaskAssigned',
  data: { taskId, leadUnitIds, coordinatorUnitIds },
});

const state = stateFrom(
  [province('ha-nam', 'Hà Nam'), '2016-01-01'],
  [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25'],
  [plan('hn', 'ha-nam', '2020-09-16', ['696/QĐ-TTg']), '2020-09-16'],
  [plan('hn-dept', 'ha-nam', '2020-10-01', [], 'hn'), '2020-10-01'],
  [task('t1', 'hn', 'ha-nam', 'trong năm 2020'), '2020-09-16'],
  [task('t2', 'hn', 'ha-nam', 'trong năm 2020'), '2020-09-16'],
  [task('t3', 'hn-dept', 'ha-nam', 'trong năm 2021'), '2020-10-01'],
  // t1 led by two units; t2 by Sở KH&CN, coordinated by Sở Tài chính; t3 assigned only in 2021.
  [assigned('t1', ['so-khcn', 'so-tttt'], ['so-tc']), '2020-09-16'],
  [assigned('t2', ['so-khcn'], ['so-tc']), '2020-09-16'],
  [assigned('t3', ['so-tttt'], []), '2021-02-01'],
  [completed('t1'), '2020-12-01'],
);
const rows = (by: 'PLAN' | 'LEAD_UNIT' | 'COORDINATING_UNIT', asOf: string) =>
  breakdown(state, { directive: state.directives.get('696/QĐ-TTg')!, by, asOf, provinceIds: ['ha-nam'] }).map((r) => [
    r.key,
    r.tasks,
    r.completed,
    r.overdue,
    r.notStarted,
  ]);

describe('breakdown of a directive by plan, lead unit and coordinating unit', () => {
  it('groups tasks by the plan they belong to, the cascade included', () => {
    // 2021-01-05: t1 completed on time, t2 overdue (due 31/12/2020), t3 not started (due 31/12/2021).
    expect(rows('PLAN', '2021-01-05T00:00:00Z')).toEqual([
      ['hn', 2, 1, 1, 0],
      ['hn-dept', 1, 0, 0, 1],
    ]);
  });

  it('counts a task for each unit leading it, from the day it was assigned', () => {
    // 2021-01-05: Sở KH&CN leads t1 (done) and t2 (overdue); Sở TT&TT leads t1 only (t3 assigned on 01/02/2021).
    expect(rows('LEAD_UNIT', '2021-01-05T00:00:00Z')).toEqual([
      ['so-khcn', 2, 1, 1, 0],
      ['so-tttt', 1, 1, 0, 0],
    ]);
    expect(rows('LEAD_UNIT', '2021-03-01T00:00:00Z')).toEqual([
      ['so-khcn', 2, 1, 1, 0],
      ['so-tttt', 2, 1, 0, 1],
    ]);
  });

  it('groups by coordinating unit', () => {
    expect(rows('COORDINATING_UNIT', '2021-01-05T00:00:00Z')).toEqual([['so-tc', 2, 1, 1, 0]]);
  });
});
