import { dayNumber, notFound, orgUnitStateOf, parsePartialDate, ruleViolated, streams } from '@monitor/domain';
import type { OrgUnitState, PlatformCommand, ProvincesMerged, TaskAssigned } from '@monitor/domain';
import type { EventStore } from '@monitor/event-store';

// The reference checks that follow units and provinces through their lineage: a unit that ended,
// the successor of a merged unit, a province that both received others and would merge itself.

/** Why a unit may not be named on a day it no longer existed, and whom to name instead. */
const endedUnitProblem = (unitId: string, unit: OrgUnitState, field: string) => {
  const end = unit.end!;
  const how =
    end.kind === 'MERGED'
      ? `merged into ${end.successorUnitIds[0]} on ${end.effectiveOn} (${end.legalBasis}); name ${end.successorUnitIds[0]}`
      : end.kind === 'SPLIT'
        ? `was split on ${end.effectiveOn} (${end.legalBasis}) among ${end.successorUnitIds.join(', ')}; name the one that took over this duty`
        : `was dissolved on ${end.effectiveOn} (${end.legalBasis})`;
  return ruleViolated(`${field}: unit ${unitId} ${how}`, field);
};

export const unitStateOf = async (store: EventStore, id: string, field: string): Promise<OrgUnitState> => {
  const unit = orgUnitStateOf(await store.readStream(streams.orgUnit(id)));
  if (!unit.registered) throw notFound(field, `unit ${id} is not registered`);
  return unit;
};

/** A unit that ended (merged, split, dissolved) by `day` cannot be named for that day or later. */
export const requireExisting = (id: string, unit: OrgUnitState, field: string, day: number | null): void => {
  if (unit.end && day !== null && day >= dayNumber(unit.end.effectiveOn)) throw endedUnitProblem(id, unit, field);
};

/** The successors of a unit that changes: registered, of the unit's own province, existing on the day it takes effect. */
export const requireSuccessors = async (
  store: EventStore,
  unitId: string,
  successorIds: readonly string[],
  effectiveOn: string,
  field: string,
) => {
  const changed = await unitStateOf(store, unitId, 'unitId');
  const effective = parsePartialDate(effectiveOn, 'effectiveOn');
  if (effective.precision !== 'DAY') return; // the decider refuses it, saying why
  const day = dayNumber(effective.value);
  for (const id of successorIds) {
    const successor = await unitStateOf(store, id, field);
    if (successor.provinceId !== changed.provinceId) {
      throw ruleViolated(`${field}: ${id} is not a unit of ${changed.provinceId ?? 'the national level'}, as ${unitId} is`, field);
    }
    requireExisting(id, successor, field, day);
  }
};

/** The unit assigned to a task that had merged (along its mergers) into `unitId` by `day`, if any. */
export const mergedInto = async (store: EventStore, taskId: string, unitId: string, day: number | null): Promise<string | null> => {
  if (day === null) return null;
  const assigned = new Set<string>();
  for (const event of await store.readStream(streams.task(taskId))) {
    if (event.type !== 'TaskAssigned') continue;
    const { leadUnitIds, coordinatorUnitIds } = event.data as TaskAssigned['data'];
    for (const id of [...leadUnitIds, ...coordinatorUnitIds]) assigned.add(id);
  }
  if (assigned.has(unitId)) return null;
  for (const start of assigned) {
    let id = start;
    for (let unit = orgUnitStateOf(await store.readStream(streams.orgUnit(id))), hops = 0; hops < 100; hops++) {
      if (unit.end?.kind !== 'MERGED' || day < dayNumber(unit.end.effectiveOn)) break;
      id = unit.end.successorUnitIds[0];
      if (id === unitId) return start;
      unit = orgUnitStateOf(await store.readStream(streams.orgUnit(id)));
    }
  }
  return null;
};

/**
 * A province that received others on a day cannot itself end that day or before: the lineage would
 * say both that it was the successor and that it no longer existed. (A store seeded before the 2025
 * units were recorded apart holds `ninh-binh` as the successor of 1 July 2025; see the docs.)
 */
export const requireNotSuccessorThen = async (store: EventStore, merge: Extract<PlatformCommand, { type: 'MergeProvinces' }>) => {
  const endsOn = parsePartialDate(merge.effectiveOn, 'effectiveOn').value;
  for (const id of merge.mergedProvinceIds) {
    for (const event of await store.readStream(streams.province(id))) {
      if (event.type !== 'ProvincesMerged') continue;
      const received = event.data as ProvincesMerged['data'];
      if (received.effectiveOn >= endsOn) {
        throw ruleViolated(
          `province ${id} is recorded as the successor of ${received.mergedProvinceIds.join(', ')} from ${received.effectiveOn}; it cannot merge into ${merge.successorProvinceId} from ${endsOn}`,
          'mergedProvinceIds',
        );
      }
    }
  }
};
