import {
  parseDeadline,
  parsePartialDate,
  vietnamStartOfDay,
  type PlatformEvent,
  type ReportDataWindow,
  type ReportFrequency,
  type Target,
} from '@monitor/domain';
import { applyMonitoringEvent } from '../views/monitoring.projection.js';
import { initialMonitoringState, type MonitoringState, type ProjectedEvent } from '../views/monitoring.state.js';

/** A fact for read-model specs: [event, occurredOn, recordedOn (default 2026-01-01), simulated?]. */
export type Fact = [PlatformEvent, string] | [PlatformEvent, string, string] | [PlatformEvent, string, string, boolean];

const instant = (dayOrInstant: string) => (dayOrInstant.length === 10 ? vietnamStartOfDay(dayOrInstant) : dayOrInstant);

/** The facts as stored events, in the order given (which is the order recorded). */
export const eventsFrom = (...facts: Fact[]): ProjectedEvent[] =>
  facts.map(([event, occurredOn, recordedOn, simulated], i) => {
    const occurredAt = instant(occurredOn);
    const recordedAt = instant(recordedOn ?? '2026-01-01T00:00:00Z');
    return {
      ...event,
      stream: 's',
      revision: 0,
      position: BigInt(i + 1),
      occurredAt,
      recordedAt,
      simulated: simulated === true,
      actor: null,
      metadata: () => ({ occurredAtPrecision: 'DAY', recordedBy: 't', correlationId: 'c', causationId: null }),
    } as ProjectedEvent;
  });

export const stateOf = (events: readonly ProjectedEvent[]): MonitoringState => {
  const state = initialMonitoringState();
  for (const event of events) applyMonitoringEvent(state, event);
  return state;
};

/** Builds monitoring state from facts written as [event, occurredOn, recordedOn?] for read-model specs. */
export const stateFrom = (...facts: Fact[]): MonitoringState => stateOf(eventsFrom(...facts));

export const province = (provinceId: string, name: string): PlatformEvent => ({
  type: 'ProvinceRegistered',
  data: { provinceId, name, statisticalCode: null },
});
/** A province formed by a recorded change, existing from `establishedOn`. */
export const establishedProvince = (provinceId: string, name: string, establishedOn: string): PlatformEvent => ({
  type: 'ProvinceRegistered',
  data: { provinceId, name, statisticalCode: null, establishedOn },
});

export const directive = (directiveId: string, issuedOn: string, implementsIds: string[] = []): PlatformEvent => ({
  type: 'DirectiveRegistered',
  data: {
    directiveId,
    kind: 'Quyết định',
    title: directiveId,
    issuer: 'Thủ tướng',
    issuedOn: parsePartialDate(issuedOn),
    implements: implementsIds,
    provinceId: null,
  },
});

export const plan = (
  planId: string,
  provinceId: string,
  issuedOn: string,
  implementsIds: string[],
  parentPlanId: string | null = null,
): PlatformEvent => ({
  type: 'PlanIssued',
  data: {
    planId,
    provinceId,
    number: null,
    title: planId,
    issuerUnitId: 'u',
    issuedOn: parsePartialDate(issuedOn),
    implements: implementsIds,
    parentPlanId,
    reportingDuties: [],
    targets: [],
    budget: null,
  },
});

export const task = (taskId: string, planId: string, provinceId: string, deadline: string): PlatformEvent => ({
  type: 'TaskDefined',
  data: { taskId, planId, provinceId, code: null, title: taskId, deadline: parseDeadline(deadline), targets: [] },
});

export const reported = (taskId: string, reportId: string): PlatformEvent => ({
  type: 'ProgressReported',
  data: { taskId, reportId, unitId: 'u', percentComplete: 50, summary: null },
});
export const completed = (taskId: string): PlatformEvent => ({ type: 'TaskCompleted', data: { taskId, summary: null } });
export const cancelled = (taskId: string): PlatformEvent => ({ type: 'TaskCancelled', data: { taskId, reason: 'gộp' } });
export const deadlineChanged = (taskId: string, deadline: string): PlatformEvent => ({
  type: 'TaskDeadlineChanged',
  data: { taskId, previous: parseDeadline('không'), deadline: parseDeadline(deadline), reason: 'gia hạn' },
});

export const unit = (unitId: string, provinceId: string | null): PlatformEvent => ({
  type: 'OrgUnitRegistered',
  data: { unitId, name: unitId, kind: 'AGENCY', provinceId, parentUnitId: null, aliases: [] },
});

