import type { MonitoringState, OrgUnitView } from './monitoring.state.js';

/**
 * Units change (docs/metrics.md, "Units that change"): a renamed unit keeps its id and duties; a
 * merged unit's duties and tasks are its successor's from the merger's day; a split or dissolved
 * unit's pass to no one by themselves (which successor took which duty is not recorded). Only
 * changes known by `knownMs` count, as everywhere in the views.
 */

/** The name a unit bore on a day: the latest that had taken effect by then and was known by `knownMs`. */
export const unitNameOn = (unit: OrgUnitView, day: number, knownMs = Number.POSITIVE_INFINITY): string => {
  let name = unit.name;
  for (const entry of unit.names)
    if (entry.knownMs <= knownMs && (entry.effectiveDay === null || entry.effectiveDay <= day)) name = entry.name;
  return name;
};

/**
 * The units that carry a unit's duties on a day, from the unit itself along its mergers to the one
 * that exists then (the last); null when the line ends in a split or a dissolution by then.
 */
export const unitLineOn = (state: MonitoringState, unitId: string, day: number, knownMs = Number.POSITIVE_INFINITY): string[] | null => {
  const line = [unitId];
  for (let unit = state.units.get(unitId); unit?.end && unit.end.knownMs <= knownMs && unit.end.effectiveDay <= day;) {
    if (unit.end.kind !== 'MERGED' || line.length > state.units.size) return null;
    const successorId = unit.end.successorIds[0];
    line.push(successorId);
    unit = state.units.get(successorId);
  }
  return line;
};

/** The unit that carries a unit's duties on a day (itself while it exists), or null (see unitLineOn). */
export const unitOn = (state: MonitoringState, unitId: string, day: number, knownMs = Number.POSITIVE_INFINITY): string | null => {
  const line = unitLineOn(state, unitId, day, knownMs);
  return line ? line[line.length - 1] : null;
};
