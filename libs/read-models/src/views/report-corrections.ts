import { addDays, isoDayFromNumber, vietnamDayNumber, vietnamStartOfDay } from '@monitor/domain';
import type { PlanReportView, PlanView, ProgressReportView, ReportCorrectionView, TaskView } from './monitoring.state.js';
import { reportDueDay } from './reporting-periods.js';

/** A correction with the report it corrects and that report's reporting deadline. */
export interface ReportCorrectionRow extends ReportCorrectionView {
  /** The task whose progress report it corrects; null for a report on a plan's own targets. */
  readonly taskId: string | null;
  /** The plan reported on: the task's plan, or the plan itself. */
  readonly planId: string;
  /** The task's or the plan's province, for an auditor's filter. */
  readonly provinceId: string;
  readonly reportId: string;
  /** When the platform recorded the report corrected. */
  readonly reportedAt: string;
  readonly reportingDeadline: string | null;
  /** Recorded after the reporting deadline. */
  readonly late: boolean;
}

/** The last instant (Vietnam time) of a day, given as a day number. */
const endOfVietnamDay = (day: number): string =>
  new Date(Date.parse(vietnamStartOfDay(addDays(isoDayFromNumber(day), 1))) - 1).toISOString();

/**
 * A report's reporting deadline: the end (Vietnam time) of the due day of the task's deadline as it
 * stood when the platform recorded the report. Null when that deadline has no due day (recurring,
 * open-ended, none): such a report is not judged late.
 */
export const reportingDeadlineOf = (task: TaskView, reportRecordedAt: string): string | null => {
  let inForce = task.deadlines[0];
  for (const change of task.deadlines) if (change.recordedAt <= reportRecordedAt) inForce = change;
  if (inForce?.dueDay === null || inForce?.dueDay === undefined) return null;
  return endOfVietnamDay(inForce.dueDay);
};

/**
 * A report on a plan's own targets: the end (Vietnam time) of the due day of the reporting period it
 * counts for (see reportDueDay: the period its day, by occurredAt, falls in under a duty naming its
 * unit as reporter; the earliest when several do). Null when no duty counts it (a unit no duty names,
 * a plan without duties): such a report is not judged late.
 */
export const planReportingDeadlineOf = (
  plan: Pick<PlanView, 'reportingDuties' | 'issuedFirstDay' | 'issuedLastDay'>,
  report: Pick<PlanReportView, 'unitId' | 'occurredAt'>,
): string | null => {
  const dueDay = reportDueDay(plan, report.unitId, vietnamDayNumber(report.occurredAt));
  return dueDay === null ? null : endOfVietnamDay(dueDay);
};

const judged = (
  report: { readonly id: string; readonly recordedAt: string; readonly corrections?: readonly ReportCorrectionView[] },
  on: Pick<ReportCorrectionRow, 'taskId' | 'planId' | 'provinceId'>,
  reportingDeadline: string | null,
): ReportCorrectionRow[] =>
  (report.corrections ?? []).map((c) => ({
    ...c,
    ...on,
    reportId: report.id,
    reportedAt: report.recordedAt,
    reportingDeadline,
    late: reportingDeadline !== null && c.recordedAt > reportingDeadline,
  }));

/** The report's corrections, each judged against the report's reporting deadline by when it was recorded. */
export const correctionsOf = (task: TaskView, report: ProgressReportView): ReportCorrectionRow[] =>
  judged(report, { taskId: task.id, planId: task.planId, provinceId: task.provinceId }, reportingDeadlineOf(task, report.recordedAt));

/** The same for a report on the plan's own targets, against its reporting period's due day. */
export const planReportCorrectionsOf = (plan: PlanView, report: PlanReportView): ReportCorrectionRow[] =>
  judged(report, { taskId: null, planId: plan.id, provinceId: plan.provinceId }, planReportingDeadlineOf(plan, report));

export interface LateCorrectionsFilter {
  /** Only corrections of reports on this province's tasks and plans; null: every province. */
  readonly provinceId: string | null;
  /** Bounds on when the correction was recorded (ISO instants, inclusive); null: unbounded. */
  readonly from: string | null;
  readonly to: string | null;
}

/** The late corrections among `rows` that the filter keeps, oldest recorded first. */
export const lateCorrections = (
  rows: Iterable<ReportCorrectionRow>,
  { provinceId, from, to }: LateCorrectionsFilter,
): ReportCorrectionRow[] =>
  [...rows]
    .filter(
      (c) =>
        c.late &&
        (provinceId === null || c.provinceId === provinceId) &&
        (from === null || c.recordedAt >= from) &&
        (to === null || c.recordedAt <= to),
    )
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