export const merged = (successorProvinceId: string, mergedProvinceIds: string[], effectiveOn: string): PlatformEvent => ({
  type: 'ProvincesMerged',
  data: { successorProvinceId, mergedProvinceIds, effectiveOn, legalBasis: 'Nghị quyết 202/2025/QH15' },
});

/** A plan with one reporting duty: `frequency`, due on dueMonth/dueDay, owed by `reporters`. */
export const planReporting = (
  planId: string,
  provinceId: string,
  issuedOn: string,
  implementsIds: string[],
  duty: { frequency: ReportFrequency; dueMonth: number | null; dueDay: number | null; reporters: string[]; dataWindow?: ReportDataWindow },
): PlatformEvent => {
  const issued = plan(planId, provinceId, issuedOn, implementsIds) as Extract<PlatformEvent, { type: 'PlanIssued' }>;
  return {
    type: 'PlanIssued',
    data: {
      ...issued.data,
      reportingDuties: [
        {
          id: 'd',
          reporterUnitIds: duty.reporters,
          recipient: 'Sở KH&ĐT',
          recipientUnitId: null,
          frequency: duty.frequency,
          dueMonth: duty.dueMonth,
          dueDay: duty.dueDay,
          dataWindow: duty.dataWindow ?? 'CALENDAR',
          text: 'báo cáo',
        },
      ],
    },
  };
};

export const reportedBy = (taskId: string, reportId: string, unitId: string): PlatformEvent => ({
  type: 'ProgressReported',
  data: { taskId, reportId, unitId, percentComplete: null, summary: null },
});

export const taskWithTargets = (taskId: string, planId: string, provinceId: string, deadline: string, targets: Target[]): PlatformEvent => {
  const defined = task(taskId, planId, provinceId, deadline) as Extract<PlatformEvent, { type: 'TaskDefined' }>;
  return { type: 'TaskDefined', data: { ...defined.data, targets } };
};

export const reportedValues = (taskId: string, reportId: string, values: { targetId: string; value: number }[]): PlatformEvent => ({
  type: 'ProgressReported',
  data: { taskId, reportId, unitId: 'u', percentComplete: null, summary: null, values },
});

export const correctedValues = (taskId: string, reportId: string, values: { targetId: string; value: number }[]): PlatformEvent => ({
  type: 'ProgressReportCorrected',
  data: { taskId, correctsReportId: reportId, unitId: 'u', percentComplete: null, summary: null, values, reason: 'số liệu nhầm' },
});

/** A plan with targets of its own (and a yearly duty on `reporters`, when given). */
export const planWithTargets = (
  planId: string,
  provinceId: string,
  issuedOn: string,
  implementsIds: string[],
  targets: Target[],
  reporters: string[] = [],
): PlatformEvent => {
  const issued = (
    reporters.length > 0
      ? planReporting(planId, provinceId, issuedOn, implementsIds, { frequency: 'YEARLY', dueMonth: 11, dueDay: 30, reporters })
      : plan(planId, provinceId, issuedOn, implementsIds)
  ) as Extract<PlatformEvent, { type: 'PlanIssued' }>;
  return { type: 'PlanIssued', data: { ...issued.data, targets } };
};

export const planValues = (
  planId: string,
  reportId: string,
  unitId: string,
  values: { targetId: string; value: number }[],
): PlatformEvent => ({
  type: 'PlanTargetValuesReported',
  data: { planId, reportId, unitId, values, summary: null },
});

export const planValuesCorrected = (
  planId: string,
  reportId: string,
  unitId: string,
  values: { targetId: string; value: number }[],
): PlatformEvent => ({
  type: 'PlanTargetValuesCorrected',
  data: { planId, correctsReportId: reportId, unitId, values, summary: null, reason: 'số liệu nhầm' },
});

const LEGAL_BASIS_2025 = 'Nghị định 45/2025/NĐ-CP';

export const unitMerged = (unitId: string, successorUnitId: string, effectiveOn: string): PlatformEvent => ({
  type: 'OrgUnitMerged',
  data: { unitId, successorUnitId, effectiveOn, legalBasis: LEGAL_BASIS_2025 },
});

export const unitSplit = (unitId: string, successorUnitIds: string[], effectiveOn: string): PlatformEvent => ({
  type: 'OrgUnitSplit',
  data: { unitId, successorUnitIds, effectiveOn, legalBasis: LEGAL_BASIS_2025 },
});

export const unitRenamed = (unitId: string, name: string, previousName: string, effectiveOn: string): PlatformEvent => ({
  type: 'OrgUnitRenamed',
  data: { unitId, name, previousName, effectiveOn, legalBasis: null },
});
