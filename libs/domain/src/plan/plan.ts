import type { Decider } from '../shared/decider.js';
import type { DomainEvent } from '../shared/event.js';
import { alreadyExists, forbidden, invalidInput } from '../shared/errors.js';
import { optionalText, requireId, requireText } from '../shared/ids.js';
import type { PartialDate } from '../shared/partial-date.js';
import { validateTarget, type Target } from '../shared/target.js';
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
export type PlanCommand = IssuePlan;

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
export type PlanEvent = PlanIssued;

export interface PlanState {
  readonly issued: boolean;
  readonly provinceId: string | null;
}

export const planDecider: Decider<PlanCommand, PlanState, PlanEvent> = {
  initialState: () => ({ issued: false, provinceId: null }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'PlanIssued':
        return { issued: true, provinceId: event.data.provinceId };
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
    }
  },
};
