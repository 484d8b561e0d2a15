import type { MonitoringState, ProjectedEvent } from './monitoring.state.js';

/**
 * What an event is about, read from the views after it was applied: live feeds use these to route
 * each recorded event to the subscribers it concerns.
 */

/** The plan an event belongs to: its own (plan issued, values reported or corrected on it), or its task's. Null for other events. */
export const planOfEvent = (state: MonitoringState, event: ProjectedEvent): string | null => {
  switch (event.type) {
    case 'PlanIssued':
    case 'PlanTargetValuesReported':
    case 'PlanTargetValuesCorrected':
    case 'PlanCorrected':
      return event.data.planId;
    case 'TaskDefined':
      return event.data.planId;
    case 'ProvinceRegistered':
    case 'ProvincesMerged':
    case 'OrgUnitRegistered':
    case 'OrgUnitRenamed':
    case 'OrgUnitMerged':
    case 'OrgUnitSplit':
    case 'OrgUnitDissolved':
    case 'DirectiveRegistered':
    case 'DirectiveCorrected':
      return null;
    // A draft under review is of no plan until approved; its approval names the plan it recorded.
    case 'DocumentReceived':
    case 'DraftProposed':
    case 'DraftEdited':
    case 'DraftRejected':
      return null;
    case 'DraftApproved':
      return event.data.recorded.planId;
    default:
      return state.tasks.get(event.data.taskId)?.planId ?? null;
  }
};

/** The province an event is about; null for national ones (a Prime Minister's decision). */
export const provinceOfEvent = (state: MonitoringState, event: ProjectedEvent): string | null => {
  switch (event.type) {
    case 'ProvinceRegistered':
      return event.data.provinceId;
    case 'ProvincesMerged':
      return event.data.successorProvinceId;
    case 'OrgUnitRegistered':
      return event.data.provinceId;
    case 'OrgUnitRenamed':
    case 'OrgUnitMerged':
    case 'OrgUnitSplit':
    case 'OrgUnitDissolved':
      return state.units.get(event.data.unitId)?.provinceId ?? null;
    case 'DirectiveRegistered':
      return event.data.provinceId;
    case 'DirectiveCorrected':
      return state.directives.get(event.data.directiveId)?.provinceId ?? null;
    case 'DocumentReceived':
    case 'DraftProposed':
    case 'DraftEdited':
    case 'DraftApproved':
    case 'DraftRejected':
      return state.documentDrafts.get(event.data.draftId)?.provinceId ?? null;
    default: {
      const planId = planOfEvent(state, event);
      return planId ? (state.plans.get(planId)?.provinceId ?? null) : null;
    }
  }
};
