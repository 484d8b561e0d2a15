import type { ReportingDuty } from '@monitor/domain';
import type { MonitoringState, PlanView, UnitReceipts } from '../views/monitoring.state.js';
import { emptyReceipts, MASK_PERIODS, periodsOf, type ReportingPeriod } from '../views/reporting-periods.js';
import { NEVER_MS } from './task-table.js';
import { unitLineOn } from '../views/unit-lineage.js';

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
  readonly provinceId: string;
  readonly count: number;
  /** The plan's position in the province's plans (ordered by issue day). */
  readonly plan: Int32Array;
  readonly planLastDay: Int32Array;
  readonly duty: ReportingDuty[];
  readonly planView: PlanView[];
  /** The duty's cached periods: the same array periodsOf extends in place. */
  readonly periods: ReportingPeriod[][];
  readonly receipts: UnitReceipts[];
  /** The provinces the reporter units belong to (null: a unit of no province), and each slot's among them. */
  readonly unitProvinces: readonly (string | null)[];
  readonly unitProvince: Int32Array;
  /** The reporter unit of each slot. */
  readonly unitId: readonly string[];
  /** 1: the slot's unit ended (merged, split, dissolved); its periods are counted along its line (countLineageSlot). */
  readonly lineage: Uint8Array;
}

export const reportingSlotsOf = (state: MonitoringState, provinceId: string, plans: readonly PlanView[]): ReportingSlots => {
  const plan: number[] = [];
  const unitProvince: number[] = [];
  const unitProvinces: (string | null)[] = [];
  const unitIds: string[] = [];
  const slots = {
    duty: [] as ReportingDuty[],
    planView: [] as PlanView[],
    periods: [] as ReportingPeriod[][],
    receipts: [] as UnitReceipts[],
  };
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
        unitIds.push(unitId);
        const unitProvinceId = state.units.get(unitId)?.provinceId ?? null;
        const known = unitProvinces.indexOf(unitProvinceId);
        unitProvince.push(known >= 0 ? known : unitProvinces.push(unitProvinceId) - 1);
      }
    });
  });
  return {
    ...slots,
    provinceId,
    count: plan.length,
    plan: Int32Array.from(plan),
    planLastDay: Int32Array.from(plan, (p) => plans[p].issuedLastDay),
    unitProvinces,
    unitProvince: Int32Array.from(unitProvince),
    unitId: unitIds,
    lineage: Uint8Array.from(unitIds, (id) => (state.units.get(id)?.end ? 1 : 0)),
  };
};

/** The first day a province's units no longer exist: its merger, when known by `knownMs`. */
const provinceEndDay = (state: MonitoringState, provinceId: string | null, knownMs: number): number => {
  const merger = provinceId ? state.provinces.get(provinceId)?.merger : null;
  return merger && merger.knownMs <= knownMs ? merger.effectiveDay : Number.POSITIVE_INFINITY;
};

/**
 * The slots' periods and receipt bits copied into flat typed arrays, for comparisons over everything
 * known. Following 6,800 period lists and receipt objects scattered over the heap cost a national
 * comparison about a millisecond and a half in cache misses; reading these arrays in order costs a
 * fraction of it. Rebuilt when one of the province's reports is recorded (reportVersions) and when a
 * day past the periods copied is asked about.
 */
interface PackedReceipts {
  readonly version: number;
  /** Every slot's periods that end by this day are copied. */
  readonly coveredUntil: number;
  /** Slot s's periods are [periodsStart[s], periodsStart[s + 1]) of the flat arrays, in order. */
  readonly periodsStart: Int32Array;
  readonly endDay: Int32Array;
  readonly dueDay: Int32Array;
  /** The position among slot s's periods of the first one due after its plan's last possible issue day. */
  readonly firstCounted: Int32Array;
  readonly receivedMask: Int32Array;
  readonly onTimeMask: Int32Array;
}

const packedCache = new WeakMap<ReportingSlots, PackedReceipts>();

/** The first of a duty's periods due after its plan's last possible issue day: none before it counts. */
const firstCountedPeriod = (periods: readonly ReportingPeriod[], planLastDay: number): number => {
  let first = 0;
  while (first < periods.length && periods[first].dueDay < planLastDay) first++;
  return first;
};

