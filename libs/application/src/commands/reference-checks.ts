import { notFound, forbidden, streams, type PlanIssuedData, type PlatformCommand } from '@monitor/domain';
import type { EventStore } from '@monitor/event-store';

/**
 * Checks what a command refers to in other aggregates (a plan's directives, a task's plan, the units
 * it assigns) and fills in facts that must come from the record rather than the caller: the province
 * of a task is its plan's province.
 */
export const checkReferences = async (store: EventStore, command: PlatformCommand): Promise<PlatformCommand> => {
  const exists = async (stream: string) => (await store.readStream(stream)).length > 0;
  const requireAll = async (ids: readonly (string | null)[], stream: (id: string) => string, field: string, what: string) => {
    for (const id of ids) if (id !== null && !(await exists(stream(id)))) throw notFound(field, `${what} ${id} is not registered`);
  };
  const planFacts = async (planId: string, field: string): Promise<PlanIssuedData> => {
    const [issued] = await store.readStream(streams.plan(planId));
    if (!issued) throw notFound(field, `plan ${planId} is not issued`);
    return issued.data as PlanIssuedData;
  };

  switch (command.type) {
    case 'RegisterProvince':
      return command;
    case 'MergeProvinces':
      await requireAll(command.mergedProvinceIds, streams.province, 'mergedProvinceIds', 'province');
      return command;
    case 'RegisterOrgUnit':
      await requireAll([command.provinceId], streams.province, 'provinceId', 'province');
      await requireAll([command.parentUnitId], streams.orgUnit, 'parentUnitId', 'unit');
      return command;
    case 'RegisterDirective':
      await requireAll([command.provinceId], streams.province, 'provinceId', 'province');
      await requireAll(command.implements, streams.directive, 'implements', 'directive');
      return command;
    case 'IssuePlan': {
      await requireAll([command.provinceId], streams.province, 'provinceId', 'province');
      await requireAll([command.issuerUnitId], streams.orgUnit, 'issuerUnitId', 'unit');
      await requireAll(command.implements, streams.directive, 'implements', 'directive');
      for (const duty of command.reportingDuties) await requireAll(duty.reporterUnitIds, streams.orgUnit, 'reportingDuties', 'unit');
      if (command.parentPlanId) {
        const parent = await planFacts(command.parentPlanId, 'parentPlanId');
        if (parent.provinceId !== command.provinceId) {
          throw forbidden(`parent plan ${command.parentPlanId} belongs to ${parent.provinceId}, not ${command.provinceId}`, 'parentPlanId');
        }
      }
      return command;
    }
    case 'ReportPlanTargetValues':
      await requireAll([command.unitId], streams.orgUnit, 'unitId', 'unit');
      return command;
    case 'DefineTask': {
      const plan = await planFacts(command.planId, 'planId');
      return { ...command, provinceId: plan.provinceId };
    }
    case 'AssignTask':
      await requireAll(command.leadUnitIds, streams.orgUnit, 'leadUnitIds', 'unit');
      await requireAll(command.coordinatorUnitIds, streams.orgUnit, 'coordinatorUnitIds', 'unit');
      return command;
    case 'ReportProgress':
      await requireAll([command.unitId], streams.orgUnit, 'unitId', 'unit');
      return command;
    case 'ChangeDeadline':
    case 'CorrectProgressReport':
    case 'CorrectPlanTargetValues':
    case 'CompleteTask':
    case 'CancelTask':
      return command;
  }
};
