import { directiveWithDescendants, plansForDirective } from '../views/lookups.js';
import type { DirectiveView, MonitoringState, PlanView } from '../views/monitoring.state.js';
import { reportingSlotsOf, type ReportingSlots } from './reporting-counts.js';
import { rowsOf, type TaskTable } from './task-table.js';
import { taskTableOf } from './task-table.projection.js';

/** One province's plans for a directive, ordered by when they were issued, with their tasks' rows. */
export interface ProvincePlans {
  readonly provinceId: string;
  readonly plans: readonly PlanView[];
  readonly issuedDay: Int32Array;
  /** Smallest first/last possible issue day among plans[0..i]: the first plan's lag range as of any day. */
  readonly minFirstDay: Int32Array;
  readonly minLastDay: Int32Array;
  /**
   * Task-table rows of all the plans, plan after plan, as runs of consecutive rows [runStart, runEnd):
   * a plan's tasks are mostly defined together, so the hot loop reads the table in order and no list
   * of rows besides. Plan i's runs end at planRunsEnd[i].
   */
  readonly runStart: Int32Array;
  readonly runEnd: Int32Array;
  readonly planRunsEnd: Int32Array;
  /** Per plan: its own first and last possible issue day, and when it was recorded (epoch ms). */
  readonly firstDay: Int32Array;
  readonly lastDay: Int32Array;
  readonly knownMs: Float64Array;
  /** One slot per plan, duty and reporter unit, for the reporting rate. */
  readonly reporting: ReportingSlots;
  /** Task rows whose task sets targets, and their plan's position: few, so listed apart. */
  readonly targetRows: Int32Array;
  readonly targetRowPlan: Int32Array;
  /** Positions of the plans that set targets of their own (a plan's goals, not one task's). */
  readonly targetPlans: Int32Array;
}

interface CachedIndex {
  readonly version: number;
  readonly byProvince: Map<string, ProvincePlans>;
}

const cache = new WeakMap<MonitoringState, Map<string, CachedIndex>>();

const rowsWithTargets = (table: TaskTable, plans: readonly PlanView[]) => {
  const rows: number[] = [];
  const planOf: number[] = [];
  plans.forEach((plan, p) => {
    for (const row of rowsOf(table, plan.taskIds)) {
      if (table.tasks[row].targets.length === 0) continue;
      rows.push(row);
      planOf.push(p);
    }
  });
  return { targetRows: Int32Array.from(rows), targetRowPlan: Int32Array.from(planOf) };
};

const indexProvince = (state: MonitoringState, provinceId: string, plans: PlanView[]): ProvincePlans => {
  plans.sort((a, b) => a.issued.occurredDay - b.issued.occurredDay);
  const n = plans.length;
  const issuedDay = new Int32Array(n);
  const minFirstDay = new Int32Array(n);
  const minLastDay = new Int32Array(n);
  const planRunsEnd = new Int32Array(n);
  const runStart: number[] = [];
  const runEnd: number[] = [];
  const table = taskTableOf(state);
  plans.forEach((plan, i) => {
    issuedDay[i] = plan.issued.occurredDay;
    minFirstDay[i] = i === 0 ? plan.issuedFirstDay : Math.min(minFirstDay[i - 1], plan.issuedFirstDay);
    minLastDay[i] = i === 0 ? plan.issuedLastDay : Math.min(minLastDay[i - 1], plan.issuedLastDay);
    const planRuns = runStart.length;
    for (const row of rowsOf(table, plan.taskIds)) {
      if (runStart.length > planRuns && runEnd[runEnd.length - 1] === row) runEnd[runEnd.length - 1]++;
      else {
        runStart.push(row);
        runEnd.push(row + 1);
      }
    }
    planRunsEnd[i] = runStart.length;
  });
  return {
    provinceId,
    plans,
    issuedDay,
    minFirstDay,
    minLastDay,
    runStart: Int32Array.from(runStart),
    runEnd: Int32Array.from(runEnd),
    planRunsEnd,
    firstDay: Int32Array.from(plans, (p) => p.issuedFirstDay),
    lastDay: Int32Array.from(plans, (p) => p.issuedLastDay),
    knownMs: Float64Array.from(plans, (p) => p.issued.knownMs),
    reporting: reportingSlotsOf(state, provinceId, plans),
    ...rowsWithTargets(table, plans),
    targetPlans: Int32Array.from(plans.flatMap((plan, p) => (plan.targets.length > 0 ? [p] : []))),
  };
};

/** Whether any plan named the directive (or a descendant) before a correction took it out. */
const hasFormerPlans = (state: MonitoringState, directive: DirectiveView): boolean =>
  directiveWithDescendants(state, directive).some((d) => (d.formerPlanIds?.length ?? 0) > 0);

/**
 * A directive's plans grouped by province, derived from the views and kept until a province,
 * directive, plan or task is added or corrected: comparisons then only judge task rows, the part
 * that changes with the day asked about. `formerToo` adds the plans that named the directive before
 * a correction, for "what the platform showed" (the caller judges each plan as then known).
 */
export const directivePlansByProvince = (
  state: MonitoringState,
  directive: DirectiveView,
  formerToo = false,
): Map<string, ProvincePlans> => {
  if (formerToo && !hasFormerPlans(state, directive)) formerToo = false;
  let perDirective = cache.get(state);
  if (!perDirective) cache.set(state, (perDirective = new Map()));
  const key = formerToo ? `${directive.id}\u0000former` : directive.id;
  const cached = perDirective.get(key);
  if (cached && cached.version === state.structureVersion) return cached.byProvince;
  const grouped = new Map<string, PlanView[]>();
  for (const planId of plansForDirective(state, directive, formerToo)) {
    const plan = state.plans.get(planId)!;
    const list = grouped.get(plan.provinceId);
    if (list) list.push(plan);
    else grouped.set(plan.provinceId, [plan]);
  }
  const byProvince = new Map([...grouped].map(([provinceId, plans]) => [provinceId, indexProvince(state, provinceId, plans)]));
  perDirective.set(key, { version: state.structureVersion, byProvince });
  return byProvince;
};
