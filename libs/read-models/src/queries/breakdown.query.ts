import { notFound, vietnamDayNumber } from '@monitor/domain';
import { directivePlansByProvince } from '../columns/directive-plans.index.js';
import type { DirectiveView, MonitoringState, TaskView } from '../views/monitoring.state.js';
import type { TaskStatus, TaskStatusCounts } from '../figures/task-status.js';
import { statusKnownBy } from '../columns/task-rows.js';
import { NEVER_MS, rowsOf } from '../columns/task-table.js';
import { taskTableOf } from '../columns/task-table.projection.js';

/** How a directive's tasks are grouped: by plan, by each unit leading them, by each unit coordinating them. */
export type BreakdownKey = 'PLAN' | 'LEAD_UNIT' | 'COORDINATING_UNIT';

export interface BreakdownRow extends TaskStatusCounts {
  /** A plan id or a unit id. */
  readonly key: string;
  readonly provinceId: string;
}

export interface BreakdownInput {
  readonly directive: DirectiveView;
  readonly by: BreakdownKey;
  readonly asOf: string;
  readonly knownAsOf?: string | null;
  readonly provinceIds: readonly string[];
}

type Tally = { -readonly [K in keyof Omit<BreakdownRow, 'key' | 'provinceId' | 'completionRate' | 'onTimeRate'>]: number };

const tally = (t: Tally, status: TaskStatus) => {
  if (status === 'CANCELLED') return void t.cancelled++;
  t.tasks++;
  if (status === 'COMPLETED') t.completedOnTime++;
  if (status === 'COMPLETED' || status === 'COMPLETED_LATE') t.completed++;
  else if (status === 'OVERDUE') t.overdue++;
  else if (status === 'IN_PROGRESS') t.inProgress++;
  else t.notStarted++;
};

/** The units holding a role on a task by `day`, as recorded by `knownMs`; a task with two leads counts for each. */
const unitsOf = (task: TaskView, role: 'LEAD' | 'COORDINATOR', day: number, knownMs: number): string[] => [
  ...new Set(task.assignments.filter((a) => a.role === role && a.occurredDay <= day && a.knownMs <= knownMs).map((a) => a.unitId)),
];

/**
 * The same task figures as a comparison row (docs/metrics.md), grouped by plan, lead unit or
 * coordinating unit within each province asked for: who is behind, not only which province.
 */
export const breakdown = (state: MonitoringState, input: BreakdownInput): BreakdownRow[] => {
  const knownMs = input.knownAsOf ? Date.parse(input.knownAsOf) : NEVER_MS;
  if (input.directive.knownMs > knownMs) throw notFound('directive', `${input.directive.id} was not yet recorded at ${input.knownAsOf}`);
  const day = vietnamDayNumber(input.asOf);
  const byProvince = directivePlansByProvince(state, input.directive);
  const rows: BreakdownRow[] = [];
  const table = taskTableOf(state);
  for (const provinceId of input.provinceIds) {
    const groups = new Map<string, Tally>();
    const index = byProvince.get(provinceId);
    for (const plan of index?.plans ?? []) {
      if (plan.issued.occurredDay > day || plan.issued.knownMs > knownMs) continue;
      for (const row of rowsOf(table, plan.taskIds)) {
        if (table.definedDay[row] > day || table.definedKnown[row] > knownMs) continue;
        const task = table.tasks[row];
        const keys = input.by === 'PLAN' ? [plan.id] : unitsOf(task, input.by === 'LEAD_UNIT' ? 'LEAD' : 'COORDINATOR', day, knownMs);
        const status = statusKnownBy(table, row, day, knownMs);
        for (const key of keys) {
          let t = groups.get(key);
          if (!t)
            groups.set(key, (t = { tasks: 0, completed: 0, completedOnTime: 0, overdue: 0, inProgress: 0, notStarted: 0, cancelled: 0 }));
          tally(t, status);
        }
      }
    }
    for (const [key, t] of groups) {
      rows.push({
        key,
        provinceId,
        ...t,
        completionRate: t.tasks === 0 ? null : t.completed / t.tasks,
        onTimeRate: t.completed === 0 ? null : t.completedOnTime / t.completed,
      });
    }
  }
  return rows;
};
