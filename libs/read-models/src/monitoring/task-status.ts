import type { DeadlineChange, MonitoringState, TaskView } from './monitoring.state.js';
import { NEVER } from './task-table.js';

export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'COMPLETED_LATE' | 'OVERDUE' | 'CANCELLED';

/** The deadline in force on a day: the latest change that had happened by then, else the original. */
export const deadlineInForce = (task: TaskView, day: number): DeadlineChange => {
  let current = task.deadlines[0];
  for (let i = 1; i < task.deadlines.length; i++) {
    const change = task.deadlines[i];
    if (change.occurredDay <= day && change.occurredDay >= current.occurredDay) current = change;
  }
  return current;
};

const dueDayOn = (state: MonitoringState, row: number, day: number): number =>
  state.taskTable.deadlineChanged[row] === 1
    ? (deadlineInForce(state.tasksByRow[row], day).dueDay ?? NEVER)
    : state.taskTable.dueDay[row];

/**
 * The status of the task in a task-table row on a day (Vietnamese calendar day number), from what
 * had happened by then. Completion is judged against the deadline in force when it was completed;
 * a task with no due day (recurring, open-ended, none) is never overdue and its completion is on time.
 */
export const statusOfRow = (state: MonitoringState, row: number, day: number): TaskStatus => {
  const table = state.taskTable;
  if (table.cancelledDay[row] <= day) return 'CANCELLED';
  const completed = table.completedDay[row];
  if (completed <= day) return completed <= dueDayOn(state, row, completed) ? 'COMPLETED' : 'COMPLETED_LATE';
  if (day > dueDayOn(state, row, day)) return 'OVERDUE';
  if (table.firstReportDay[row] <= day) return 'IN_PROGRESS';
  return 'NOT_STARTED';
};

export const taskStatusOn = (state: MonitoringState, task: TaskView, day: number): TaskStatus => statusOfRow(state, task.row, day);
