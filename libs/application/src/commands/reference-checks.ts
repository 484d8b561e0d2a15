import {
  dayNumber,
  forbidden,
  notFound,
  orgUnitStateOf,
  parsePartialDate,
  vietnamDayNumber,
  requireDirectiveInScope,
  requireOwnedBy,
  requireOwnNamespace,
  requireProvincialDocument,
  requireUnitInScope,
  ruleViolated,
  streams,
  type CommandContext,
  type DirectiveRegistered,
  type OrgUnitState,
  type PlanIssuedData,
  type PlatformCommand,
  type TaskAssigned,
  type ProvincesMerged,
  type TaskDefined,
  type UnitRole,
} from '@monitor/domain';
import type { EventStore } from '@monitor/event-store';

/** What the checks need of a command's context: who acts, for which province, and when (units end). */
export type ReferenceContext = Pick<CommandContext, 'actor' | 'actingForProvince'> & { readonly occurredAt?: string };

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

const NATIONAL: ReferenceContext = { actor: null, actingForProvince: null };

/**
 * Checks what a command refers to in other aggregates (a plan's directives, a task's plan, the units
 * it assigns) and fills in facts that must come from the record rather than the caller: the province
 * of a task is its plan's province. For a province's system (`actingForProvince`), it also keeps the
 * command inside that province (see province-scope.ts): what it acts on, the ids it creates, every
 * unit and directive it names, and the unit of the official it names. Every write path (GraphQL,
 * Kafka, CLI, seeds) comes through here, before the aggregate decides.
 */
