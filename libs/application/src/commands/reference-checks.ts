import {
  foldId,
  forbidden,
  notFound,
  orgUnitStateOf,
  requireDateNotInFuture,
  requireDirectiveInScope,
  requireDocumentNumber,
  requireIssuedNotBefore,
  requireOccurredNotBefore,
  requireOwnedBy,
  requireOwnNamespace,
  requireProvincialDocument,
  requireUnitInScope,
  resolveDirectiveReference,
  streams,
  vietnamDayNumber,
  type CommandContext,
  type DirectiveRegistered,
  type PartialDate,
  type PlanIssuedData,
  type CheckedCommand,
  type PlatformCommand,
  type ProvinceRegistered,
  type TaskDefined,
  type UnitRole,
} from '@monitor/domain';
import type { EventStore } from '@monitor/event-store';
import { directivesOf } from './directive-documents.js';
import { checkDraftReferences } from './draft-references.js';
import { mergedInto, requireExisting, requireNotSuccessorThen, requireSuccessors } from './lineage-references.js';

/** What the checks need of a command's context: who acts, for which province, and when it happened. */
export type ReferenceContext = Pick<CommandContext, 'actor' | 'actingForProvince'> & Partial<Pick<CommandContext, 'occurredAt'>>;

const NATIONAL: ReferenceContext = { actor: null, actingForProvince: null };
type DirectiveData = DirectiveRegistered['data'];

/**
 * Checks what a command refers to in other aggregates (a plan's directives, a task's plan, the units
 * it assigns) and returns the command with every reference as its canonical id: typed as look-ups
 * accept it ("ha nam", "2245/QD-TTg", "27/NQ-CP (2016)"), resolved the way they resolve it (see
 * foldId, resolveDirectiveReference), or refused naming the field. It fills in facts that must come
 * from the record rather than the caller (the province of a task is its plan's), and refuses dates
 * the record rules out (a plan issued before a document it carries out, a task done before its plan
 * was issued, a document dated after `now`). For a province's system (`actingForProvince`), it also
 * keeps the command inside that province (see province-scope.ts). Every write path (GraphQL, Kafka,
 * CLI, seeds) comes through here, before the aggregate decides.
 */