const pack = (slots: ReportingSlots, version: number, day: number): PackedReceipts => {
  const periodsStart = new Int32Array(slots.count + 1);
  const firstCounted = new Int32Array(slots.count);
  const endDay: number[] = [];
  const dueDay: number[] = [];
  let coveredUntil = Number.POSITIVE_INFINITY;
  for (let s = 0; s < slots.count; s++) {
    const duty = slots.duty[s];
    const periods = periodsOf(duty, slots.planView[s], day);
    // A ONCE duty's single period is all it has; the others' periods go on as far as asked.
    if (duty.frequency !== 'ONCE' && periods.length > 0) coveredUntil = Math.min(coveredUntil, periods[periods.length - 1].endDay);
    firstCounted[s] = firstCountedPeriod(periods, slots.planLastDay[s]);
    periodsStart[s] = endDay.length;
    for (const period of periods) {
      endDay.push(period.endDay);
      dueDay.push(period.dueDay);
    }
  }
  periodsStart[slots.count] = endDay.length;
  return {
    version,
    coveredUntil,
    periodsStart,
    endDay: Int32Array.from(endDay),
    dueDay: Int32Array.from(dueDay),
    firstCounted,
    receivedMask: Int32Array.from(slots.receipts, (unit) => unit.receivedMask),
    onTimeMask: Int32Array.from(slots.receipts, (unit) => unit.onTimeMask),
  };
};

const packedReceiptsOf = (state: MonitoringState, slots: ReportingSlots, day: number): PackedReceipts => {
  const version = state.reportVersions.get(slots.provinceId) ?? 0;
  const cached = packedCache.get(slots);
  if (cached && cached.version === version && day <= cached.coveredUntil) return cached;
  const packed = pack(slots, version, day);
  packedCache.set(slots, packed);
  return packed;
};

/** Received and on-time reports of periods [from, to) of one unit, read from its receipts as known at `knownMs`. */
const countReceipts = (unit: UnitReceipts, from: number, to: number, knownMs: number, counts: ReportingCounts): void => {
  for (let at = from; at < to; at++) {
    // Bounds checked first: reading past an array's end is V8's slow path.
    if (at < unit.receivedKnownMs.length && unit.receivedKnownMs[at] <= knownMs) counts.receivedReports++;
    if (at < unit.onTimeKnownMs.length && unit.onTimeKnownMs[at] <= knownMs) counts.receivedReportsOnTime++;
  }
};

/** countReportingKnownBy over everything known (`knownMs` NEVER_MS), from the packed copy. */
export const countReportingKnownNow = (
  state: MonitoringState,
  slots: ReportingSlots,
  plansIssued: number,
  day: number,
  counts: ReportingCounts,
): void => {
  const { periodsStart, endDay, dueDay, firstCounted, receivedMask, onTimeMask } = packedReceiptsOf(state, slots, day);
  const endOfUnit = slots.unitProvinces.map((provinceId) => provinceEndDay(state, provinceId, NEVER_MS));
  for (let s = 0; s < slots.count; s++) {
    // Slots follow the plans' order (by issue day): past the plans issued by `day`, none counts.
    if (slots.plan[s] >= plansIssued) break;
    if (slots.lineage[s]) {
      countLineageSlot(state, slots, s, day, NEVER_MS, counts);
      continue;
    }
    // Periods follow each other, and so do their due days: the ones that count are one run, from
    // the first due after the plan's last possible issue day to the last ended by `day` and due
    // before the unit stopped existing.
    const base = periodsStart[s];
    const periods = periodsStart[s + 1] - base;
    const end = endOfUnit[slots.unitProvince[s]];
    const from = firstCounted[s];
    let to = from;
    while (to < periods && endDay[base + to] <= day && dueDay[base + to] < end) to++;
    if (to === from) continue;
    counts.expectedReports += to - from;
    if (to <= MASK_PERIODS) {
      const run = runMask(from, to);
      counts.receivedReports += bitCount(receivedMask[s] & run);
      counts.receivedReportsOnTime += bitCount(onTimeMask[s] & run);
    } else countReceipts(slots.receipts[s], from, to, NEVER_MS, counts);
  }
};