export const checkReferences = async (store: EventStore, command: PlatformCommand, context: ReferenceContext = NATIONAL): Promise<PlatformCommand> => {
  const province = context.actingForProvince;
  const registration = async <Data>(stream: string): Promise<Data | undefined> => (await store.readStream(stream))[0]?.data as Data | undefined;
  const requireAll = async (ids: readonly (string | null)[], stream: (id: string) => string, field: string, what: string) => {
    for (const id of ids) if (id !== null && (await registration(stream(id))) === undefined) throw notFound(field, `${what} ${id} is not registered`);
  };
  const unitState = async (id: string, field: string): Promise<OrgUnitState> => {
    const unit = orgUnitStateOf(await store.readStream(streams.orgUnit(id)));
    if (!unit.registered) throw notFound(field, `unit ${id} is not registered`);
    return unit;
  };
  /** A unit that ended (merged, split, dissolved) by `day` cannot be named for that day or later. */
  const requireExisting = (id: string, unit: OrgUnitState, field: string, day: number | null) => {
    if (unit.end && day !== null && day >= dayNumber(unit.end.effectiveOn)) throw endedUnitProblem(id, unit, field);
  };
  const occurredDay = context.occurredAt ? vietnamDayNumber(context.occurredAt) : null;
  /**
   * Units named: each registered, existing when the command's fact happened, and, for a province,
   * its own (or, as a partner, a national body).
   */
  const requireUnits = async (ids: readonly (string | null)[], field: string, role: UnitRole = 'OWN') => {
    for (const id of ids) {
      if (id === null) continue;
      const unit = await unitState(id, field);
      if (province) requireUnitInScope(id, unit.provinceId, province, role, field);
      requireExisting(id, unit, field, occurredDay);
    }
  };
  /** The successors of a unit that changes: registered, of the unit's own province, existing on the day it takes effect. */
  const requireSuccessors = async (unitId: string, successorIds: readonly string[], effectiveOn: string, field: string) => {
    const changed = await unitState(unitId, 'unitId');
    const effective = parsePartialDate(effectiveOn, 'effectiveOn');
    if (effective.precision !== 'DAY') return; // the decider refuses it, saying why
    const day = dayNumber(effective.value);
    for (const id of successorIds) {
      const successor = await unitState(id, field);
      if (successor.provinceId !== changed.provinceId) {
        throw ruleViolated(`${field}: ${id} is not a unit of ${changed.provinceId ?? 'the national level'}, as ${unitId} is`, field);
      }
      requireExisting(id, successor, field, day);
    }
  };
  const requireDirectives = async (ids: readonly string[], field: string) => {
    for (const id of ids) {
      const directive = await registration<DirectiveRegistered['data']>(streams.directive(id));
      if (!directive) throw notFound(field, `directive ${id} is not registered`);
      if (province) requireDirectiveInScope(id, directive.provinceId, province, field);
    }
  };
  const planFacts = async (planId: string, field: string): Promise<PlanIssuedData> => {
    const issued = await registration<PlanIssuedData>(streams.plan(planId));
    if (!issued) throw notFound(field, `plan ${planId} is not issued`);
    return issued;
  };
  /** A province acts only on its own tasks (the decider says so too, after these checks). */
  const requireOwnTask = async (taskId: string) => {
    if (!province) return;
    const defined = await registration<TaskDefined['data']>(streams.task(taskId));
    if (defined) requireOwnedBy(`task ${taskId}`, defined.provinceId, province, 'taskId');
  };
  /** The unit assigned to a task that had merged (along its mergers) into `unitId` by the command's day, if any. */
  const mergedInto = async (taskId: string, unitId: string): Promise<string | null> => {
    if (occurredDay === null) return null;
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
        if (unit.end?.kind !== 'MERGED' || occurredDay < dayNumber(unit.end.effectiveOn)) break;
        id = unit.end.successorUnitIds[0];
        if (id === unitId) return start;
        unit = orgUnitStateOf(await store.readStream(streams.orgUnit(id)));
      }
    }
    return null;
  };
  const requireOwnProvince = (provinceId: string | null, what: string) => {
    if (province && provinceId !== province) throw forbidden(`a system of ${province} may only ${what} of its own province`, 'provinceId');
  };

  /**
   * A province that received others on a day cannot itself end that day or before: the lineage would
   * say both that it was the successor and that it no longer existed. (A store seeded before the 2025
   * units were recorded apart holds `ninh-binh` as the successor of 1 July 2025; see README.)
   */
  const requireNotSuccessorThen = async (merge: Extract<PlatformCommand, { type: 'MergeProvinces' }>) => {
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

  const checked = await checkCommand();
  // The official a province's command names (who signed, assigned, reported) works for that province.
  if (province && context.actor?.unitId) await requireUnits([context.actor.unitId], 'actor.unitId');
  return checked;

  async function checkCommand(): Promise<PlatformCommand> {
    switch (command.type) {
      case 'RegisterProvince':
        return command;
      case 'MergeProvinces':
        await requireAll(command.mergedProvinceIds, streams.province, 'mergedProvinceIds', 'province');
        await requireNotSuccessorThen(command);
        return command;
      case 'RegisterOrgUnit':
        requireOwnProvince(command.provinceId, 'register units');
        if (province) requireOwnNamespace(command.unitId, province, 'unitId');
        await requireAll([command.provinceId], streams.province, 'provinceId', 'province');
        await requireUnits([command.parentUnitId], 'parentUnitId');
        return command;
      case 'RenameOrgUnit':
        await requireUnits([command.unitId], 'unitId');
        return command;
      // A province's system may not make these changes: its decider says so (checked here, a
      // refusal of the province's own named units would come first).
      case 'MergeOrgUnit':
        if (!province) await requireSuccessors(command.unitId, [command.successorUnitId], command.effectiveOn, 'successorUnitId');
        return command;
      case 'SplitOrgUnit':
        if (!province) await requireSuccessors(command.unitId, command.successorUnitIds, command.effectiveOn, 'successorUnitIds');
        return command;
      case 'DissolveOrgUnit':
        return command;
      case 'RegisterDirective':
        if (province) requireProvincialDocument(command, province);
        await requireAll([command.provinceId], streams.province, 'provinceId', 'province');
        await requireDirectives(command.implements, 'implements');
        return command;
      case 'IssuePlan': {
        requireOwnProvince(command.provinceId, 'issue plans');
        if (province) requireOwnNamespace(command.planId, province, 'id');
        await requireAll([command.provinceId], streams.province, 'provinceId', 'province');
        await requireUnits([command.issuerUnitId], 'issuerUnitId');
        await requireDirectives(command.implements, 'implements');
        await requireDirectives(command.cites ?? [], 'cites');
        for (const [i, duty] of command.reportingDuties.entries()) {
          await requireUnits(duty.reporterUnitIds, `reportingDuties[${i}].reporterUnitIds`);
          await requireUnits([duty.recipientUnitId], `reportingDuties[${i}].recipientUnitId`, 'PARTNER');
        }
        if (command.parentPlanId) {
          const parent = await planFacts(command.parentPlanId, 'parentPlanId');
          if (parent.provinceId !== command.provinceId) {
            throw forbidden(`parent plan ${command.parentPlanId} belongs to ${parent.provinceId}, not ${command.provinceId}`, 'parentPlanId');
          }
        }
        return command;
      }
      case 'ReportPlanTargetValues': {
        if (province) requireOwnedBy(`plan ${command.planId}`, (await planFacts(command.planId, 'planId')).provinceId, province, 'planId');
        await requireUnits([command.unitId], 'unitId');
        return command;
      }
      case 'DefineTask': {
        const plan = await planFacts(command.planId, 'planId');
        if (province) {
          requireOwnedBy(`plan ${command.planId}`, plan.provinceId, province, 'planId');
          requireOwnNamespace(command.taskId, province, 'id');
        }
        return { ...command, provinceId: plan.provinceId };
      }
      case 'AssignTask':
        await requireOwnTask(command.taskId);
        await requireUnits(command.leadUnitIds, 'leadUnitIds');
        await requireUnits(command.coordinatorUnitIds, 'coordinatorUnitIds', 'PARTNER');
        return command;
      case 'ReportProgress':
        await requireOwnTask(command.taskId);
        await requireUnits([command.unitId], 'unitId');
        return { ...command, inPlaceOf: await mergedInto(command.taskId, command.unitId) };
      case 'ChangeDeadline':
      case 'CorrectProgressReport':
      case 'CompleteTask':
      case 'CancelTask':
        await requireOwnTask(command.taskId);
        return command;
      case 'CorrectPlanTargetValues':
        return command;
      case 'CorrectDirective':
        if (province) throw forbidden('a directive is corrected by a national role (ADMIN)', 'directiveId');
        return command;
      case 'CorrectPlan': {
        if (province) requireOwnedBy(`plan ${command.planId}`, (await planFacts(command.planId, 'planId')).provinceId, province, 'planId');
        await requireDirectives(command.changes.implements ?? [], 'implements');
        await requireDirectives(command.changes.cites ?? [], 'cites');
        if (province) await requireUnits([command.changes.signedBy?.unitId ?? null], 'signedBy.unitId');
        return command;
      }
      case 'CorrectTask':
        await requireOwnTask(command.taskId);
        await requireUnits(command.changes.leadUnitIds ?? [], 'leadUnitIds');
        await requireUnits(command.changes.coordinatorUnitIds ?? [], 'coordinatorUnitIds', 'PARTNER');
        return command;
    }
  }
};
