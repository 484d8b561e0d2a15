import { parseDeadline, parsePartialDate, vietnamStartOfDay, type PlatformEvent } from '@monitor/domain';
import { applyMonitoringEvent } from '../monitoring/monitoring.projection.js';
import { initialMonitoringState, type MonitoringState, type ProjectedEvent } from '../monitoring/monitoring.state.js';

/** Builds monitoring state from events written as [type, data, occurredOn] for read-model specs. */
export const stateFrom = (...facts: [PlatformEvent, string][]): MonitoringState => {
  const state = initialMonitoringState();
  facts.forEach(([event, occurredOn], i) => {
    const occurredAt = occurredOn.length === 10 ? vietnamStartOfDay(occurredOn) : occurredOn;
    const recordedAt = '2026-01-01T00:00:00Z';
    const projected = {
      ...event,
      stream: 's',
      revision: 0,
      position: BigInt(i + 1),
      metadata: { actor: null, occurredAt, occurredAtPrecision: 'DAY', recordedBy: 't', recordedAt, correlationId: 'c', causationId: null },
      occurredAt,
      recordedAt,
      simulated: false,
    } as ProjectedEvent;
    applyMonitoringEvent(state, projected);
  });
  return state;
};

export const province = (provinceId: string, name: string): PlatformEvent => ({ type: 'ProvinceRegistered', data: { provinceId, name, statisticalCode: null } });

export const directive = (directiveId: string, issuedOn: string, implementsIds: string[] = []): PlatformEvent => ({
  type: 'DirectiveRegistered',
  data: { directiveId, kind: 'Quyết định', title: directiveId, issuer: 'Thủ tướng', issuedOn: parsePartialDate(issuedOn), implements: implementsIds, provinceId: null },
});

export const plan = (planId: string, provinceId: string, issuedOn: string, implementsIds: string[], parentPlanId: string | null = null): PlatformEvent => ({
  type: 'PlanIssued',
  data: { planId, provinceId, number: null, title: planId, issuerUnitId: 'u', issuedOn: parsePartialDate(issuedOn), implements: implementsIds, parentPlanId, reportingDuties: [], targets: [], budget: null },
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
