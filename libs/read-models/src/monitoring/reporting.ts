import type { ReportingDuty } from '@monitor/domain';
import type { DutyReceipts, MonitoringState, PlanView, UnitReceipts } from './monitoring.state.js';

/**
 * Reporting periods of a duty, as DHIS2 counts them: a YEARLY duty has one period per calendar year,
 * SEMIANNUAL per half, QUARTERLY per quarter, MONTHLY per month, ONCE a single period from the plan's
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

/** Due day of a period that runs over the months [firstMonth, firstMonth + months) of `year`. */
const dueWithin = (duty: ReportingDuty, year: number, firstMonth: number, months: number): number => {
  const lastMonth = firstMonth + months - 1;
  // A yearly duty may name its month ("trước ngày 15/11"); shorter periods are due in their last month.
  const month = months === 12 && duty.dueMonth !== null ? duty.dueMonth : lastMonth;
  return clampedDay(year, month, duty.dueDay ?? lastDayOfMonth(year, month));
};

const onceDueDay = (duty: ReportingDuty, plan: PlanDays): number => {
  const issueYear = new Date(plan.issuedFirstDay * MS_PER_DAY).getUTCFullYear();
  if (duty.dueMonth === null) return dayOf(issueYear, 12, 31);
  const due = clampedDay(issueYear, duty.dueMonth, duty.dueDay ?? lastDayOfMonth(issueYear, duty.dueMonth));
  return due >= plan.issuedFirstDay ? due : clampedDay(issueYear + 1, duty.dueMonth, duty.dueDay ?? lastDayOfMonth(issueYear + 1, duty.dueMonth));
};

export const periodByIndex = (duty: ReportingDuty, plan: PlanDays, index: number): ReportingPeriod => {
  if (duty.frequency === 'ONCE') {
    const dueDay = onceDueDay(duty, plan);
    const dueYear = new Date(dueDay * MS_PER_DAY).getUTCFullYear();
    return { index: 0, startDay: plan.issuedFirstDay, endDay: dayOf(dueYear, 12, 31), dueDay };
  }
  const months = MONTHS_PER_PERIOD[duty.frequency];
  const perYear = 12 / months;
  const year = Math.floor(index / perYear);
  const firstMonth = (index - year * perYear) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    index,
    startDay: dayOf(year, firstMonth, 1),
    endDay: dayOf(year, lastMonth, lastDayOfMonth(year, lastMonth)),
    dueDay: dueWithin(duty, year, firstMonth, months),
  };
};

/** The period a day falls in, or null for a ONCE duty's day outside its single period. */
export const periodOfDay = (duty: ReportingDuty, plan: PlanDays, day: number): ReportingPeriod | null => {
  if (duty.frequency === 'ONCE') {
    const once = periodByIndex(duty, plan, 0);
    return day >= once.startDay && day <= once.endDay ? once : null;
  }
  const date = new Date(day * MS_PER_DAY);
  const months = MONTHS_PER_PERIOD[duty.frequency];
  const index = date.getUTCFullYear() * (12 / months) + Math.floor(date.getUTCMonth() / months);
  return periodByIndex(duty, plan, index);
};

/**
 * A duty's periods from the one its plan was issued in, computed once and extended on demand:
 * a national comparison walks 6,800 plans' periods per request, and date arithmetic is the cost.
 * Keyed by the duty object, which belongs to one plan's recorded data (copies of a view share it).
 */
const periodCache = new WeakMap<ReportingDuty, ReportingPeriod[]>();

const periodsOf = (duty: ReportingDuty, plan: PlanDays, untilDay: number): ReportingPeriod[] => {
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

/** The cached period a day falls in (binary search), or null before the plan's first period. */
const cachedPeriodOfDay = (duty: ReportingDuty, plan: PlanDays, day: number): ReportingPeriod | null => {
  const periods = periodsOf(duty, plan, day);
  let low = 0;
  let high = periods.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (periods[mid].endDay < day) low = mid + 1;
    else if (periods[mid].startDay > day) high = mid - 1;
    else return periods[mid];
  }
  return null;
};

const emptyReceipts = (): UnitReceipts => ({ receivedKnownMs: [], onTimeKnownMs: [], receivedMask: 0, onTimeMask: 0 });

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
const MASK_PERIODS = 31;
const bit = (at: number) => (at < MASK_PERIODS ? 1 << at : 0);

/**
 * Counts a report towards the plan's duties (none: nothing to count): a report on the plan or one of
 * its tasks, sent by a unit a duty names as reporter, is that unit's report for the period the report's day falls in;
 * on time when that day is on or before the period's due day. Only the first moments known are kept.
 */
