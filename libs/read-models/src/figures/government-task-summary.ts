import type { TaskStatusCounts } from './task-status.js';

/**
 * Tasks split as the Government's reports on the tasks it assigned split them (docs/metrics.md):
 * completed on time (hoàn thành đúng hạn), completed late (hoàn thành quá hạn), not completed and
 * within the deadline (chưa hoàn thành, trong hạn), not completed and past it (chưa hoàn thành, quá
 * hạn). The four add up to `tasks`; cancelled tasks are left out and counted apart. A task with no
 * due day is never past it; not started or in progress, it is within the deadline.
 */
export interface GovernmentTaskSummary {
  readonly tasks: number;
  readonly completedOnTime: number;
  readonly completedLate: number;
  readonly notCompletedWithinDeadline: number;
  readonly notCompletedOverdue: number;
  readonly cancelled: number;
  /** Each count ÷ tasks; null when there is no task. */
  readonly completedOnTimeShare: number | null;
  readonly completedLateShare: number | null;
  readonly notCompletedWithinDeadlineShare: number | null;
  readonly notCompletedOverdueShare: number | null;
}

type StatusCounts = Pick<
  TaskStatusCounts,
  'tasks' | 'completed' | 'completedOnTime' | 'overdue' | 'inProgress' | 'notStarted' | 'cancelled'
>;

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

const summaryOf = (
  tasks: number,
  completedOnTime: number,
  completedLate: number,
  within: number,
  overdue: number,
  cancelled: number,
): GovernmentTaskSummary => ({
  tasks,
  completedOnTime,
  completedLate,
  notCompletedWithinDeadline: within,
  notCompletedOverdue: overdue,
  cancelled,
  completedOnTimeShare: share(completedOnTime, tasks),
  completedLateShare: share(completedLate, tasks),
  notCompletedWithinDeadlineShare: share(within, tasks),
  notCompletedOverdueShare: share(overdue, tasks),
});

/** The summary of a group of tasks from the counts by status a comparison already made: no task is read again. */
export const governmentTaskSummary = (counts: StatusCounts): GovernmentTaskSummary =>
  summaryOf(
    counts.tasks,
    counts.completedOnTime,
    counts.completed - counts.completedOnTime,
    counts.inProgress + counts.notStarted,
    counts.overdue,
    counts.cancelled,
  );

/** The summaries of disjoint groups (the provinces of a comparison) added up, shares recomputed from the sums. */
export const sumOfSummaries = (summaries: readonly GovernmentTaskSummary[]): GovernmentTaskSummary => {
  let tasks = 0;
  let onTime = 0;
  let late = 0;
  let within = 0;
  let overdue = 0;
  let cancelled = 0;
  for (const s of summaries) {
    tasks += s.tasks;
    onTime += s.completedOnTime;
    late += s.completedLate;
    within += s.notCompletedWithinDeadline;
    overdue += s.notCompletedOverdue;
    cancelled += s.cancelled;
  }
  return summaryOf(tasks, onTime, late, within, overdue, cancelled);
};
