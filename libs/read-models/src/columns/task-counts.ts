import { deadlineInForce, type TaskStatus } from '../figures/task-status.js';
import type { MonitoringState } from '../views/monitoring.state.js';
import type { ProvincePlans } from './directive-plans.index.js';
import type { ReportingCounts } from './reporting-counts.js';
import { latestValueOn, targetValueTableOf, type TargetValueTable } from './target-values.index.js';
import { statusKnownBy, statusOfRow } from './task-rows.js';
import { NEVER, NEVER_MS, type TaskTable } from './task-table.js';
import { taskTableOf } from './task-table.projection.js';

/**
 * A province's task and target counts over the task table's rows, in the hot loops of a national
 * comparison. Each count is the one figures/ defines (queries/comparison-oracle.spec.ts checks it).
 */
export interface Counts extends ReportingCounts {
  tasks: number;
  completed: number;
  completedOnTime: number;
  overdue: number;
  inProgress: number;
  notStarted: number;
  cancelled: number;
  deadlineChanged: number;
  completedOnTimeAgainstOriginal: number;
  overdueAgainstOriginal: number;
  targets: number;
  targetsWithValue: number;
  targetsAttained: number;
}

// One literal with every field (no spread): the counters are incremented in the hottest loops, and a
// spread-built object gets a slower shape.
export const emptyCounts = (): Counts => ({
  tasks: 0,
  completed: 0,
  completedOnTime: 0,
  overdue: 0,
  inProgress: 0,
  notStarted: 0,
  cancelled: 0,
  deadlineChanged: 0,
  completedOnTimeAgainstOriginal: 0,
  overdueAgainstOriginal: 0,
  targets: 0,
  targetsWithValue: 0,
  targetsAttained: 0,
  expectedReports: 0,
  receivedReports: 0,
  receivedReportsOnTime: 0,
});

const countStatus = (counts: Counts, status: TaskStatus): void => {
  if (status === 'CANCELLED') {
    counts.cancelled++;
    return;
  }
  counts.tasks++;
  if (status === 'COMPLETED') counts.completedOnTime++;
  if (status === 'COMPLETED' || status === 'COMPLETED_LATE') counts.completed++;
  else if (status === 'OVERDUE') counts.overdue++;
  else if (status === 'IN_PROGRESS') counts.inProgress++;
  else counts.notStarted++;
};

/** A task whose deadline ever changed (or whose reports were recorded out of order): judged exactly, against the deadline in force and the original. */
const countTaskExactly = (table: TaskTable, counts: Counts, r: number, day: number, knownMs: number): void => {
  const status = knownMs === NEVER_MS ? statusOfRow(table, r, day) : statusKnownBy(table, r, day, knownMs);
  countStatus(counts, status);
  if (status === 'CANCELLED') return;
  const task = table.tasks[r];
  if (deadlineInForce(task, day, knownMs) !== task.deadlines[0]) counts.deadlineChanged++;
  const original = statusKnownBy(table, r, day, knownMs, true);
  if (original === 'COMPLETED') counts.completedOnTimeAgainstOriginal++;
  if (original === 'OVERDUE') counts.overdueAgainstOriginal++;
};

/**
 * A task not cancelled by `day`, whose deadline never changed (so the one in force is the original):
 * completed (on time or late), overdue, in progress or not started. Small enough for V8 to inline
 * into the hot loops below.
 */
const countOpenTask = (counts: Counts, completed: number, due: number, reported: boolean, day: number): void => {
  counts.tasks++;
  if (completed <= day) {
    counts.completed++;
    if (completed <= due) {
      counts.completedOnTime++;
      counts.completedOnTimeAgainstOriginal++;
    }
  } else if (day > due) {
    counts.overdue++;
    counts.overdueAgainstOriginal++;
  } else if (reported) counts.inProgress++;
  else counts.notStarted++;
};

/**
 * The hot loop of a national comparison (136,000 tasks) over everything known: the table's typed
 * arrays read in row order, run by run, and the exact deadline-in-force look-up only for the few
 * tasks whose deadline ever changed. Plans [0, plansIssued) count.
 */
