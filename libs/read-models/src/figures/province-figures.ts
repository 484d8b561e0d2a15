import { directiveWithDescendants } from '../views/lookups.js';
import type { DirectiveView, MonitoringState, PlanView, TaskView } from '../views/monitoring.state.js';
import { asKnownBy } from '../views/record-corrections.js';
import { planLag } from './lag.js';
import { planReporting, reportingRates } from './reporting-rate.js';
import { countPlanTargets, targetAttainmentOn } from './target-attainment.js';
import { deadlineChangedOn, taskStatus } from './task-status.js';

const EVERYTHING = Number.POSITIVE_INFINITY;
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Whether a plan, as shown at `knownMs`, carries out one of `directiveIds`: it implements one, or its parent plan does. */
const carriesOut = (state: MonitoringState, plan: PlanView, directiveIds: ReadonlySet<string>, knownMs: number): boolean => {
  if (asKnownBy(plan, knownMs).implements.some((id) => directiveIds.has(id))) return true;
  const parent = plan.parentPlanId ? state.plans.get(plan.parentPlanId) : undefined;
  return parent !== undefined && carriesOut(state, parent, directiveIds, knownMs);
};

/**
 * A province's plans for a directive (docs/metrics.md, "Plan lag"): those naming it or a directive
 * implementing it, and those issued under them, issued by `day` and recorded by `knownMs`, each as
 * the platform showed it then; in the order of their issue days.
 */
export const provincePlansFor = (
  state: MonitoringState,
  directive: DirectiveView,
  provinceId: string,
  day: number,
  knownMs = EVERYTHING,
): PlanView[] => {
  const directiveIds = new Set(directiveWithDescendants(state, directive).map((d) => d.id));
  return [...state.plans.values()]
    .filter((plan) => plan.provinceId === provinceId && plan.issued.knownMs <= knownMs)
    .filter((plan) => asKnownBy(plan, knownMs).issued.occurredDay <= day && carriesOut(state, plan, directiveIds, knownMs))
    .map((plan) => asKnownBy(plan, knownMs))
    .sort((a, b) => a.issued.occurredDay - b.issued.occurredDay);
};

/** The tasks of some plans defined by `day` and recorded by `knownMs`. */
const tasksOf = (state: MonitoringState, plans: readonly PlanView[], day: number, knownMs: number): TaskView[] =>
  plans
    .flatMap((plan) => plan.taskIds.map((id) => state.tasks.get(id)!))
    .filter((task) => task.defined.occurredDay <= day && task.defined.knownMs <= knownMs);

/**
 * One historical province's figures on a directive, each written as docs/metrics.md defines it, over
 * the plain views only: the oracle the comparison's columnar path is tested against.
 */
export const provinceFigures = (
  state: MonitoringState,
  directive: DirectiveView,
  provinceId: string,
  day: number,
  knownMs = EVERYTHING,
) => {
  const plans = provincePlansFor(state, directive, provinceId, day, knownMs);
  const counts = { tasks: 0, completed: 0, completedOnTime: 0, overdue: 0, inProgress: 0, notStarted: 0, cancelled: 0 };
  const original = { deadlineChanged: 0, completedOnTimeAgainstOriginal: 0, overdueAgainstOriginal: 0 };
  const targets = { targets: 0, targetsWithValue: 0, targetsAttained: 0 };
  for (const task of tasksOf(state, plans, day, knownMs)) {
    const status = taskStatus(task, day, knownMs);
    if (status === 'CANCELLED') {
      counts.cancelled++;
      continue;
    }
    counts.tasks++;
    if (status === 'COMPLETED' || status === 'COMPLETED_LATE') counts.completed++;
    if (status === 'COMPLETED') counts.completedOnTime++;
    if (status === 'OVERDUE') counts.overdue++;
    if (status === 'IN_PROGRESS') counts.inProgress++;
    if (status === 'NOT_STARTED') counts.notStarted++;
    if (deadlineChangedOn(task, day, knownMs)) original.deadlineChanged++;
    const againstOriginal = taskStatus(task, day, knownMs, true);
    if (againstOriginal === 'COMPLETED') original.completedOnTimeAgainstOriginal++;
    if (againstOriginal === 'OVERDUE') original.overdueAgainstOriginal++;
    for (const { attainment } of targetAttainmentOn(task, day, knownMs)) {
      targets.targets++;
      if (attainment !== 'NO_VALUE') targets.targetsWithValue++;
      if (attainment === 'ATTAINED') targets.targetsAttained++;
    }
  }
  countPlanTargets(plans, day, knownMs, targets);
  const reporting = { expectedReports: 0, receivedReports: 0, receivedReportsOnTime: 0 };
  for (const plan of plans) {
    const figures = planReporting(state, state.plans.get(plan.id)!, day, knownMs);
    reporting.expectedReports += figures.expectedReports;
    reporting.receivedReports += figures.receivedReports;
    reporting.receivedReportsOnTime += figures.receivedReportsOnTime;
  }
  const lag = planLag(asKnownBy(directive, knownMs), plans);
  return {
    planIds: plans.map((p) => p.id),
    planLagDays: lag.days,
    planLagMinDays: lag.minDays,
    planLagMaxDays: lag.maxDays,
    ...counts,
    ...original,
    ...targets,
    ...reporting,
    completionRate: ratio(counts.completed, counts.tasks),
    onTimeRate: ratio(counts.completedOnTime, counts.completed),
    onTimeRateAgainstOriginal: ratio(original.completedOnTimeAgainstOriginal, counts.completed),
    ...reportingRates(reporting),
    targetAttainmentRate: ratio(targets.targetsAttained, targets.targets),
  };
};