export const checkReferences = async (
  store: EventStore,
  command: PlatformCommand,
  context: ReferenceContext = NATIONAL,
  now?: Date,
): Promise<CheckedCommand> => {
  const province = context.actingForProvince;
  const registration = async <Data>(stream: string): Promise<Data | undefined> =>
    (await store.readStream(stream))[0]?.data as Data | undefined;
  /** An id as typed, or as look-ups fold it ("Ha Nam" → "ha-nam"), when the record holds it that way. */
  const canonical = async <Data>(typed: string, stream: (id: string) => string): Promise<{ id: string; data: Data } | undefined> => {
    for (const id of new Set([typed, foldId(typed)])) {
      const data = id ? await registration<Data>(stream(id)) : undefined;
      if (data !== undefined) return { id, data };
    }
    return undefined;
  };
  /** A province's id as recorded; as typed when none is, which `requireProvince` then refuses. */
  const provinceIdOf = async (typed: string): Promise<string> =>
    (await canonical<ProvinceRegistered['data']>(typed, streams.province))?.id ?? typed;
  const requireProvince = async (typed: string, field: string): Promise<string> => {
    const found = await canonical<ProvinceRegistered['data']>(typed, streams.province);
    if (!found) throw notFound(field, `province ${typed} is not registered`);
    return found.id;
  };
  const occurredDay = context.occurredAt ? vietnamDayNumber(context.occurredAt) : null;
  /**
   * A unit named: registered, existing when the command's fact happened, and, for a province, its
   * own (or, as a partner, a national body).
   */
  const requireUnit = async (typed: string, field: string, role: UnitRole = 'OWN'): Promise<string> => {
    // One read of the unit's stream gives its registration, its province and its end.
    for (const id of new Set([typed, foldId(typed)])) {
      const unit = id ? orgUnitStateOf(await store.readStream(streams.orgUnit(id))) : undefined;
      if (!id || !unit?.registered) continue;
      if (province) requireUnitInScope(id, unit.provinceId, province, role, field);
      requireExisting(id, unit, field, occurredDay);
      return id;
    }
    throw notFound(field, `unit ${typed} is not registered`);
  };
  const requireUnits = async (ids: readonly string[], field: string, role: UnitRole = 'OWN'): Promise<string[]> => {
    const found: string[] = [];
    for (const id of ids) found.push(await requireUnit(id, field, role));
    return found;
  };
  const optionalUnit = (id: string | null, field: string, role: UnitRole = 'OWN') => (id === null ? null : requireUnit(id, field, role));
  /** A directive named, as its id (see directive-identity.ts), for a plan or directive of `within`. */
  const requireDirective = async (typed: string, field: string, within: string | null, numberField = field): Promise<DirectiveData> => {
    // A number with an invisible or lookalike character is refused, never folded into another.
    const reference = requireDocumentNumber(typed, numberField);
    const directive = resolveDirectiveReference(
      reference,
      directivesOf(await store.readStream(streams.directive(reference))),
      field,
      within,
    );
    if (province) requireDirectiveInScope(directive.directiveId, directive.provinceId, province, field);
    return directive;
  };
  const requireDirectives = async (typed: readonly string[], field: string, within: string | null): Promise<DirectiveData[]> => {
    const found: DirectiveData[] = [];
    for (const [i, reference] of typed.entries()) found.push(await requireDirective(reference, field, within, `${field}[${i}]`));
    return found;
  };
  const requirePlan = async (typed: string, field: string): Promise<PlanIssuedData> => {
    const found = await canonical<PlanIssuedData>(typed, streams.plan);
    if (!found) throw notFound(field, `plan ${typed} is not issued`);
    return found.data;
  };
  /** The task's id as recorded, and its plan; the task's decider says whether it is defined. */
  const taskFacts = async (typed: string): Promise<{ taskId: string; plan?: PlanIssuedData }> => {
    const found = await canonical<TaskDefined['data']>(typed, streams.task);
    if (!found) return { taskId: typed };
    // A province acts only on its own tasks (the decider says so too, after these checks).
    if (province) requireOwnedBy(`task ${found.id}`, found.data.provinceId, province, 'taskId');
    return { taskId: found.id, plan: await registration<PlanIssuedData>(streams.plan(found.data.planId)) };
  };
  const requireOwnProvince = (provinceId: string | null, what: string) => {
    if (province && provinceId !== province) throw forbidden(`a system of ${province} may only ${what} of its own province`, 'provinceId');
  };
  const requireNotFuture = (date: PartialDate, field: string) => {
    if (now) requireDateNotInFuture(date, now, field);
  };
  /** Nothing happens to a plan or its tasks before the plan was issued. */
  const requireAfterIssue = (plan: PlanIssuedData | undefined) => {
    if (plan && context.occurredAt) requireOccurredNotBefore(context.occurredAt, plan.issuedOn, 'occurredAt', `plan ${plan.planId}`);
  };
  /** A document is not dated wholly before a document it carries out. */
  const requireNotBeforeAny = (issuedOn: PartialDate, directives: readonly DirectiveData[]) => {
    for (const directive of directives) requireIssuedNotBefore(issuedOn, directive.issuedOn, 'issuedOn', directive.directiveId);
  };

  const checked = await checkCommand();
  // The official a province's command names (who signed, assigned, reported) works for that province.
  if (province && context.actor?.unitId) await requireUnit(context.actor.unitId, 'actor.unitId');
  return checked;

  async function checkCommand(): Promise<CheckedCommand> {
    switch (command.type) {
      case 'RegisterProvince':
        return command;
      case 'MergeProvinces': {
        const mergedProvinceIds = [];
        for (const id of command.mergedProvinceIds) mergedProvinceIds.push(await requireProvince(id, 'mergedProvinceIds'));
        const resolved = { ...command, successorProvinceId: await provinceIdOf(command.successorProvinceId), mergedProvinceIds };
        await requireNotSuccessorThen(store, resolved);
        return resolved;
      }
      case 'RegisterOrgUnit': {
        const provinceId = command.provinceId === null ? null : await provinceIdOf(command.provinceId);
        requireOwnProvince(provinceId, 'register units');
        if (province) requireOwnNamespace(command.unitId, province, 'unitId');
        if (provinceId !== null) await requireProvince(provinceId, 'provinceId');
        return { ...command, provinceId, parentUnitId: await optionalUnit(command.parentUnitId, 'parentUnitId') };
      }
      case 'RenameOrgUnit':
        return { ...command, unitId: await requireUnit(command.unitId, 'unitId') };
      // A province's system may not make these changes: its decider says so (checked here, a
      // refusal of the province's own named units would come first).
      case 'MergeOrgUnit':
        if (!province) await requireSuccessors(store, command.unitId, [command.successorUnitId], command.effectiveOn, 'successorUnitId');
        return command;
      case 'SplitOrgUnit':
        if (!province) await requireSuccessors(store, command.unitId, command.successorUnitIds, command.effectiveOn, 'successorUnitIds');
        return command;
      case 'DissolveOrgUnit':
        return command;
      case 'RegisterDirective': {
        const provinceId = command.provinceId === null ? null : await provinceIdOf(command.provinceId);
        const resolved = { ...command, provinceId };
        if (province) requireProvincialDocument(resolved, province);
        if (provinceId !== null) await requireProvince(provinceId, 'provinceId');
        requireNotFuture(command.issuedOn, 'issuedOn');
        const implemented = await requireDirectives(command.implements, 'implements', provinceId);
        requireNotBeforeAny(command.issuedOn, implemented);
        return { ...resolved, implements: implemented.map((d) => d.directiveId) };
      }
      case 'IssuePlan': {
        const provinceId = await provinceIdOf(command.provinceId);
        requireOwnProvince(provinceId, 'issue plans');
        if (province) requireOwnNamespace(command.planId, province, 'id');
        await requireProvince(provinceId, 'provinceId');
        const issuerUnitId = await requireUnit(command.issuerUnitId, 'issuerUnitId');
        requireNotFuture(command.issuedOn, 'issuedOn');
        const implemented = await requireDirectives(command.implements, 'implements', provinceId);
        requireNotBeforeAny(command.issuedOn, implemented);
        const cited = command.cites === undefined ? undefined : await requireDirectives(command.cites, 'cites', provinceId);
        const reportingDuties = [];
        for (const [i, duty] of command.reportingDuties.entries()) {
          reportingDuties.push({
            ...duty,
            reporterUnitIds: await requireUnits(duty.reporterUnitIds, `reportingDuties[${i}].reporterUnitIds`),
            recipientUnitId: await optionalUnit(duty.recipientUnitId, `reportingDuties[${i}].recipientUnitId`, 'PARTNER'),
          });
        }
        let parentPlanId: string | null = null;
        if (command.parentPlanId) {
          const parent = await requirePlan(command.parentPlanId, 'parentPlanId');
          if (parent.provinceId !== provinceId) {
            throw forbidden(`parent plan ${parent.planId} belongs to ${parent.provinceId}, not ${provinceId}`, 'parentPlanId');
          }
          requireIssuedNotBefore(command.issuedOn, parent.issuedOn, 'issuedOn', `plan ${parent.planId}`);
          parentPlanId = parent.planId;
        }
        return {
          ...command,
          provinceId,
          issuerUnitId,
          implements: implemented.map((d) => d.directiveId),
          ...(cited ? { cites: cited.map((d) => d.directiveId) } : {}),
          parentPlanId,
          reportingDuties,
        };
      }
      case 'ReportPlanTargetValues':
      case 'CorrectPlanTargetValues': {
        const plan = await canonical<PlanIssuedData>(command.planId, streams.plan);
        if (province && plan) requireOwnedBy(`plan ${plan.id}`, plan.data.provinceId, province, 'planId');
        requireAfterIssue(plan?.data);
        const planId = plan?.id ?? command.planId;
        return command.type === 'ReportPlanTargetValues'
          ? { ...command, planId, unitId: await requireUnit(command.unitId, 'unitId') }
          : { ...command, planId };
      }
      case 'DefineTask': {
        const plan = await requirePlan(command.planId, 'planId');
        if (province) {
          requireOwnedBy(`plan ${plan.planId}`, plan.provinceId, province, 'planId');
          requireOwnNamespace(command.taskId, province, 'id');
        }
        requireAfterIssue(plan);
        return { ...command, planId: plan.planId, provinceId: plan.provinceId };
      }
      case 'AssignTask': {
        const { taskId, plan } = await taskFacts(command.taskId);
        requireAfterIssue(plan);
        return {
          ...command,
          taskId,
          leadUnitIds: await requireUnits(command.leadUnitIds, 'leadUnitIds'),
          coordinatorUnitIds: await requireUnits(command.coordinatorUnitIds, 'coordinatorUnitIds', 'PARTNER'),
        };
      }
      case 'ReportProgress': {
        const { taskId, plan } = await taskFacts(command.taskId);
        requireAfterIssue(plan);
        const unitId = await requireUnit(command.unitId, 'unitId');
        return { ...command, taskId, unitId, inPlaceOf: await mergedInto(store, taskId, unitId, occurredDay) };
      }
      case 'ChangeDeadline':
      case 'CorrectProgressReport':
      case 'CompleteTask':
      case 'CancelTask': {
        const { taskId, plan } = await taskFacts(command.taskId);
        requireAfterIssue(plan);
        return { ...command, taskId };
      }
      case 'CorrectDirective': {
        if (province) throw forbidden('a directive is corrected by a national role (ADMIN)', 'directiveId');
        return { ...command, directiveId: (await requireDirective(command.directiveId, 'directiveId', null)).directiveId };
      }
      case 'CorrectPlan': {
        const plan = await requirePlan(command.planId, 'planId');
        if (province) requireOwnedBy(`plan ${plan.planId}`, plan.provinceId, province, 'planId');
        const { implements: implemented, cites, signedBy } = command.changes;
        if (province && signedBy?.unitId) await requireUnit(signedBy.unitId, 'signedBy.unitId');
        const changes = {
          ...command.changes,
          ...(implemented
            ? { implements: (await requireDirectives(implemented, 'implements', plan.provinceId)).map((d) => d.directiveId) }
            : {}),
          ...(cites ? { cites: (await requireDirectives(cites, 'cites', plan.provinceId)).map((d) => d.directiveId) } : {}),
        };
        return { ...command, planId: plan.planId, changes };
      }
      case 'CorrectTask': {
        const { taskId } = await taskFacts(command.taskId);
        const { leadUnitIds, coordinatorUnitIds } = command.changes;
        const changes = {
          ...command.changes,
          ...(leadUnitIds ? { leadUnitIds: await requireUnits(leadUnitIds, 'leadUnitIds') } : {}),
          ...(coordinatorUnitIds ? { coordinatorUnitIds: await requireUnits(coordinatorUnitIds, 'coordinatorUnitIds', 'PARTNER') } : {}),
        };
        return { ...command, taskId, changes };
      }
      default:
        return checkDraftReferences(command, requireProvince);
    }
  }
};