export const countTasksKnownNow = (
  state: MonitoringState,
  index: ProvincePlans,
  plansIssued: number,
  day: number,
  counts: Counts,
): void => {
  const table = taskTableOf(state);
  const { definedDay, cancelledDay, completedDay, dueDay, firstReportDay, deadlineChanged } = table;
  const { runStart, runEnd } = index;
  const runs = index.planRunsEnd[plansIssued - 1];
  for (let run = 0; run < runs; run++) {
    for (let r = runStart[run]; r < runEnd[run]; r++) {
      if (definedDay[r] > day) continue;
      if (deadlineChanged[r] === 1) {
        countTaskExactly(table, counts, r, day, NEVER_MS);
        continue;
      }
      if (cancelledDay[r] <= day) {
        counts.cancelled++;
        continue;
      }
      countOpenTask(counts, completedDay[r], dueDay[r], firstReportDay[r] <= day, day);
    }
  }
};

/** The same count for plan `plan`'s tasks, restricted to what the platform had recorded by `knownMs`. */
export const countTasksKnownBy = (
  state: MonitoringState,
  index: ProvincePlans,
  plan: number,
  day: number,
  knownMs: number,
  counts: Counts,
): void => {
  const table = taskTableOf(state);
  const {
    definedDay,
    definedKnown,
    deadlineChanged,
    cancelledDay,
    cancelledKnown,
    completedDay,
    completedKnown,
    dueDay,
    firstReportDay,
    firstReportKnown,
    reportsOutOfOrder,
  } = table;
  const { runStart, runEnd, planRunsEnd } = index;
  for (let run = plan === 0 ? 0 : planRunsEnd[plan - 1]; run < planRunsEnd[plan]; run++) {
    for (let r = runStart[run]; r < runEnd[run]; r++) {
      if (definedDay[r] > day || definedKnown[r] > knownMs) continue;
      if (deadlineChanged[r] === 1 || reportsOutOfOrder[r] === 1) {
        countTaskExactly(table, counts, r, day, knownMs);
        continue;
      }
      if (cancelledDay[r] <= day && cancelledKnown[r] <= knownMs) {
        counts.cancelled++;
        continue;
      }
      const completed = completedKnown[r] <= knownMs ? completedDay[r] : NEVER;
      countOpenTask(counts, completed, dueDay[r], firstReportKnown[r] <= knownMs && firstReportDay[r] <= day, day);
    }
  }
};

/** Counts the targets of one owner (a task row or a plan) of the packed table. */
const countOwnerTargets = (values: TargetValueTable, owner: number, day: number, knownMs: number, counts: Counts): void => {
  const { targetsStart, attained } = values;
  for (let j = targetsStart[owner]; j < targetsStart[owner + 1]; j++) {
    const latest = latestValueOn(values, j, day, knownMs);
    counts.targets++;
    if (latest < 0) continue;
    counts.targetsWithValue++;
    counts.targetsAttained += attained[latest];
  }
};

/**
 * Target attainment over the tasks with targets among the first `plansIssued` plans and those plans'
 * own targets (see target-attainment.ts and target-values.index.ts). Over everything known, the
 * columns of when facts were recorded are not read at all: a national comparison is bound by memory.
 */
export const countTargets = (
  state: MonitoringState,
  index: ProvincePlans,
  plansIssued: number,
  day: number,
  knownMs: number,
  counts: Counts,
  planKnownMs = index.knownMs,
): void => {
  const { definedDay, definedKnown, cancelledDay, cancelledKnown } = taskTableOf(state);
  const values = targetValueTableOf(state, index);
  const everything = knownMs === NEVER_MS;
  for (let i = 0; i < index.targetRows.length; i++) {
    const r = index.targetRows[i];
    const plan = index.targetRowPlan[i];
    if (plan >= plansIssued || definedDay[r] > day) continue;
    if (everything) {
      if (cancelledDay[r] <= day) continue;
    } else {
      if (planKnownMs[plan] > knownMs || definedKnown[r] > knownMs) continue;
      if (cancelledDay[r] <= day && cancelledKnown[r] <= knownMs) continue;
    }
    countOwnerTargets(values, i, day, knownMs, counts);
  }
  // The plans' own targets, owners after the task rows: counted with the plans shown.
  for (let k = 0; k < index.targetPlans.length; k++) {
    const plan = index.targetPlans[k];
    if (plan >= plansIssued || (!everything && planKnownMs[plan] > knownMs)) continue;
    countOwnerTargets(values, index.targetRows.length + k, day, knownMs, counts);
  }
};
