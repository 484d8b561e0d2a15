import type { Decider } from '../shared/decider.js';
import type { CommandContext, DomainEvent } from '../shared/event.js';
import { alreadyExists, forbidden, invalidInput, notFound } from '../shared/errors.js';
import { optionalDocumentNumber, optionalText, requireDistinctDocumentNumbers, requireId, requireText } from '../shared/ids.js';
import { validatePartialDate, type PartialDate } from '../shared/partial-date.js';
import { reportFactsOf, requireRecordedReport, requireValuesTheReportGave, type ReportFacts } from '../shared/report-facts.js';
import { validateReportedValues, validateTargets, type ReportedValue, type Target } from '../shared/target.js';
import { actorOfEvent } from '../shared/record-correction.js';
import { validateBudget, validateReportingDuties, type Budget, type ReportingDuty } from './plan-content.js';
import {
  applyPlanCorrection,
  decidePlanCorrection,
  requirePlanBasis,
  type CorrectPlan,
  type PlanBasis,
  type PlanCorrected,
  type PlanRecord,
} from './plan-correction.js';

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
  /** What its opening states as its basis ("Thực hiện …", "Căn cứ … triển khai"): these count in lag and coverage. */
  readonly implements: readonly string[];
  /** National decisions it only mentions in its body: shown, never counted. */
  readonly cites?: readonly string[];
  /** True when the document states no basis at all (nothing it implements, no parent plan): the plan is flagged, not refused. */
  readonly statesNoBasis?: boolean;
  readonly parentPlanId: string | null;
  readonly reportingDuties: readonly ReportingDuty[];
  readonly targets: readonly Target[];
  readonly budget: Budget | null;
}

/**
 * Values reached for the plan's own targets (its 2025 goals, say), as a report on the whole plan
 * states them: what task reports cannot carry. A later report of a value supersedes an earlier one
 * from its own day on; a wrong value is corrected with CorrectPlanTargetValues.
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

/** The ReportPlanTargetValues command from what GraphQL or a provincial message gives. */
export const reportPlanTargetValues = ({
  planId,
  reportId,
  unitId,
  values,
  summary,
}: Omit<ReportPlanTargetValues, 'type' | 'summary'> & { readonly summary?: string | null }): ReportPlanTargetValues => ({
  type: 'ReportPlanTargetValues',
  planId,
  reportId,
  unitId,
  values,
  summary: summary ?? null,
});

/** Corrects a report recorded on the plan: its values as they should have been, and why. */
export interface CorrectPlanTargetValues {
  readonly type: 'CorrectPlanTargetValues';
  readonly planId: string;
  readonly reportId: string;
  /** Only for targets the report gave a value for (a value it did not give is a new report); targets left out keep the value reported. */
  readonly values: readonly ReportedValue[];
  readonly summary: string | null;
  readonly reason: string;
}

/** The CorrectPlanTargetValues command from what GraphQL or a provincial message gives. */
export const correctPlanTargetValues = ({
  planId,
  reportId,
  values,
  summary,
  reason,
}: Omit<CorrectPlanTargetValues, 'type' | 'summary'> & { readonly summary?: string | null }): CorrectPlanTargetValues => ({
  type: 'CorrectPlanTargetValues',
  planId,
  reportId,
  values,
  summary: summary ?? null,
  reason,
});

export type PlanCommand = IssuePlan | ReportPlanTargetValues | CorrectPlanTargetValues | CorrectPlan;

