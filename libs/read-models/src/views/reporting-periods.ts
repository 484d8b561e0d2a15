import { dayNumber, isoDayFromNumber, reportPeriodOfDay, reportWindow, type ReportingDuty } from '@monitor/domain';
import type { DutyReceipts, PlanView, UnitReceipts } from './monitoring.state.js';

/**
 * Reporting periods of a duty, as DHIS2 counts them: a YEARLY duty has one period per year,
 * SEMIANNUAL per half, QUARTERLY per quarter, MONTHLY per month (each over its calendar months, or
 * over Nghị định 09/2019's window when the duty follows it), ONCE a single period from the plan's
 * issue to the end of the year its due day falls in. Periods are numbered (year, year·2+half, …).
 * Days are day numbers (days since 1970-01-01), as everywhere in the read models.
 */
/** What period arithmetic needs of a plan: the first and last day its issue date can mean. */
export type PlanDays = Pick<PlanView, 'issuedFirstDay' | 'issuedLastDay'>;

export interface ReportingPeriod {
  readonly index: number;
  readonly startDay: number;
  readonly endDay: number;
  /** The last on-time day: the duty's due month/day within the period, else the period's last day. */
  readonly dueDay: number;
}

const MS_PER_DAY = 86_400_000;
const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / MS_PER_DAY;
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** A due day that does not exist in a month (30 February) means the month's last day. */
const clampedDay = (year: number, month: number, day: number) => dayOf(year, month, Math.min(day, lastDayOfMonth(year, month)));

const MONTHS_PER_PERIOD = { YEARLY: 12, SEMIANNUAL: 6, QUARTERLY: 3, MONTHLY: 1 } as const;
const LENGTH = { YEARLY: 'YEAR', SEMIANNUAL: 'HALF_YEAR', QUARTERLY: 'QUARTER', MONTHLY: 'MONTH' } as const;

/**
 * Due day of a period of `year` whose last month is `lastMonth` and whose window ends on `endDay`.
 * A yearly duty may name its month ("trước ngày 15/11"); shorter periods are due on `dueDay` of their
 * last month; with no due day, on the window's last day (the month's last, or the 14th under NĐ 09).
 */
const dueWithin = (duty: ReportingDuty, year: number, lastMonth: number, months: number, endDay: number): number => {
  if (months === 12 && duty.dueMonth !== null) return clampedDay(year, duty.dueMonth, duty.dueDay ?? lastDayOfMonth(year, duty.dueMonth));
  return duty.dueDay === null ? endDay : clampedDay(year, lastMonth, duty.dueDay);
};

const onceDueDay = (duty: ReportingDuty, plan: PlanDays): number => {
  const issueYear = new Date(plan.issuedFirstDay * MS_PER_DAY).getUTCFullYear();
  if (duty.dueMonth === null) return dayOf(issueYear, 12, 31);
  const due = clampedDay(issueYear, duty.dueMonth, duty.dueDay ?? lastDayOfMonth(issueYear, duty.dueMonth));
  return due >= plan.issuedFirstDay
    ? due
    : clampedDay(issueYear + 1, duty.dueMonth, duty.dueDay ?? lastDayOfMonth(issueYear + 1, duty.dueMonth));
};

/**
 * Period `index` of a periodic duty: the period numbered `index − year·perYear + 1` in `year`, over
 * the days of its data window (calendar months, or Nghị định 09/2019's windows ending on the 14th:
 * the first quarter of 2021 is then 15/12/2020–14/03/2021).
 */
export const periodByIndex = (duty: ReportingDuty, plan: PlanDays, index: number): ReportingPeriod => {
  if (duty.frequency === 'ONCE') {
    const dueDay = onceDueDay(duty, plan);
    const dueYear = new Date(dueDay * MS_PER_DAY).getUTCFullYear();
    return { index: 0, startDay: plan.issuedFirstDay, endDay: dayOf(dueYear, 12, 31), dueDay };
  }
  const months = MONTHS_PER_PERIOD[duty.frequency];
  const perYear = 12 / months;
  const year = Math.floor(index / perYear);
  const number = index - year * perYear + 1;
  const window = reportWindow(duty.dataWindow, LENGTH[duty.frequency], { year, number });
  const endDay = dayNumber(window.to);
  return { index, startDay: dayNumber(window.from), endDay, dueDay: dueWithin(duty, year, number * months, months, endDay) };
};

/** The period whose data window holds a day, or null for a ONCE duty's day outside its single period. */
export const periodOfDay = (duty: ReportingDuty, plan: PlanDays, day: number): ReportingPeriod | null => {
  if (duty.frequency === 'ONCE') {
    const once = periodByIndex(duty, plan, 0);
    return day >= once.startDay && day <= once.endDay ? once : null;
  }
  const { year, number } = reportPeriodOfDay(duty.dataWindow, LENGTH[duty.frequency], isoDayFromNumber(day));
  return periodByIndex(duty, plan, year * (12 / MONTHS_PER_PERIOD[duty.frequency]) + number - 1);
};

