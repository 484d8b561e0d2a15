import { isoDayFromNumber, notFound, vietnamDayNumber } from '@monitor/domain';
import { directivePlansByProvince, type ProvincePlans } from '../columns/directive-plans.index.js';
import { lagBounds } from '../figures/lag.js';
import { governmentTaskSummary, sumOfSummaries, type GovernmentTaskSummary } from '../figures/government-task-summary.js';
import { latestSuccessor, provincesExistingOn, provinceWithPredecessors, type ProvinceLevel } from '../views/lineage.js';
import { directiveWithDescendants } from '../views/lookups.js';
import { asKnownBy } from '../views/record-corrections.js';
import type { DirectiveView, MonitoringState, PlanView } from '../views/monitoring.state.js';
import { countReportingKnownBy, countReportingKnownNow } from '../columns/reporting-counts.js';
import { countTargets, countTasksKnownBy, countTasksKnownNow, emptyCounts, type Counts } from '../columns/task-counts.js';
import type { TaskStatusCounts } from '../figures/task-status.js';
import { NEVER_MS } from '../columns/task-table.js';

/** One province's figures on a directive. Every figure is defined in docs/metrics.md. */
export interface ProvinceImplementationRow extends TaskStatusCounts {
  readonly provinceId: string;
  /** The historical provinces the row adds up: the province itself, or a successor and those merged into it. */
  readonly memberProvinceIds: readonly string[];
  /** False for a province shown only because it has a plan, though it did not exist when the directive was issued. */
  readonly countedInCoverage: boolean;
  readonly planIds: readonly string[];
  /** Exact only when the first plan's date is a day; otherwise the range below is the truth. */
  readonly planLagDays: number | null;
  readonly planLagMinDays: number | null;
  readonly planLagMaxDays: number | null;
  /** Tasks (not cancelled) whose deadline in force is not the one first set. */
  readonly deadlineChanged: number;
  /** The same judgement against each task's original deadline, as if no extension had been granted. */
  readonly completedOnTimeAgainstOriginal: number;
  readonly overdueAgainstOriginal: number;
  readonly onTimeRateAgainstOriginal: number | null;
  readonly expectedReports: number;
  readonly receivedReports: number;
  readonly receivedReportsOnTime: number;
  readonly reportingRate: number | null;
  readonly reportingOnTimeRate: number | null;
  /** Targets of the tasks counted (not cancelled), those with a value reported, those the value reaches. */
  readonly targets: number;
  readonly targetsWithValue: number;
  readonly targetsAttained: number;
  readonly targetAttainmentRate: number | null;
  /** The row's tasks as the Government's reports split them, from the counts above. */
  readonly summary: GovernmentTaskSummary;
}

/**
 * Which provinces coverage counts. EXISTING: those that existed on `existingOn`, the directive's issue
 * day (its first day when only a month or year is known), or in the SUCCESSORS view their successors;
 * NAMED: the provinces asked for; DIRECTIVE_PROVINCE: a province's own document, its province.
 */
export type CoverageBasis = 'EXISTING' | 'NAMED' | 'DIRECTIVE_PROVINCE';

export interface CoverageDenominator {
  /** How many provinces are counted: coverageRate = (provinces − provincesWithoutPlan) ÷ provinces. */
  readonly provinces: number;
  readonly provinceLevel: ProvinceLevel;
  readonly basis: CoverageBasis;
  /** 'YYYY-MM-DD' for EXISTING; null otherwise. */
  readonly existingOn: string | null;
}

export interface Coverage {
  readonly denominator: CoverageDenominator;
  /** The provinces counted that had no plan for the directive by `asOf`. */
  readonly provinceIdsWithoutPlan: readonly string[];
  /** Provinces counted with a plan ÷ provinces counted; null when none is counted. */
  readonly rate: number | null;
}

export interface DirectiveComparisonResult {
  readonly directiveId: string;
  readonly asOf: string;
  /** Null: everything known now; otherwise only what the platform had recorded by then. */
  readonly knownAsOf: string | null;
  readonly provinceLevel: ProvinceLevel;
  readonly rows: readonly ProvinceImplementationRow[];
  /** The rows' summaries added up: the whole country when every province is shown. */
  readonly summary: GovernmentTaskSummary;
  readonly coverage: Coverage;
}