export interface PlanIssuedData {
  planId: string;
  provinceId: string;
  number: string | null;
  title: string;
  issuerUnitId: string;
  issuedOn: PartialDate;
  implements: string[];
  /** Present when the plan cites national decisions it does not implement (events before `cites` existed have none). */
  cites?: string[];
  /** Present (true) when the document states no basis: a plan flagged, carrying out nothing named. */
  statesNoBasis?: true;
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

/**
 * A report on the plan corrected: a new event naming the report it corrects, never a change to that
 * report's event. It carries the values as corrected (those the report gave) and why.
 */
export interface PlanTargetValuesCorrectedData {
  planId: string;
  correctsReportId: string;
  /** The unit that made the report corrected. */
  unitId: string;
  values: ReportedValue[];
  summary: string | null;
  reason: string;
}
export type PlanTargetValuesCorrected = DomainEvent<'PlanTargetValuesCorrected', PlanTargetValuesCorrectedData>;

export type PlanEvent = PlanIssued | PlanTargetValuesReported | PlanTargetValuesCorrected | PlanCorrected;

export interface PlanState {
  readonly issued: boolean;
  readonly provinceId: string | null;
  readonly targetIds: readonly string[];
  /** Each report recorded on the plan: the unit that made it and the targets it gave values for. */
  readonly reports: ReadonlyMap<string, ReportFacts>;
  /** The record as issued, with every correction applied: what a new correction's `previous` values are. */
  readonly record: PlanRecord | null;
  readonly basis: PlanBasis | null;
}

/** A plan that is issued, and of the caller's province. */
const requireIssuedPlan = (planId: string, state: PlanState, context: CommandContext) => {
  if (!state.issued) throw notFound('planId', `plan ${planId} is not issued`);
  if (context.actingForProvince && state.provinceId !== context.actingForProvince) {
    throw forbidden(`plan ${planId} belongs to ${state.provinceId}, not to ${context.actingForProvince}`, 'planId');
  }
};

export const planDecider: Decider<PlanCommand, PlanState, PlanEvent> = {
  initialState: () => ({ issued: false, provinceId: null, targetIds: [], reports: new Map(), record: null, basis: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'PlanIssued': {
        const d = event.data;
        const cites = d.cites ?? [];
        return {
          ...state,
          issued: true,
          provinceId: d.provinceId,
          targetIds: d.targets.map((t) => t.id),
          record: {
            number: d.number,
            issuedOn: d.issuedOn,
            title: d.title,
            signedBy: actorOfEvent(event),
            implements: d.implements,
            cites,
          },
          basis: { implements: d.implements, cites, parentPlanId: d.parentPlanId, statesNoBasis: d.statesNoBasis === true },
        };
      }
      case 'PlanCorrected': {
        const record = applyPlanCorrection(state.record!, event.data);
        return { ...state, record, basis: { ...state.basis!, implements: record.implements, cites: record.cites } };
      }
      case 'PlanTargetValuesReported':
        return { ...state, reports: new Map([...state.reports, [event.data.reportId, reportFactsOf(event.data)]]) };
      case 'PlanTargetValuesCorrected':
        return state;
    }
  },
  decide: (command, state, context) => {
    switch (command.type) {
      case 'IssuePlan': {
        if (context.actingForProvince && command.provinceId !== context.actingForProvince) {
          throw forbidden(`a system of ${context.actingForProvince} may only issue plans of its own province`, 'provinceId');
        }
        const data: PlanIssuedData = {
          planId: requireId(command.planId, 'id'),
          provinceId: requireId(command.provinceId, 'provinceId'),
          number: optionalDocumentNumber(command.number, 'number'),
          title: requireText(command.title, 'title'),
          issuerUnitId: requireId(command.issuerUnitId, 'issuerUnitId'),
          issuedOn: validatePartialDate(command.issuedOn, 'issuedOn'),
          implements: requireDistinctDocumentNumbers(command.implements, 'implements'),
          ...(command.cites && command.cites.length > 0 ? { cites: requireDistinctDocumentNumbers(command.cites, 'cites') } : {}),
          ...(command.statesNoBasis ? { statesNoBasis: true as const } : {}),
          parentPlanId: command.parentPlanId === null ? null : requireId(command.parentPlanId, 'parentPlanId'),
          reportingDuties: validateReportingDuties(command.reportingDuties),
          targets: validateTargets(command.targets),
          budget: command.budget ? validateBudget(command.budget) : null,
        };
        requirePlanBasis({
          implements: data.implements,
          cites: data.cites ?? [],
          parentPlanId: data.parentPlanId,
          statesNoBasis: data.statesNoBasis === true,
        });
        if (state.issued) throw alreadyExists(`plan ${data.planId} is already issued`, 'id');
        return [{ type: 'PlanIssued', data }];
      }
      case 'ReportPlanTargetValues': {
        requireIssuedPlan(command.planId, state, context);
        if (state.reports.has(command.reportId))
          throw alreadyExists(`report ${command.reportId} is already recorded on plan ${command.planId}`, 'reportId');
        if (command.values.length === 0) throw invalidInput('values', "a report on a plan's targets gives at least one value");
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
      case 'CorrectPlan':
        requireIssuedPlan(command.planId, state, context);
        return [decidePlanCorrection(command, state.record!, state.basis!)];
      case 'CorrectPlanTargetValues': {
        requireIssuedPlan(command.planId, state, context);
        const owner = `plan ${command.planId}`;
        const report = requireRecordedReport(state.reports, command.reportId, owner);
        if (command.values.length === 0) throw invalidInput('values', 'a correction restates at least one value the report gave');
        const values = validateReportedValues(command.values, state.targetIds, owner);
        requireValuesTheReportGave(values, report, command.reportId);
        return [
          {
            type: 'PlanTargetValuesCorrected',
            data: {
              planId: command.planId,
              correctsReportId: command.reportId,
              unitId: report.unitId,
              values,
              summary: optionalText(command.summary),
              reason: requireText(command.reason, 'reason'),
            },
          },
        ];
      }
    }
  },
};
