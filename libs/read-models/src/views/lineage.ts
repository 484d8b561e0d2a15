import type { MonitoringState, ProvinceView } from './monitoring.state.js';

/** Which provinces a comparison shows: as they were when they acted, or rolled up into today's. */
export type ProvinceLevel = 'HISTORICAL' | 'SUCCESSORS';

const mergerKnown = (province: ProvinceView | undefined, knownMs: number) =>
  province?.merger && province.merger.knownMs <= knownMs ? province.merger : null;

/** The province a historical one is part of now (following mergers of mergers), as known at `knownMs`. */
export const latestSuccessor = (state: MonitoringState, provinceId: string, knownMs: number): string => {
  let id = provinceId;
  for (let hops = 0; hops < state.provinces.size; hops++) {
    const merger = mergerKnown(state.provinces.get(id), knownMs);
    if (!merger) return id;
    id = merger.successorId;
  }
  return id;
};

/** A successor and every province merged into it, directly or through others, as known at `knownMs`. */
export const provinceWithPredecessors = (state: MonitoringState, provinceId: string, knownMs: number): string[] => {
  const members = [provinceId];
  for (let i = 0; i < members.length; i++) {
    for (const predecessor of state.provinces.get(members[i])?.predecessorIds ?? []) {
      if (mergerKnown(state.provinces.get(predecessor), knownMs)?.successorId === members[i] && !members.includes(predecessor)) {
        members.push(predecessor);
      }
    }
  }
  return members;
};

/**
 * Whether a province existed on `day`, as known at `knownMs`: established by then (or before the record
 * begins) and not yet merged into a successor (or its merger not yet recorded).
 */
export const existedOn = (province: ProvinceView, day: number, knownMs: number): boolean => {
  if (province.knownMs > knownMs) return false;
  if (province.establishedDay !== null && province.establishedDay > day) return false;
  const merger = mergerKnown(province, knownMs);
  return merger === null || merger.effectiveDay > day;
};

/** The provinces that existed on `day` (63 before 2025, 34 from 1 July 2025), as known at `knownMs`. */
export const provincesExistingOn = (state: MonitoringState, day: number, knownMs: number): string[] => {
  const ids: string[] = [];
  for (const province of state.provinces.values()) if (existedOn(province, day, knownMs)) ids.push(province.id);
  return ids;
};
