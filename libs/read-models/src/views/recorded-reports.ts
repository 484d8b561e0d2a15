import type { MonitoringState, PlanView, TargetValue, TaskView } from './monitoring.state.js';
import { recordReceipt } from './reporting-periods.js';

/** What the projection does with a report and its corrections, on a task or on a plan as a whole. */

/**
 * A correction's value for a target goes right after the report's (or the last correction's): of
 * one day's values the last known counts, so from the moment the correction was recorded it replaces
 * the value, which stays for what the platform showed before. The reports' order is kept.
 * The same for a task's reports and a plan's own.
 */
export const restateValues = (
  on: Pick<TaskView, 'reportedValues'>,
  reportId: string,
  values: readonly TargetValue[],
  knownMs: number,
): void => {
  const reported = on.reportedValues ?? [];
  for (const { targetId, value } of values) {
    const at = reported.findLastIndex((v) => v.reportId === reportId && v.targetId === targetId);
    if (at >= 0) reported.splice(at + 1, 0, { ...reported[at]!, value, knownMs });
  }
};

/**
 * What any report does, on a task or on a plan as a whole: the values it gives are kept on what it
 * reports on, and it counts for the plan's reporting duties.
 */
export const recordReport = (
  on: Pick<TaskView, 'reportedValues'>,
  plan: PlanView | undefined,
  report: { readonly reportId: string; readonly unitId: string; readonly values?: readonly TargetValue[] },
  occurredAt: string,
  day: number,
  knownMs: number,
): void => {
  for (const { targetId, value } of report.values ?? [])
    (on.reportedValues ??= []).push({ reportId: report.reportId, targetId, value, occurredAt, occurredDay: day, knownMs });
  if (plan) recordReceipt(plan, report.unitId, day, knownMs);
};

export const reportsChanged = (state: MonitoringState, provinceId: string): void => {
  state.reportVersions.set(provinceId, (state.reportVersions.get(provinceId) ?? 0) + 1);
};