/**
 * A duty's periods from the one its plan was issued in, computed once and extended on demand:
 * a national comparison walks 6,800 plans' periods per request, and date arithmetic is the cost.
 * Keyed by the duty object, which belongs to one plan's recorded data (copies of a view share it).
 */
const periodCache = new WeakMap<ReportingDuty, ReportingPeriod[]>();

export const periodsOf = (duty: ReportingDuty, plan: PlanDays, untilDay: number): ReportingPeriod[] => {
  let periods = periodCache.get(duty);
  if (!periods) {
    const first = periodOfDay(duty, plan, plan.issuedFirstDay);
    periodCache.set(duty, (periods = first ? [first] : []));
  }
  if (duty.frequency === 'ONCE') return periods;
  while (periods.length > 0 && periods[periods.length - 1].endDay < untilDay) {
    periods.push(periodByIndex(duty, plan, periods[periods.length - 1].index + 1));
  }
  return periods;
};

/**
 * The period a report of `day` counts for (binary search over the cached periods), or null before the
 * plan's first period: the period whose window holds the day, except that a report after a window
 * closed but by that period's due day is that period's report. Only windows of Nghị định 09/2019 can
 * close before their due day ("chốt số liệu" on the 14th, sent by the 20th); calendar periods never do.
 */
const cachedPeriodOfDay = (duty: ReportingDuty, plan: PlanDays, day: number): ReportingPeriod | null => {
  const periods = periodsOf(duty, plan, day);
  let low = 0;
  let high = periods.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (periods[mid].endDay < day) low = mid + 1;
    else if (periods[mid].startDay > day) high = mid - 1;
    else return mid > 0 && periods[mid - 1].dueDay >= day ? periods[mid - 1] : periods[mid];
  }
  return null;
};

export const emptyReceipts = (): UnitReceipts => ({ receivedKnownMs: [], onTimeKnownMs: [], receivedMask: 0, onTimeMask: 0 });

/**
 * Receipts are dense arrays of numbers with NaN for "none yet" (never `<=` anything, so it is never
 * counted, even against "everything known"): comparisons read them for every plan.
 */
const keepEarliest = (knownMsByPeriod: number[], at: number, knownMs: number): void => {
  while (knownMsByPeriod.length <= at) knownMsByPeriod.push(Number.NaN);
  const current = knownMsByPeriod[at];
  if (Number.isNaN(current) || knownMs < current) knownMsByPeriod[at] = knownMs;
};

/** Periods 0–30 also as bits, so that "everything known" reads one number per unit, not one per period. */
export const MASK_PERIODS = 31;
const bit = (at: number) => (at < MASK_PERIODS ? 1 << at : 0);

/**
 * Counts a report towards the plan's duties (none: nothing to count): a report on the plan or one of
 * its tasks is its unit's report for the period the report's day falls in; on time when that day is
 * on or before the period's due day. Only the first moments known are kept. Reports by units a duty
 * does not name are kept too: a unit that merges into one may be its successor, whatever the order
 * the merger and the report are recorded in (reporting-counts.ts reads them only then).
 */
export const recordReceipt = (plan: PlanView, unitId: string, day: number, knownMs: number): void => {
  for (let i = 0; i < plan.reportingDuties.length; i++) {
    const duty = plan.reportingDuties[i];
    const period = cachedPeriodOfDay(duty, plan, day);
    if (!period) continue;
    const receipts: DutyReceipts = plan.receipts[i];
    let unit = receipts.get(unitId);
    if (!unit) receipts.set(unitId, (unit = emptyReceipts()));
    // Receipts are kept by the period's position among the duty's periods (0: the plan's first).
    const at = period.index - periodsOf(duty, plan, day)[0].index;
    keepEarliest(unit.receivedKnownMs, at, knownMs);
    unit.receivedMask |= bit(at);
    if (day <= period.dueDay) {
      keepEarliest(unit.onTimeKnownMs, at, knownMs);
      unit.onTimeMask |= bit(at);
    }
  }
};

/**
 * The due day of the period a unit's report of `day` counts for, as recordReceipt counts it: under
 * each duty that names the unit as reporter, the period the day falls in (none before the plan's
 * first period, nor outside a ONCE duty's single one); under several such duties, the earliest due
 * day. Null when no duty counts the report (the unit is named by none, the plan has none).
 */
export const reportDueDay = (plan: PlanDays & Pick<PlanView, 'reportingDuties'>, unitId: string, day: number): number | null => {
  let earliest: number | null = null;
  for (const duty of plan.reportingDuties) {
    if (!duty.reporterUnitIds.includes(unitId)) continue;
    const period = cachedPeriodOfDay(duty, plan, day);
    if (period && (earliest === null || period.dueDay < earliest)) earliest = period.dueDay;
  }
  return earliest;
};