export interface CompareProvincesInput {
  readonly directive: DirectiveView;
  /** ISO instant; the comparison counts what had happened by then (by `occurredAt`). */
  readonly asOf: string;
  /** ISO instant; when given, only events recorded by then count (by `recordedAt`): what the platform showed. */
  readonly knownAsOf?: string | null;
  /**
   * Province ids to show; when omitted, a province's own document shows its province, a national one
   * the provinces that existed when it was issued (and any established since with a plan for it).
   */
  readonly provinceIds?: readonly string[];
  /** HISTORICAL (default): each province as it was; SUCCESSORS: merged provinces added into their successor. */
  readonly provinceLevel?: ProvinceLevel;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

const vietnamese = new Intl.Collator('vi');
const byName = (state: MonitoringState, ids: string[]) =>
  ids.sort((a, b) => vietnamese.compare(state.provinces.get(a)!.name, state.provinces.get(b)!.name));
const byNameOfRows = (state: MonitoringState, rows: ProvinceImplementationRow[]) =>
  rows.sort((a, b) => vietnamese.compare(state.provinces.get(a.provinceId)!.name, state.provinces.get(b.provinceId)!.name));

interface ProvinceFigures {
  readonly plans: PlanView[];
  readonly lagMin: number | null;
  readonly lagMax: number | null;
  readonly counts: Counts;
}

const NO_PLANS: ProvinceFigures['plans'] = [];

/** Whether a plan, as the platform showed it at `knownMs`, carried out one of `directiveIds` (itself or through its parent). */
const carriedOutAsKnownBy = (state: MonitoringState, plan: PlanView, directiveIds: ReadonlySet<string>, knownMs: number): boolean => {
  if (asKnownBy(plan, knownMs).implements.some((id) => directiveIds.has(id))) return true;
  const parent = plan.parentPlanId ? state.plans.get(plan.parentPlanId) : undefined;
  return parent !== undefined && carriedOutAsKnownBy(state, parent, directiveIds, knownMs);
};

/**
 * One historical province's plans issued by `day` (and recorded by `knownMs`), their tasks and
 * reports. Over everything known, plans are as corrected; at `knownMs`, each plan is as the
 * platform showed it then (its corrections recorded later undone), and counts only if it then
 * carried out the directive (`directiveIds`: the directive and its descendants).
 */
const provinceFigures = (
  state: MonitoringState,
  directive: DirectiveView,
  directiveIds: ReadonlySet<string>,
  index: ProvincePlans | undefined,
  day: number,
  knownMs: number,
): ProvinceFigures => {
  const counts = emptyCounts();
  if (!index) return { plans: NO_PLANS, lagMin: null, lagMax: null, counts };
  // Plans are ordered by issue day: those issued by `day` are a prefix.
  let issued = 0;
  while (issued < index.plans.length && index.issuedDay[issued] <= day) issued++;
  let plans: PlanView[];
  let firstDay = Infinity;
  let lastDay = Infinity;
  if (knownMs === NEVER_MS) {
    plans = issued === 0 ? NO_PLANS : index.plans.slice(0, issued);
    if (issued > 0) {
      firstDay = index.minFirstDay[issued - 1];
      lastDay = index.minLastDay[issued - 1];
      countTasksKnownNow(state, index, issued, day, counts);
    }
    countReportingKnownNow(state, index.reporting, issued, day, counts);
    countTargets(state, index, issued, day, knownMs, counts);
  } else {
    // What the platform showed: only the plans, tasks and reports it had recorded by then.
    plans = [];
    // A plan not carrying out the directive then (a correction added it later), or not issued by
    // `day` as then dated (a correction moved its date later), is as if not yet recorded.
    const planKnownMs = Float64Array.from(index.knownMs);
    issued = index.plans.length;
    for (let i = 0; i < issued; i++) {
      if (index.knownMs[i] > knownMs) continue;
      const shown = asKnownBy(index.plans[i], knownMs);
      if (shown.issued.occurredDay > day || !carriedOutAsKnownBy(state, index.plans[i], directiveIds, knownMs)) {
        planKnownMs[i] = Number.POSITIVE_INFINITY;
        continue;
      }
      plans.push(shown);
      firstDay = Math.min(firstDay, shown.issuedFirstDay);
      lastDay = Math.min(lastDay, shown.issuedLastDay);
      countTasksKnownBy(state, index, i, day, knownMs, counts);
    }
    // In the order of their dates as then shown (a later correction may have moved one).
    plans.sort((a, b) => a.issued.occurredDay - b.issued.occurredDay);
    countReportingKnownBy(state, index.reporting, issued, planKnownMs, day, knownMs, counts);
    countTargets(state, index, issued, day, knownMs, counts, planKnownMs);
  }
  // The first plan's lag from the directive: exact when both dates are days, a range otherwise.
  const bounds = plans.length === 0 ? null : lagBounds(firstDay, lastDay, directive);
  return { plans, lagMin: bounds?.minDays ?? null, lagMax: bounds?.maxDays ?? null, counts };
};

const COUNT_KEYS = Object.keys(emptyCounts()) as (keyof Counts)[];
const sumCounts = (all: Counts[]): Counts => {
  const sum = emptyCounts();
  for (const counts of all) for (const key of COUNT_KEYS) sum[key] += counts[key];
  return sum;
};

const minOrNull = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.min(...known);
};

