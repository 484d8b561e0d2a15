import type { ProgressReportView, ProjectedEvent, ReportCorrectionView } from './monitoring.state.js';
import { provenanceOf } from './provenance.js';

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
      const restates = new Map(restated.map((v) => [v.targetId, v.value]));
      const correction: ReportCorrectionView = {
        percentComplete,
        summary,
        values: restated,
        reason,
        previousPercentComplete: report.percentComplete,
        previousSummary: report.summary,
        previousValues: report.values.filter((v) => restates.has(v.targetId)),
        ...provenanceOf(event),
      };
      const values = report.values.map((v) => ({ targetId: v.targetId, value: restates.get(v.targetId) ?? v.value }));
      reports.set(report.id, { ...report, percentComplete, summary, values, corrections: [...(report.corrections ?? []), correction] });
    }
  }
  return [...reports.values()];
};
