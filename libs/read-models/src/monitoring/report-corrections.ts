import { addDays, isoDayFromNumber, vietnamStartOfDay } from '@monitor/domain';
import type { ProgressReportView, ReportCorrectionView, TaskView } from './monitoring.state.js';

/** A correction with the report it corrects and that report's reporting deadline. */
export interface ReportCorrectionRow extends ReportCorrectionView {
  readonly taskId: string;
  readonly reportId: string;
  /** When the platform recorded the report corrected. */
  readonly reportedAt: string;
  readonly reportingDeadline: string | null;
  /** Recorded after the reporting deadline. */
  readonly late: boolean;
}

/**
 * A report's reporting deadline: the end (Vietnam time) of the due day of the task's deadline as it
 * stood when the platform recorded the report. Null when that deadline has no due day (recurring,
 * open-ended, none): such a report is not judged late.
 */
export const reportingDeadlineOf = (task: TaskView, reportRecordedAt: string): string | null => {
  let inForce = task.deadlines[0];
  for (const change of task.deadlines) if (change.recordedAt <= reportRecordedAt) inForce = change;
  if (inForce?.dueDay === null || inForce?.dueDay === undefined) return null;
  const nextDay = addDays(isoDayFromNumber(inForce.dueDay), 1);
  return new Date(Date.parse(vietnamStartOfDay(nextDay)) - 1).toISOString();
};

/** The report's corrections, each judged against the report's reporting deadline by when it was recorded. */
export const correctionsOf = (task: TaskView, report: ProgressReportView): ReportCorrectionRow[] => {
  const reportingDeadline = reportingDeadlineOf(task, report.recordedAt);
  return (report.corrections ?? []).map((c) => ({
    ...c,
    taskId: task.id,
    reportId: report.id,
    reportedAt: report.recordedAt,
    reportingDeadline,
    late: reportingDeadline !== null && c.recordedAt > reportingDeadline,
  }));
};
