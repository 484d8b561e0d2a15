import { dayNumber } from '@monitor/domain';
import { completed, cancelled, deadlineChanged, reported, stateFrom, task } from '../testing/monitoring-fixtures.js';
import { statusKnownBy } from './task-rows.js';
import { taskStatusOn } from '../figures/task-status.js';
import { NEVER_MS } from './task-table.js';
import { taskTableOf } from './task-table.projection.js';

type Fact = Parameters<typeof stateFrom>[0];

/** A task 't' and its status on a day, from its history. */
const history = (...facts: Fact[]) => {
  const state = stateFrom(...facts);
  const t = state.tasks.get('t')!;
  return { task: t, on: (day: string) => taskStatusOn(state, t, dayNumber(day)) };
};

describe('task status on a day', () => {
  const due10June = (...later: Fact[]) => history([task('t', 'p', 'ha-nam', 'trước ngày 10/6/2020'), '2020-05-20'], ...later);

  it('is NOT_STARTED before any report, IN_PROGRESS after one, OVERDUE after the last on-time day', () => {
    const t = due10June([reported('t', 'r1'), '2020-06-01']);
    expect(t.on('2020-05-25')).toBe('NOT_STARTED');
    expect(t.on('2020-06-01')).toBe('IN_PROGRESS');
    // "trước ngày 10/6/2020": 9 June is the last on-time day, so the task is overdue on 10 June.
    expect(t.on('2020-06-09')).toBe('IN_PROGRESS');
    expect(t.on('2020-06-10')).toBe('OVERDUE');
  });

  it('counts a completion on the due day as on time, and the next day as late', () => {
    expect(due10June([completed('t'), '2020-06-09']).on('2021-01-01')).toBe('COMPLETED');
    expect(due10June([completed('t'), '2020-06-10']).on('2021-01-01')).toBe('COMPLETED_LATE');
  });

  it('judges against the deadline in force: an extension recorded before completion makes it on time', () => {
    const t = due10June([deadlineChanged('t', 'trước ngày 30/6/2020'), '2020-06-05'], [completed('t'), '2020-06-20']);
    expect(t.on('2020-06-15')).toBe('NOT_STARTED');
    expect(t.on('2020-07-01')).toBe('COMPLETED');
    expect(t.task.deadlines[0].deadline.due).toBe('2020-06-09');
  });

  it('applies a deadline moved twice from the day each move happened', () => {
    const t = due10June(
      [deadlineChanged('t', 'trước ngày 30/6/2020'), '2020-06-05'],
      [deadlineChanged('t', 'trong năm 2020'), '2020-06-25'],
    );
    expect(t.on('2020-06-04')).toBe('NOT_STARTED');
    expect(t.on('2020-06-12')).toBe('NOT_STARTED');
    expect(t.on('2020-06-29')).toBe('NOT_STARTED');
    expect(t.on('2021-01-01')).toBe('OVERDUE');
  });

  it('never calls a recurring, open-ended or undated task overdue', () => {
    for (const wording of ['thường xuyên hàng năm', 'từ năm 2021', 'không']) {
      expect(history([task('t', 'p', 'x', wording), '2020-05-20']).on('2030-01-01')).toBe('NOT_STARTED');
    }
  });

  it('shows CANCELLED from the day of cancellation', () => {
    const t = due10June([cancelled('t'), '2020-06-20']);
    expect(t.on('2020-06-15')).toBe('OVERDUE');
    expect(t.on('2020-06-20')).toBe('CANCELLED');
  });
});

describe('task status against the original deadline', () => {
  it('shows an extension: on time against the deadline in force, late against the one first set', () => {
    const state = stateFrom(
      [task('t', 'p', 'x', 'trước ngày 10/6/2020'), '2020-05-20'],
      [deadlineChanged('t', 'trước ngày 30/6/2020'), '2020-06-05'],
      [deadlineChanged('t', 'trước ngày 31/7/2020'), '2020-06-25'],
      [completed('t'), '2020-07-10'],
    );
    const table = taskTableOf(state);
    const row = table.rowOf.get('t')!;
    // 20/06: in force 29/06 (not overdue); original 09/06: overdue. 10/07: completed within 30/07; late against 09/06.
    expect(statusKnownBy(table, row, dayNumber('2020-06-20'), NEVER_MS)).toBe('NOT_STARTED');
    expect(statusKnownBy(table, row, dayNumber('2020-06-20'), NEVER_MS, true)).toBe('OVERDUE');
    expect(statusKnownBy(table, row, dayNumber('2020-07-15'), NEVER_MS)).toBe('COMPLETED');
    expect(statusKnownBy(table, row, dayNumber('2020-07-15'), NEVER_MS, true)).toBe('COMPLETED_LATE');
  });
});
