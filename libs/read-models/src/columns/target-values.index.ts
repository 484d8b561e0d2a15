import type { ProvincePlans } from './directive-plans.index.js';
import type { MonitoringState } from '../views/monitoring.state.js';
import { attains, type TargetOwner } from '../figures/target-attainment.js';
import { NEVER_MS } from './task-table.js';
import { taskTableOf } from './task-table.projection.js';

/**
 * The values reported for one province's targets, its tasks' and its plans' own, packed in typed
 * arrays for comparisons. Following each task's own list of values cost a comparison ~30 ms at
 * national scale (34,000 tasks with targets, their values scattered over the heap), each plan's
 * ~10 ms (6,800 plans); a walk over these arrays costs about one. Built from the views, so it says
 * exactly what `targetAttainmentOn` says.
 */
export interface TargetValueTable {
  /**
   * Owner i has the targets targetsStart[i] to targetsStart[i + 1]: the index's target rows (tasks)
   * first, then its target plans (owner targetRows.length + k is plan targetPlans[k]).
   */
  readonly targetsStart: Int32Array;
  /** Target j has the values valuesStart[j] to valuesStart[j + 1], in the order the task keeps them. */
  readonly valuesStart: Int32Array;
  /** Per value: its day, when it was known, and whether it reaches its target. */
  readonly day: Int32Array;
  readonly knownMs: Float64Array;
  readonly attained: Uint8Array;
}

interface CachedTable {
  readonly version: number;
  readonly table: TargetValueTable;
}

// Keyed by the province's index, which is rebuilt when the structure changes; the version says
// whether a value was reported or restated since.
const cache = new WeakMap<ProvincePlans, CachedTable>();

const pack = (state: MonitoringState, index: ProvincePlans): TargetValueTable => {
  const targetsStart = [0];
  const valuesStart = [0];
  const day: number[] = [];
  const knownMs: number[] = [];
  const attained: number[] = [];
  const { tasks } = taskTableOf(state);
  const owners: TargetOwner[] = [
    ...Array.from(index.targetRows, (row) => tasks[row]),
    ...Array.from(index.targetPlans, (p) => index.plans[p]),
  ];
  for (const owner of owners) {
    for (const target of owner.targets) {
      for (const reported of owner.reportedValues ?? []) {
        if (reported.targetId !== target.id) continue;
        day.push(reported.occurredDay);
        knownMs.push(reported.knownMs);
        attained.push(attains(target, reported.value) ? 1 : 0);
      }
      valuesStart.push(day.length);
    }
    targetsStart.push(valuesStart.length - 1);
  }
  return {
    targetsStart: Int32Array.from(targetsStart),
    valuesStart: Int32Array.from(valuesStart),
    day: Int32Array.from(day),
    knownMs: Float64Array.from(knownMs),
    attained: Uint8Array.from(attained),
  };
};

/** The province's packed target values, current with the views. */
export const targetValueTableOf = (state: MonitoringState, index: ProvincePlans): TargetValueTable => {
  const version = state.reportVersions.get(index.provinceId) ?? 0;
  const cached = cache.get(index);
  if (cached && cached.version === version) return cached.table;
  const table = pack(state, index);
  cache.set(index, { version, table });
  return table;
};

/**
 * Of target j's values, the one that counts on `day` as known at `knownMs`: the latest by day, and
 * of one day's the last kept (a restated value comes right after the one it replaces). -1: none.
 */
export const latestValueOn = (table: TargetValueTable, j: number, day: number, knownMs: number): number => {
  const { valuesStart, day: dayOf, knownMs: knownOf } = table;
  let latest = -1;
  for (let k = valuesStart[j]; k < valuesStart[j + 1]; k++) {
    // Over everything known the known-when column is not read at all: a comparison is bound by memory reads.
    if (dayOf[k] > day || (knownMs !== NEVER_MS && knownOf[k] > knownMs)) continue;
    if (latest < 0 || dayOf[k] >= dayOf[latest]) latest = k;
  }
  return latest;
};
