import type { DeadlineChange, TaskView } from './monitoring.state.js';

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

/**
 * A task's status on a day (Vietnamese calendar day number), from what had happened by then.
 * Completion is judged against the deadline in force when it was completed; a task with no due day
 * (recurring, open-ended, none) is never overdue and its completion counts as on time.
 */
export const taskStatusOn = (task: TaskView, day: number): TaskStatus => {
  if (task.cancelledDay !== null && task.cancelledDay <= day) return 'CANCELLED';
  if (task.completedDay !== null && task.completedDay <= day) {
    const due = deadlineInForce(task, task.completedDay).dueDay;
    return due === null || task.completedDay <= due ? 'COMPLETED' : 'COMPLETED_LATE';
  }
  const due = deadlineInForce(task, day).dueDay;
  if (due !== null && day > due) return 'OVERDUE';
  if (task.firstReportDay !== null && task.firstReportDay <= day) return 'IN_PROGRESS';
  return 'NOT_STARTED';
};
