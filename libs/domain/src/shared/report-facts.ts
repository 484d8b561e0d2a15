import { invalidInput, notFound } from './errors.js';
import type { ReportedValue } from './target.js';

/**
 * What a decider remembers of a report recorded on a task or a plan, all a correction of it needs:
 * the unit that made it (a correction keeps it) and the targets it gave values for.
 */
export interface ReportFacts {
  readonly unitId: string;
  readonly valueTargetIds: readonly string[];
}

/** The facts kept of a report as its event states it. */
export const reportFactsOf = (report: { readonly unitId: string; readonly values?: readonly ReportedValue[] }): ReportFacts => ({
  unitId: report.unitId,
  valueTargetIds: (report.values ?? []).map((v) => v.targetId),
});

/** The report a correction names, recorded on `owner` ("task x", "plan y"); refused on `reportId` when it is not. */
export const requireRecordedReport = (reports: ReadonlyMap<string, ReportFacts>, reportId: string, owner: string): ReportFacts => {
  const report = reports.get(reportId);
  if (!report) throw notFound('reportId', `report ${reportId} is not recorded on ${owner}: nothing to correct`);
  return report;
};

/**
 * A correction restates only values the report gave: a value it did not give is a new report, and
 * passing it off as a correction would date it back to the report's day.
 */
export const requireValuesTheReportGave = (
  values: readonly ReportedValue[],
  report: ReportFacts,
  reportId: string,
  field = 'values',
): void =>
  values.forEach(({ targetId }, i) => {
    if (!report.valueTargetIds.includes(targetId)) {
      throw invalidInput(
        `${field}[${i}].targetId`,
        `report ${reportId} gave no value for target ${targetId}: a value it did not give is a new report, not a correction`,
      );
    }
  });