/** Adds up the figures of the member provinces into one row (one member for HISTORICAL rows). */
const rowOf = (
  provinceId: string,
  memberProvinceIds: string[],
  countedInCoverage: boolean,
  members: ProvinceFigures[],
): ProvinceImplementationRow => {
  const counts = members.length === 1 ? members[0].counts : sumCounts(members.map((m) => m.counts));
  const lagMin = minOrNull(members.map((m) => m.lagMin));
  const lagMax = minOrNull(members.map((m) => m.lagMax));
  return {
    provinceId,
    memberProvinceIds,
    countedInCoverage,
    planIds: members.length === 1 ? members[0].plans.map((p) => p.id) : members.flatMap((m) => m.plans.map((p) => p.id)),
    planLagDays: lagMin !== null && lagMin === lagMax ? lagMin : null,
    planLagMinDays: lagMin,
    planLagMaxDays: lagMax,
    ...counts,
    completionRate: ratio(counts.completed, counts.tasks),
    onTimeRate: ratio(counts.completedOnTime, counts.completed),
    onTimeRateAgainstOriginal: ratio(counts.completedOnTimeAgainstOriginal, counts.completed),
    reportingRate: ratio(counts.receivedReports, counts.expectedReports),
    reportingOnTimeRate: ratio(counts.receivedReportsOnTime, counts.expectedReports),
    targetAttainmentRate: ratio(counts.targetsAttained, counts.targets),
    summary: governmentTaskSummary(counts),
  };
};

interface ProvincesShown {
  /** Counted in coverage, then the others shown (provinces established later with a plan for the directive). */
  readonly counted: readonly string[];
  readonly others: readonly string[];
  readonly basis: CoverageBasis;
  readonly existingOn: string | null;
}

const provincesShown = (
  state: MonitoringState,
  input: CompareProvincesInput,
  level: ProvinceLevel,
  knownMs: number,
  withPlans: Iterable<string>,
): ProvincesShown => {
  const { directive } = input;
  const toLevel = (ids: readonly string[]) =>
    level === 'HISTORICAL' ? [...ids] : [...new Set(ids.map((id) => latestSuccessor(state, id, knownMs)))];
  if (input.provinceIds) {
    const asked = toLevel(input.provinceIds);
    return { counted: level === 'HISTORICAL' ? asked : byName(state, asked), others: [], basis: 'NAMED', existingOn: null };
  }
  if (directive.provinceId) return { counted: toLevel([directive.provinceId]), others: [], basis: 'DIRECTIVE_PROVINCE', existingOn: null };
  const existing = provincesExistingOn(state, directive.issuedFirstDay, knownMs);
  const existed = new Set(existing);
  const counted = new Set(toLevel(existing));
  const later = [...withPlans].filter((id) => !existed.has(id) && (state.provinces.get(id)?.knownMs ?? Infinity) <= knownMs);
  const others = toLevel(later).filter((id) => !counted.has(id));
  return { counted: byName(state, [...counted]), others, basis: 'EXISTING', existingOn: isoDayFromNumber(directive.issuedFirstDay) };
};

/**
 * One row per province on one directive: its plans (the first one's lag from the directive), its
 * tasks' statuses and its reports on the `asOf` day; with `knownAsOf`, from only what had been recorded
 * by then. Cancelled tasks are counted apart and left out of the rates.
 */
export const compareProvinces = (state: MonitoringState, input: CompareProvincesInput): DirectiveComparisonResult => {
  const { directive, asOf } = input;
  const level = input.provinceLevel ?? 'HISTORICAL';
  const knownAsOf = input.knownAsOf ?? null;
  const knownMs = knownAsOf === null ? NEVER_MS : Date.parse(knownAsOf);
  if (directive.knownMs > knownMs) throw notFound('directive', `${directive.id} was not yet recorded at ${knownAsOf}`);
  const day = vietnamDayNumber(asOf);
  const everything = knownMs === NEVER_MS;
  const byProvince = directivePlansByProvince(state, directive, !everything);
  const directiveIds = new Set(everything ? [] : directiveWithDescendants(state, directive).map((d) => d.id));
  // The lag is from the directive's date as corrected, or as the platform showed it at `knownAsOf`.
  const dated = everything ? directive : asKnownBy(directive, knownMs);
  const figures = (id: string) => provinceFigures(state, dated, directiveIds, byProvince.get(id), day, knownMs);
  const shown = provincesShown(state, input, level, knownMs, byProvince.keys());
  const rowFor = (id: string, counted: boolean) => {
    const members = level === 'HISTORICAL' ? [id] : provinceWithPredecessors(state, id, knownMs);
    return rowOf(id, members, counted, members.map(figures));
  };
  const countedRows = shown.counted.map((id) => rowFor(id, true));
  // A province established after the directive is shown only for a plan it had issued by then.
  const otherRows = shown.others.map((id) => rowFor(id, false)).filter((row) => row.planIds.length > 0);
  const rows = otherRows.length === 0 ? countedRows : byNameOfRows(state, [...countedRows, ...otherRows]);
  const withoutPlan = countedRows.filter((row) => row.planIds.length === 0).map((row) => row.provinceId);
  const coverage: Coverage = {
    denominator: { provinces: countedRows.length, provinceLevel: level, basis: shown.basis, existingOn: shown.existingOn },
    provinceIdsWithoutPlan: withoutPlan,
    rate: ratio(countedRows.length - withoutPlan.length, countedRows.length),
  };
  return {
    directiveId: directive.id,
    asOf,
    knownAsOf,
    provinceLevel: level,
    rows,
    coverage,
    summary: sumOfSummaries(rows.map((row) => row.summary)),
  };
};
