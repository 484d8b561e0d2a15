import { daysBetween, vietnamDayNumber } from '@monitor/domain';
import { plansForDirective } from './lookups.js';
import type { DirectiveView, MonitoringState, PlanView } from './monitoring.state.js';
import { taskStatusOn } from './task-status.js';

export interface ProvinceImplementationRow {
  readonly provinceId: string;
  readonly planIds: readonly string[];
  /** Exact only when the first plan's date is a day; otherwise the range below is the truth. */
  readonly planLagDays: number | null;
  readonly planLagMinDays: number | null;
  readonly planLagMaxDays: number | null;
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

export interface DirectiveComparisonResult {
  readonly directiveId: string;
  readonly asOf: string;
  readonly rows: readonly ProvinceImplementationRow[];
}

export interface CompareProvincesInput {
  readonly directive: DirectiveView;
  /** ISO instant; the comparison counts what had happened by then (by `occurredAt`). */
  readonly asOf: string;
  /** Province ids to show; all the directive concerns when omitted. */
  readonly provinceIds?: readonly string[];
}

const byName = (state: MonitoringState, ids: string[]) =>
  ids.sort((a, b) => state.provinces.get(a)!.name.localeCompare(state.provinces.get(b)!.name, 'vi'));

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

const row = (state: MonitoringState, directive: DirectiveView, provinceId: string, plans: PlanView[], day: number): ProvinceImplementationRow => {
  let minLag: number | null = null;
  let maxLag: number | null = null;
  const counts = { tasks: 0, completed: 0, completedOnTime: 0, overdue: 0, inProgress: 0, notStarted: 0, cancelled: 0 };
  for (const plan of plans) {
    const lag = daysBetween(directive.issuedOn, plan.issuedOn);
    minLag = minLag === null ? lag.min : Math.min(minLag, lag.min);
    maxLag = maxLag === null ? lag.max : Math.min(maxLag, lag.max);
    for (const taskId of plan.taskIds) {
      const task = state.tasks.get(taskId)!;
      if (task.defined.occurredDay > day) continue;
      const status = taskStatusOn(task, day);
      if (status === 'CANCELLED') {
        counts.cancelled++;
        continue;
      }
      counts.tasks++;
      if (status === 'COMPLETED') counts.completedOnTime++;
      if (status === 'COMPLETED' || status === 'COMPLETED_LATE') counts.completed++;
      else if (status === 'OVERDUE') counts.overdue++;
      else if (status === 'IN_PROGRESS') counts.inProgress++;
      else counts.notStarted++;
    }
  }
  return {
    provinceId,
    planIds: plans.map((p) => p.id),
    planLagDays: minLag !== null && minLag === maxLag ? minLag : null,
    planLagMinDays: minLag,
    planLagMaxDays: maxLag,
    ...counts,
    completionRate: ratio(counts.completed, counts.tasks),
    onTimeRate: ratio(counts.completedOnTime, counts.completed),
  };
};

/**
 * One row per province on one directive: its plans (the first one's lag from the directive), and its
 * tasks' statuses on the `asOf` day. Cancelled tasks are counted apart and left out of the rates.
 */
export const compareProvinces = (state: MonitoringState, input: CompareProvincesInput): DirectiveComparisonResult => {
  const { directive, asOf } = input;
  const day = vietnamDayNumber(asOf);
  const plansByProvince = new Map<string, PlanView[]>();
  for (const planId of plansForDirective(state, directive)) {
    const plan = state.plans.get(planId)!;
    if (plan.issued.occurredDay > day) continue;
    const list = plansByProvince.get(plan.provinceId) ?? [];
    list.push(plan);
    plansByProvince.set(plan.provinceId, list);
  }
  const provinceIds =
    input.provinceIds ?? (directive.provinceId ? [directive.provinceId] : byName(state, [...state.provinces.keys()]));
  const rows = provinceIds.map((provinceId) => {
    const plans = (plansByProvince.get(provinceId) ?? []).sort((a, b) => a.issued.occurredDay - b.issued.occurredDay);
    return row(state, directive, provinceId, plans, day);
  });
  return { directiveId: directive.id, asOf, rows };
};
