import { deadlineInForce, type TaskStatus } from '../figures/task-status.js';
import { NEVER, NEVER_MS, type TaskTable } from './task-table.js';

const dueDayOn = (table: TaskTable, row: number, day: number, knownMs = NEVER_MS): number =>
  table.deadlineChanged[row] === 1 ? (deadlineInForce(table.tasks[row], day, knownMs).dueDay ?? NEVER) : table.dueDay[row];

/**
 * The status of the task in a task-table row on a day (Vietnamese calendar day number), from what
 * had happened by then. Completion is judged against the deadline in force when it was completed;
 * a task with no due day (recurring, open-ended, none) is never overdue and its completion is on time.
 */
export const statusOfRow = (table: TaskTable, row: number, day: number): TaskStatus => {
  if (table.cancelledDay[row] <= day) return 'CANCELLED';
  const completed = table.completedDay[row];
  if (completed <= day) return completed <= dueDayOn(table, row, completed) ? 'COMPLETED' : 'COMPLETED_LATE';
  if (day > dueDayOn(table, row, day)) return 'OVERDUE';
  if (table.firstReportDay[row] <= day) return 'IN_PROGRESS';
  return 'NOT_STARTED';
};

/** The first report's day among the reports recorded by `knownMs`. */
const firstReportKnownBy = (table: TaskTable, row: number, knownMs: number): number => {
  if (table.firstReportKnown[row] > knownMs) return NEVER;
  if (table.reportsOutOfOrder[row] === 0) return table.firstReportDay[row];
  let first = NEVER;
  for (const [known, day] of table.tasks[row].reportFrontier!) if (known <= knownMs) first = day;
  return first;
};

/**
 * The status on a day as the platform showed it at `knownMs`: only facts recorded by then count
 * (the caller skips rows whose task was not yet recorded). With knownMs = NEVER_MS it equals statusOfRow.
 * `againstOriginal` judges against the deadline as first set, as if no extension had been granted.
 */
export const statusKnownBy = (table: TaskTable, row: number, day: number, knownMs: number, againstOriginal = false): TaskStatus => {
  if (table.cancelledDay[row] <= day && table.cancelledKnown[row] <= knownMs) return 'CANCELLED';
  // Only rows whose deadline ever changed need the deadline-in-force look-up (no closure: hot loop).
  const lookUp = !againstOriginal && table.deadlineChanged[row] === 1;
  const completed = table.completedKnown[row] <= knownMs ? table.completedDay[row] : NEVER;
  if (completed <= day) {
    const due = lookUp ? dueDayOn(table, row, completed, knownMs) : table.dueDay[row];
    return completed <= due ? 'COMPLETED' : 'COMPLETED_LATE';
  }
  if (day > (lookUp ? dueDayOn(table, row, day, knownMs) : table.dueDay[row])) return 'OVERDUE';
  if (firstReportKnownBy(table, row, knownMs) <= day) return 'IN_PROGRESS';
  return 'NOT_STARTED';
};