/**
 * Adds the expected and received reports of the first `plansIssued` plans (those recorded by
 * `knownMs`) as of a day: for each duty, each reporter unit and each period that ended on or before
 * `day`, whose due day came after the plan was issued (its last possible issue day) and before the
 * unit stopped existing (its province merged), one report is expected; received and on time as
 * recorded by `knownMs`.
 * Reads the slots themselves; see countReportingKnownNow for everything known.
 */
export const countReportingKnownBy = (
  state: MonitoringState,
  slots: ReportingSlots,
  plansIssued: number,
  planKnownMs: Float64Array,
  day: number,
  knownMs: number,
  counts: ReportingCounts,
): void => {
  const endOfUnit = slots.unitProvinces.map((provinceId) => provinceEndDay(state, provinceId, knownMs));
  for (let s = 0; s < slots.count; s++) {
    const planPosition = slots.plan[s];
    if (planPosition >= plansIssued) break;
    if (planKnownMs[planPosition] > knownMs) continue;
    if (slots.lineage[s]) {
      countLineageSlot(state, slots, s, day, knownMs, counts);
      continue;
    }
    const periods = slots.periods[s];
    if (periods.length > 0 && periods[periods.length - 1].endDay < day) periodsOf(slots.duty[s], slots.planView[s], day);
    const planLastDay = slots.planLastDay[s];
    const end = endOfUnit[slots.unitProvince[s]];
    const from = firstCountedPeriod(periods, planLastDay);
    let to = from;
    while (to < periods.length && periods[to].endDay <= day && periods[to].dueDay < end) to++;
    if (to === from) continue;
    counts.expectedReports += to - from;
    countReceipts(slots.receipts[s], from, to, knownMs, counts);
  }
};

/**
 * A slot whose reporter unit ended: each period is owed by the unit that carries the duty on its due
 * day (the reporter, or its successor by merger), and by no one once the line ends (split,
 * dissolution) or the province merged. A report counts when one of the line's units up to that one
 * sent it within the period: the merged unit's own before the merger, its successor's after it. A
 * period owed by a unit the duty names itself, or that an earlier reporter of the duty also passed
 * to, is counted there, once.
 */
const countLineageSlot = (
  state: MonitoringState,
  slots: ReportingSlots,
  s: number,
  day: number,
  knownMs: number,
  counts: ReportingCounts,
): void => {
  const duty = slots.duty[s];
  const plan = slots.planView[s];
  const reporter = slots.unitId[s];
  const receipts = plan.receipts[plan.reportingDuties.indexOf(duty)];
  const periods = periodsOf(duty, plan, day);
  const provinceEnd = provinceEndDay(state, slots.unitProvinces[slots.unitProvince[s]], knownMs);
  const ownerOf = (unitId: string, dueDay: number) => unitLineOn(state, unitId, dueDay, knownMs)?.at(-1) ?? null;
  const position = duty.reporterUnitIds.indexOf(reporter);
  for (let at = firstCountedPeriod(periods, slots.planLastDay[s]); at < periods.length && periods[at].endDay <= day; at++) {
    const dueDay = periods[at].dueDay;
    const line = dueDay < provinceEnd ? unitLineOn(state, reporter, dueDay, knownMs) : null;
    if (!line) break;
    const owner = line[line.length - 1];
    const countedElsewhere =
      owner !== reporter &&
      duty.reporterUnitIds.some(
        (other, i) => other !== reporter && (other === owner || (i < position && ownerOf(other, dueDay) === owner)),
      );
    if (countedElsewhere) continue;
    counts.expectedReports++;
    let received = false;
    let onTime = false;
    for (const unitId of line) {
      const unit = receipts.get(unitId);
      if (!unit) continue;
      received ||= at < unit.receivedKnownMs.length && unit.receivedKnownMs[at] <= knownMs;
      onTime ||= at < unit.onTimeKnownMs.length && unit.onTimeKnownMs[at] <= knownMs;
    }
    if (received) counts.receivedReports++;
    if (onTime) counts.receivedReportsOnTime++;
  }
};

/** The bits of periods [from, to), to ≤ MASK_PERIODS. */
const runMask = (from: number, to: number): number => ((1 << to) - 1) & ~((1 << from) - 1);

const bitCount = (mask: number): number => {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};
