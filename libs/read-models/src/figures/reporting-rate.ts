import type { ReportingDuty } from '@monitor/domain';
import type { MonitoringState, PlanView } from '../views/monitoring.state.js';
import { periodsOf } from '../views/reporting-periods.js';
import { unitLineOn } from '../views/unit-lineage.js';

/** Reports expected of a plan's reporters and received, as of a day (docs/metrics.md, "Reporting rate"). */
export interface ReportingFigures {
  readonly expectedReports: number;
  readonly receivedReports: number;
  readonly receivedReportsOnTime: number;
}

const EVERYTHING = Number.POSITIVE_INFINITY;

/** The first day a unit's province no longer exists (its merger, when known by `knownMs`). */
const provinceEndDay = (state: MonitoringState, unitId: string, knownMs: number): number => {
  const provinceId = state.units.get(unitId)?.provinceId;
  const merger = provinceId ? state.provinces.get(provinceId)?.merger : null;
  return merger && merger.knownMs <= knownMs ? merger.effectiveDay : EVERYTHING;
};

/** Whether a receipt list (first moment known, per period position) holds one known by `knownMs`. */
const knownBy = (knownMsByPeriod: readonly number[] | undefined, at: number, knownMs: number): boolean =>
  knownMsByPeriod !== undefined && at < knownMsByPeriod.length && knownMsByPeriod[at] <= knownMs;

/**
 * One duty's reporter `reporter`: one report expected per period that ended by `day`, is due on or
 * after the plan's last possible issue day, and is owed while the reporter's line (the unit, then its
 * successors by merger) exists and its province has not merged. A period owed by a unit the duty
 * names itself, or that an earlier reporter also passed to, is counted there. A report counts when a
 * unit of the line up to the owner sent it within the period; on time when by the due day.
 */
const reporterFigures = (
  state: MonitoringState,
  plan: PlanView,
  duty: ReportingDuty,
  dutyIndex: number,
  reporter: string,
  day: number,
  knownMs: number,
) => {
  const counts = { expectedReports: 0, receivedReports: 0, receivedReportsOnTime: 0 };
  const periods = periodsOf(duty, plan, day);
  const provinceEnd = provinceEndDay(state, reporter, knownMs);
  const position = duty.reporterUnitIds.indexOf(reporter);
  const ownerOn = (unitId: string, dueDay: number) => unitLineOn(state, unitId, dueDay, knownMs)?.at(-1) ?? null;
  for (let at = 0; at < periods.length && periods[at].endDay <= day; at++) {
    const { dueDay } = periods[at];
    if (dueDay < plan.issuedLastDay) continue;
    const line = dueDay < provinceEnd ? unitLineOn(state, reporter, dueDay, knownMs) : null;
    if (!line) break;
    const owner = line[line.length - 1];
    const countedElsewhere =
      owner !== reporter &&
      duty.reporterUnitIds.some(
        (other, i) => other !== reporter && (other === owner || (i < position && ownerOn(other, dueDay) === owner)),
      );
    if (countedElsewhere) continue;
    counts.expectedReports++;
    const receipts = line.map((unitId) => plan.receipts[dutyIndex].get(unitId));
    if (receipts.some((unit) => knownBy(unit?.receivedKnownMs, at, knownMs))) counts.receivedReports++;
    if (receipts.some((unit) => knownBy(unit?.onTimeKnownMs, at, knownMs))) counts.receivedReportsOnTime++;
  }
  return counts;
};

/** A plan's reports expected, received and received on time as of `day`, as recorded by `knownMs`. */
export const planReporting = (state: MonitoringState, plan: PlanView, day: number, knownMs = EVERYTHING): ReportingFigures => {
  const sum = { expectedReports: 0, receivedReports: 0, receivedReportsOnTime: 0 };
  plan.reportingDuties.forEach((duty, i) => {
    for (const reporter of duty.reporterUnitIds) {
      const counts = reporterFigures(state, plan, duty, i, reporter, day, knownMs);
      sum.expectedReports += counts.expectedReports;
      sum.receivedReports += counts.receivedReports;
      sum.receivedReportsOnTime += counts.receivedReportsOnTime;
    }
  });
  return sum;
};

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** reportingRate = received ÷ expected; reportingOnTimeRate = received on time ÷ expected (null when nothing is expected). */
export const reportingRates = (figures: ReportingFigures) => ({
  reportingRate: ratio(figures.receivedReports, figures.expectedReports),
  reportingOnTimeRate: ratio(figures.receivedReportsOnTime, figures.expectedReports),
});
