import type { Key } from './i18n';

const VIEW = `$directive: ID!, $asOf: DateTime, $knownAsOf: DateTime, $level: ProvinceLevel, $simulated: Boolean`;
const COMPARE = `compareProvinces(directive: $directive, asOf: $asOf, knownAsOf: $knownAsOf, provinceLevel: $level, includeSimulated: $simulated)`;

/**
 * The decision page's figures: every figure docs/metrics.md defines, for one view (asOf, knownAsOf,
 * level, simulated). The plans come apart (PLANS, asked at the same moment): at national scale they
 * are 40 times the figures' size, and the page is usable before they arrive.
 */
export const COMPARISON = `query Comparison(${VIEW}) {
  directive(id: $directive) { id kind title issuer issuedOn { value precision } }
  ${COMPARE} {
    asOf knownAsOf provinceLevel includesSimulated coverageRate
    coverageDenominator { provinces basis existingOn }
    provincesWithoutPlan { id name }
    summary { tasks completedOnTime completedLate notCompletedWithinDeadline notCompletedOverdue cancelled }
    rows {
      province { id name }
      planLagDays planLagMinDays planLagMaxDays
      tasks notStarted countedInCoverage
      summary { completedOnTime completedLate notCompletedWithinDeadline notCompletedOverdue cancelled }
      expectedReports receivedReports receivedReportsOnTime reportingRate reportingOnTimeRate
      targets targetsAttained targetAttainmentRate
    }
  }
}`;

export const PLANS = `query ComparisonPlans(${VIEW}) { ${COMPARE} { rows { province { id } plans { id number issuedOn { value precision } } } } }`;

export interface PlanRef {
  id: string;
  number: string | null;
  issuedOn: { value: string; precision: string };
}

export interface PlansAnswer {
  compareProvinces: { rows: { province: { id: string }; plans: PlanRef[] }[] };
}

export interface Row {
  province: { id: string; name: string };
  /** null until PLANS answers */
  plans: PlanRef[] | null;
  planLagDays: number | null;
  planLagMinDays: number | null;
  planLagMaxDays: number | null;
  tasks: number;
  notStarted: number;
  countedInCoverage: boolean;
  summary: {
    completedOnTime: number;
    completedLate: number;
    notCompletedWithinDeadline: number;
    notCompletedOverdue: number;
    cancelled: number;
  };
  expectedReports: number;
  receivedReports: number;
  receivedReportsOnTime: number;
  reportingRate: number | null;
  reportingOnTimeRate: number | null;
  targets: number;
  targetsAttained: number;
  targetAttainmentRate: number | null;
}

export interface Comparison {
  directive: { id: string; kind: string; title: string; issuer: string; issuedOn: { value: string; precision: string } } | null;
  compareProvinces: {
    asOf: string;
    knownAsOf: string | null;
    provinceLevel: string;
    includesSimulated: boolean;
    coverageRate: number | null;
    coverageDenominator: { provinces: number; basis: string; existingOn: string | null };
    provincesWithoutPlan: { id: string; name: string }[];
    summary: {
      tasks: number;
      completedOnTime: number;
      completedLate: number;
      notCompletedWithinDeadline: number;
      notCompletedOverdue: number;
      cancelled: number;
    };
    rows: Row[];
  };
}

/** The rows on screen: provinces with a plan (a plan always has a lag, a range at least), the quickest first. */
export const rowsWithPlans = (rows: Row[], plans: PlansAnswer | null): Row[] => {
  const byProvince = new Map(plans?.compareProvinces.rows.map((r) => [r.province.id, r.plans]));
  return rows
    .filter((r) => r.planLagMinDays !== null || r.tasks > 0)
    .map((r) => ({ ...r, plans: plans ? (byProvince.get(r.province.id) ?? []) : null }))
    .sort(
      (a, b) => (a.planLagMinDays ?? Infinity) - (b.planLagMinDays ?? Infinity) || a.province.name.localeCompare(b.province.name, 'vi'),
    );
};

/** The columns of the table and of the downloads, each with its heading and its raw value (numbers stay numbers). */
export const COLUMNS: { key: Key; value: (r: Row) => string | number | null }[] = [
  { key: 'province', value: (r) => r.province.name },
  { key: 'planNumbers', value: (r) => (r.plans ?? []).map((p) => p.number ?? p.id).join('; ') },
  { key: 'lag', value: (r) => r.planLagDays },
  { key: 'lagMin', value: (r) => r.planLagMinDays },
  { key: 'lagMax', value: (r) => r.planLagMaxDays },
  { key: 'tasks', value: (r) => r.tasks },
  { key: 'completedOnTime', value: (r) => r.summary.completedOnTime },
  { key: 'completedLate', value: (r) => r.summary.completedLate },
  { key: 'notYetDue', value: (r) => r.summary.notCompletedWithinDeadline },
  { key: 'overdue', value: (r) => r.summary.notCompletedOverdue },
  { key: 'notStarted', value: (r) => r.notStarted },
  { key: 'cancelled', value: (r) => r.summary.cancelled },
  { key: 'reportingRate', value: (r) => r.reportingRate },
  { key: 'reportingOnTime', value: (r) => r.reportingOnTimeRate },
  { key: 'targetAttainment', value: (r) => r.targetAttainmentRate },
];

/** What each bar spans: [0, lag] for an exact day, [earliest, latest] for a plan dated by month or year. */
export const lagBars = (rows: Row[]) =>
  rows
    .filter((r) => r.planLagMinDays !== null && r.planLagMaxDays !== null)
    .map((r) => ({
      province: r.province.name,
      exact: r.planLagDays !== null,
      span: (r.planLagDays !== null ? [0, r.planLagDays] : [r.planLagMinDays!, r.planLagMaxDays!]) as [number, number],
    }));
