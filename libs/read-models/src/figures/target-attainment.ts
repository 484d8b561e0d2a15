import type { Target } from '@monitor/domain';
import type { ReportedValueView, TaskView } from '../views/monitoring.state.js';

/** "khoảng 20" is reached within this share of 20 either way. */
export const ABOUT_TOLERANCE = 0.1;

export type Attainment = 'ATTAINED' | 'NOT_ATTAINED' | 'NO_VALUE';

/**
 * Whether a reported value reaches a target, by the target's kind: at least / at most / exactly the
 * figure, about it (±10%), a range, a growth rate or a share of budget reached once the value is at
 * least the lower bound (exceeding a range's upper end still reaches it).
 */
export const attains = (target: Target, value: number): boolean => {
  const min = target.min ?? target.max;
  const max = target.max ?? target.min;
  if (min === null || max === null) return false;
  switch (target.kind) {
    case 'AT_MOST':
      return value <= max;
    case 'EXACT':
      return value === min;
    case 'ABOUT':
      return Math.abs(value - min) <= ABOUT_TOLERANCE * Math.abs(min);
    case 'AT_LEAST':
    case 'RANGE':
    case 'GROWTH_RATE':
    case 'SHARE_OF_BUDGET':
      return value >= min;
  }
};

export interface TargetAttainmentView {
  readonly target: Target;
  /** The latest value reported by the day (and recorded by `knownMs`); null when none. */
  readonly value: number | null;
  readonly reportedAt: string | null;
  readonly attainment: Attainment;
}

/** What sets targets and gets values reported for them: a task, or a plan as a whole. */
export type TargetOwner = Pick<TaskView, 'targets' | 'reportedValues'>;

/** Each of a task's (or a plan's) targets with the latest value reported for it by a day, as known at `knownMs` (corrections known by then applied). */
export const targetAttainmentOn = (owner: TargetOwner, day: number, knownMs = Number.POSITIVE_INFINITY): TargetAttainmentView[] =>
  owner.targets.map((target) => {
    let latest: ReportedValueView | null = null;
    for (const reported of owner.reportedValues ?? []) {
      // Of one day's values, the last counts: a value a correction restated comes right after it.
      if (reported.targetId !== target.id || reported.occurredDay > day || reported.knownMs > knownMs) continue;
      if (!latest || reported.occurredDay >= latest.occurredDay) latest = reported;
    }
    if (!latest) return { target, value: null, reportedAt: null, attainment: 'NO_VALUE' as const };
    return {
      target,
      value: latest.value,
      reportedAt: latest.occurredAt,
      attainment: attains(target, latest.value) ? ('ATTAINED' as const) : ('NOT_ATTAINED' as const),
    };
  });

/**
 * Adds the targets a plan sets as a whole (its goals, not one task's) to a count: the comparison's
 * targets are the tasks' and the plans' alike (docs/metrics.md, "Target attainment").
 */
export const countPlanTargets = (
  plans: readonly TargetOwner[],
  day: number,
  knownMs: number,
  counts: { targets: number; targetsWithValue: number; targetsAttained: number },
): void => {
  for (const plan of plans) {
    for (const { attainment } of targetAttainmentOn(plan, day, knownMs)) {
      counts.targets++;
      if (attainment !== 'NO_VALUE') counts.targetsWithValue++;
      if (attainment === 'ATTAINED') counts.targetsAttained++;
    }
  }
};
