import type { Decider } from '../shared/decider.js';
import type { CommandContext, DomainEvent } from '../shared/event.js';
import { alreadyExists, forbidden, invalidInput, notFound } from '../shared/errors.js';
import { optionalText, requireId, requireText } from '../shared/ids.js';
import type { PartialDate } from '../shared/partial-date.js';
import { validateReportedValues, validateTarget, type ReportedValue, type Target } from '../shared/target.js';
import { validateBudget, validateReportingDuty, type Budget, type ReportingDuty } from './plan-content.js';

/**
 * A provincial plan (Kế hoạch, or the Quyết định that issues one). Its signer is the event's actor.
 * A department's plan under the province's plan names it as `parentPlanId` (the cascade).
 */
export interface IssuePlan {
  readonly type: 'IssuePlan';
  readonly planId: string;
  readonly provinceId: string;
  /** The number as written; null when the document leaves it blank ("Số: /KH-KHCN"). */
  readonly number: string | null;
  readonly title: string;
  readonly issuerUnitId: string;
  readonly issuedOn: PartialDate;
  readonly implements: readonly string[];
  readonly parentPlanId: string | null;
  readonly reportingDuties: readonly ReportingDuty[];
  readonly targets: readonly Target[];
  readonly budget: Budget | null;
}

/**
 * Values reached for the plan's own targets (its 2025 goals, say), as a report on the whole plan
 * states them: what task reports cannot carry. A later report of a value supersedes an earlier one.
 */
export interface ReportPlanTargetValues {
  readonly type: 'ReportPlanTargetValues';
  readonly planId: string;
  readonly reportId: string;
  /** The unit that reports (usually the plan's issuer or the department that follows it). */
  readonly unitId: string;
  readonly values: readonly ReportedValue[];
  readonly summary: string | null;
}

export type PlanCommand = IssuePlan | ReportPlanTargetValues;

export interface PlanIssuedData {
  planId: string;
  provinceId: string;
  number: string | null;
  title: string;
  issuerUnitId: string;
  issuedOn: PartialDate;
  implements: string[];
  parentPlanId: string | null;
  reportingDuties: ReportingDuty[];
  targets: Target[];
  budget: Budget | null;
}
export type PlanIssued = DomainEvent<'PlanIssued', PlanIssuedData>;

export interface PlanTargetValuesReportedData {
  planId: string;
  reportId: string;
  unitId: string;
  values: ReportedValue[];
  summary: string | null;
}
export type PlanTargetValuesReported = DomainEvent<'PlanTargetValuesReported', PlanTargetValuesReportedData>;

export type PlanEvent = PlanIssued | PlanTargetValuesReported;

export interface PlanState {
  readonly issued: boolean;
  readonly provinceId: string | null;
  readonly targetIds: readonly string[];
  readonly reportIds: ReadonlySet<string>;
}

/** A plan that is issued, and of the caller's province. */
const requireIssuedPlan = (planId: string, state: PlanState, context: CommandContext) => {
  if (!state.issued) throw notFound('planId', `plan ${planId} is not issued`);
  if (context.actingForProvince && state.provinceId !== context.actingForProvince) {
    throw forbidden(`plan ${planId} belongs to ${state.provinceId}, not to ${context.actingForProvince}`, 'planId');
  }
};

export const planDecider: Decider<PlanCommand, PlanState, PlanEvent> = {
  initialState: () => ({ issued: false, provinceId: null, targetIds: [], reportIds: new Set() }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'PlanIssued':
        return { ...state, issued: true, provinceId: event.data.provinceId, targetIds: event.data.targets.map((t) => t.id) };
      case 'PlanTargetValuesReported':
        return { ...state, reportIds: new Set([...state.reportIds, event.data.reportId]) };
    }
  },
  decide: (command, state, context) => {
    switch (command.type) {
      case 'IssuePlan': {
        if (context.actingForProvince && command.provinceId !== context.actingForProvince) {
          throw forbidden(`a system of ${context.actingForProvince} may only issue plans of its own province`, 'provinceId');
        }
        if (state.issued) throw alreadyExists(`plan ${command.planId} is already issued`, 'id');
        if (command.implements.length === 0 && !command.parentPlanId) {
          throw invalidInput('implements', 'a plan carries out at least one directive or a parent plan');
        }
        return [
          {
            type: 'PlanIssued',
            data: {
              planId: requireId(command.planId, 'id'),
              provinceId: command.provinceId,
              number: optionalText(command.number),
              title: requireText(command.title, 'title'),
              issuerUnitId: requireId(command.issuerUnitId, 'issuerUnitId'),
              issuedOn: command.issuedOn,
              implements: command.implements.map((id, i) => requireText(id, `implements[${i}]`)),
              parentPlanId: command.parentPlanId,
              reportingDuties: command.reportingDuties.map((d, i) => validateReportingDuty(d, `reportingDuties[${i}]`)),
              targets: command.targets.map((t, i) => validateTarget(t, `targets[${i}]`)),
              budget: command.budget ? validateBudget(command.budget) : null,
            },
          },
        ];
      }
      case 'ReportPlanTargetValues': {
        requireIssuedPlan(command.planId, state, context);
        if (state.reportIds.has(command.reportId)) throw alreadyExists(`report ${command.reportId} is already recorded on plan ${command.planId}`, 'reportId');
        if (command.values.length === 0) throw invalidInput('values', 'a report on a plan\'s targets gives at least one value');
        return [
          {
            type: 'PlanTargetValuesReported',
            data: {
              planId: command.planId,
              reportId: requireId(command.reportId, 'reportId'),
              unitId: requireId(command.unitId, 'unitId'),
              values: validateReportedValues(command.values, state.targetIds, `plan ${command.planId}`),
              summary: optionalText(command.summary),
            },
          },
        ];
      }
    }
  },
};