export const recordReceipt = (plan: PlanView, unitId: string, day: number, knownMs: number): void => {
  for (let i = 0; i < plan.reportingDuties.length; i++) {
    const duty = plan.reportingDuties[i];
    if (!duty.reporterUnitIds.includes(unitId)) continue;
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

export interface ReportingCounts {
  expectedReports: number;
  receivedReports: number;
  receivedReportsOnTime: number;
}


/**
 * A province's reporting duties flattened for comparisons: one slot per plan, duty and reporter
 * unit, holding the duty's cached periods and the unit's receipts (created here when none yet, so
 * later reports fill the same object). Property look-ups on thousands of plans per request were the cost.
 */
export interface ReportingSlots {
  readonly count: number;
  /** The plan's position in the province's plans (ordered by issue day). */
  readonly plan: Int32Array;
  readonly planLastDay: Int32Array;
  readonly duty: ReportingDuty[];
  readonly planView: PlanView[];
  /** The duty's cached periods: the same array periodsOf extends in place. */
  readonly periods: ReportingPeriod[][];
  readonly receipts: UnitReceipts[];
  readonly unitProvinceId: (string | null)[];
}

export const reportingSlotsOf = (state: MonitoringState, plans: readonly PlanView[]): ReportingSlots => {
  const plan: number[] = [];
  const slots: ReportingSlots = { count: 0, plan: new Int32Array(0), planLastDay: new Int32Array(0), duty: [], planView: [], periods: [], receipts: [], unitProvinceId: [] };
  plans.forEach((view, p) => {
    view.reportingDuties.forEach((duty, i) => {
      for (const unitId of duty.reporterUnitIds) {
        let unit = view.receipts[i].get(unitId);
        if (!unit) view.receipts[i].set(unitId, (unit = emptyReceipts()));
        plan.push(p);
        slots.duty.push(duty);
        slots.planView.push(view);
        slots.periods.push(periodsOf(duty, view, view.issuedFirstDay));
        slots.receipts.push(unit);
        slots.unitProvinceId.push(state.units.get(unitId)?.provinceId ?? null);
      }
    });
  });
  return {
    ...slots,
    count: plan.length,
    plan: Int32Array.from(plan),
    planLastDay: Int32Array.from(plan, (p) => plans[p].issuedLastDay),
  };
};

/** The first day a province's units no longer exist: its merger, when known by `knownMs`. */
const provinceEndDay = (state: MonitoringState, provinceId: string | null, knownMs: number): number => {
  const merger = provinceId ? state.provinces.get(provinceId)?.merger : null;
  return merger && merger.knownMs <= knownMs ? merger.effectiveDay : Number.POSITIVE_INFINITY;
};

/**
 * Adds the expected and received reports of the first `plansIssued` plans (those recorded by
 * `knownMs`) as of a day: for each duty, each reporter unit and each period that ended on or before
 * `day`, whose due day came after the plan was issued (its last possible issue day) and before the
 * unit stopped existing (its province merged), one report is expected; received and on time as
 * recorded by `knownMs`.
 */
export const countReporting = (
  state: MonitoringState,
  slots: ReportingSlots,
  plansIssued: number,
  planKnownMs: Float64Array,
  day: number,
  knownMs: number,
  counts: ReportingCounts,
): void => {
  let lastProvince: string | null | undefined;
  let endOfUnit = Number.POSITIVE_INFINITY;
  const everything = knownMs === Number.POSITIVE_INFINITY;
  for (let s = 0; s < slots.count; s++) {
    const planPosition = slots.plan[s];
    // Slots follow the plans' order (by issue day): past the plans issued by `day`, none counts.
    if (planPosition >= plansIssued) break;
    if (planKnownMs[planPosition] > knownMs) continue;
    const provinceId = slots.unitProvinceId[s];
    if (provinceId !== lastProvince) {
      lastProvince = provinceId;
      endOfUnit = provinceEndDay(state, provinceId, knownMs);
    }
    const periods = slots.periods[s];
    if (periods.length > 0 && periods[periods.length - 1].endDay < day) periodsOf(slots.duty[s], slots.planView[s], day);
    // Periods follow each other, and so do their due days: the ones that count are one run, from
    // the first due after the plan's last possible issue day to the last ended by `day` and due
    // before the unit stopped existing.
    const planLastDay = slots.planLastDay[s];
    let from = 0;
    while (from < periods.length && periods[from].dueDay < planLastDay) from++;
    let to = from;
    while (to < periods.length && periods[to].endDay <= day && periods[to].dueDay < endOfUnit) to++;
    if (to === from) continue;
    counts.expectedReports += to - from;
    const unit = slots.receipts[s];
    if (everything && to <= MASK_PERIODS) {
      const run = runMask(from, to);
      counts.receivedReports += bitCount(unit.receivedMask & run);
      counts.receivedReportsOnTime += bitCount(unit.onTimeMask & run);
      continue;
    }
    for (let at = from; at < to; at++) {
      // Bounds checked first: reading past an array's end is V8's slow path.
      if (at < unit.receivedKnownMs.length && unit.receivedKnownMs[at] <= knownMs) counts.receivedReports++;
      if (at < unit.onTimeKnownMs.length && unit.onTimeKnownMs[at] <= knownMs) counts.receivedReportsOnTime++;
    }
  }
};

/** The bits of periods [from, to), to ≤ MASK_PERIODS. */
const runMask = (from: number, to: number): number => ((1 << to) - 1) & ~((1 << from) - 1);

const bitCount = (mask: number): number => {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};
