import type { DeadlineChange, MonitoringState, TaskView } from '../views/monitoring.state.js';

export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'COMPLETED_LATE' | 'OVERDUE' | 'CANCELLED';

/** Everything known: a moment after every record. */
const EVERYTHING = Number.POSITIVE_INFINITY;

/**
 * The deadline in force on a day: the latest change that had happened by then, else the original.
 * With `knownMs`, only changes the platform had recorded by that moment count.
 */
export const deadlineInForce = (task: TaskView, day: number, knownMs = EVERYTHING): DeadlineChange => {
  let current = task.deadlines[0];
  for (let i = 1; i < task.deadlines.length; i++) {
    const change = task.deadlines[i];
    if (change.occurredDay <= day && change.occurredDay >= current.occurredDay && change.knownMs <= knownMs) current = change;
  }
  return current;
};

/** The first report's day among the reports recorded by `knownMs`; null when none was. */
export const firstReportDay = (task: TaskView, knownMs = EVERYTHING): number | null => {
  let first: number | null = null;
  for (const [known, day] of task.reportFrontier ?? []) if (known <= knownMs && (first === null || day < first)) first = day;
  return first;
};

/**
 * A task's status on a day (Vietnamese calendar day number), from what had happened by then and been
 * recorded by `knownMs` (docs/metrics.md, "Task status on a day"):
 * 1. CANCELLED from the day it was cancelled;
 * 2. completed by the day: COMPLETED when on or before the due day of the deadline in force on the
 *    completion day, else COMPLETED_LATE;
 * 3. OVERDUE when the day is after the due day in force on that day;
 * 4. IN_PROGRESS once a progress report happened, else NOT_STARTED.
 * A task with no due day is never overdue and its completion is on time. `againstOriginal` judges
 * against the deadline as first set, as if no extension had been granted.
 */
export const taskStatus = (task: TaskView, day: number, knownMs = EVERYTHING, againstOriginal = false): TaskStatus => {
  const dueOn = (on: number) => (againstOriginal ? task.deadlines[0] : deadlineInForce(task, on, knownMs)).dueDay ?? EVERYTHING;
  const { cancellation, completion } = task;
  if (cancellation && cancellation.knownMs <= knownMs && cancellation.occurredDay <= day) return 'CANCELLED';
  if (completion && completion.knownMs <= knownMs && completion.occurredDay <= day) {
    return completion.occurredDay <= dueOn(completion.occurredDay) ? 'COMPLETED' : 'COMPLETED_LATE';
  }
  if (day > dueOn(day)) return 'OVERDUE';
  const reported = firstReportDay(task, knownMs);
  return reported !== null && reported <= day ? 'IN_PROGRESS' : 'NOT_STARTED';
};

/** Whether the deadline in force on a day (as known at `knownMs`) is not the one first set. */
export const deadlineChangedOn = (task: TaskView, day: number, knownMs = EVERYTHING): boolean =>
  deadlineInForce(task, day, knownMs) !== task.deadlines[0];

/** A task's status on a day over everything known: the plain definition (figures/task-status.ts). */
export const taskStatusOn = (_state: MonitoringState, task: TaskView, day: number): TaskStatus => taskStatus(task, day);

/** A group of tasks counted by their status as of a moment (defined in docs/metrics.md). */
export interface TaskStatusCounts {
  readonly tasks: number;
  readonly completed: number;
  readonly completedOnTime: number;
  readonly overdue: number;
  readonly inProgress: number;
  readonly notStarted: number;
  readonly cancelled: number;
  readonly completionRate: number | null;
  readonly onTimeRate: number | null;
}
