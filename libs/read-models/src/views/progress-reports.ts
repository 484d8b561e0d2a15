import type { PlanReportView, ProgressReportView, ProjectedEvent, ReportCorrectionView, TargetValue } from './monitoring.state.js';
import { provenanceOf } from './provenance.js';

/** A report's values with those a correction restates replaced, and the restated ones as they were before. */
const restate = (values: readonly TargetValue[], restated: readonly TargetValue[]) => {
  const restates = new Map(restated.map((v) => [v.targetId, v.value]));
  return {
    values: values.map((v) => ({ targetId: v.targetId, value: restates.get(v.targetId) ?? v.value })),
    previousValues: values.filter((v) => restates.has(v.targetId)),
  };
};

/**
 * A task's progress reports, in the order recorded, from the events of the task's stream: each
 * with the values as last corrected and the corrections that changed them.
 */
export const progressReportsFrom = (taskEvents: readonly ProjectedEvent[]): ProgressReportView[] => {
  const reports = new Map<string, ProgressReportView>();
  for (const event of taskEvents) {
    if (event.type === 'ProgressReported') {
      const { reportId, taskId, unitId, percentComplete, summary, values = [] } = event.data;
      reports.set(reportId, { id: reportId, taskId, unitId, percentComplete, summary, values, ...provenanceOf(event), corrections: [] });
    } else if (event.type === 'ProgressReportCorrected') {
      const report = reports.get(event.data.correctsReportId);
      if (!report) continue;
      const { percentComplete, summary, reason, values: restated = [] } = event.data;
      const { values, previousValues } = restate(report.values, restated);
      const correction: ReportCorrectionView = {
        percentComplete,
        summary,
        values: restated,
        reason,
        previousPercentComplete: report.percentComplete,
        previousSummary: report.summary,
        previousValues,
        ...provenanceOf(event),
      };
      reports.set(report.id, { ...report, percentComplete, summary, values, corrections: [...(report.corrections ?? []), correction] });
    }
  }
  return [...reports.values()];
};

/**
 * A plan's own reports (PlanTargetValuesReported), in the order recorded, from the events of the
 * plan's stream: each with the values as last corrected and the corrections that changed them, as
 * for a task's reports (no percentage: a plan's report gives none).
 */
export const planReportsFrom = (planEvents: readonly ProjectedEvent[]): PlanReportView[] => {
  const reports = new Map<string, PlanReportView>();
  for (const event of planEvents) {
    if (event.type === 'PlanTargetValuesReported') {
      const { reportId, planId, unitId, summary, values } = event.data;
      reports.set(reportId, { id: reportId, planId, unitId, summary, values, ...provenanceOf(event), corrections: [] });
    } else if (event.type === 'PlanTargetValuesCorrected') {
      const report = reports.get(event.data.correctsReportId);
      if (!report) continue;
      const { summary, reason, values: restated } = event.data;
      const { values, previousValues } = restate(report.values, restated);
      const correction: ReportCorrectionView = {
        percentComplete: null,
        summary,
        values: restated,
        reason,
        previousPercentComplete: null,
        previousSummary: report.summary,
        previousValues,
        ...provenanceOf(event),
      };
      reports.set(report.id, { ...report, summary, values, corrections: [...report.corrections, correction] });
    }
  }
  return [...reports.values()];
};
