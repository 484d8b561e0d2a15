import {
  compareProvinces,
  findDirective,
  type MonitoringState,
  type ProvinceImplementationRow,
  type TaskStatusCounts,
} from '@monitor/read-models';
import { CliError } from './cli-error.js';

/** The figures after the task statuses: extensions, judged against original deadlines, reports owed and received, targets. */
type FurtherFigures = Pick<
  ProvinceImplementationRow,
  | 'deadlineChanged'
  | 'completedOnTimeAgainstOriginal'
  | 'overdueAgainstOriginal'
  | 'onTimeRateAgainstOriginal'
  | 'expectedReports'
  | 'receivedReports'
  | 'receivedReportsOnTime'
  | 'reportingRate'
  | 'reportingOnTimeRate'
  | 'targets'
  | 'targetsWithValue'
  | 'targetsAttained'
  | 'targetAttainmentRate'
>;

/**
 * One province's figures on one directive, flat, as a table or CSV row shows them: every figure
 * compareProvinces gives (docs/metrics.md), the task statuses first, as the CSV's first columns were.
 */
export interface ComparisonRow extends TaskStatusCounts, FurtherFigures {
  readonly directive: string;
  readonly asOf: string;
  readonly province: string;
  readonly provinceName: string;
  readonly plans: string;
  readonly planLagDays: number | null;
  readonly planLagMinDays: number | null;
  readonly planLagMaxDays: number | null;
}

/** The directives named (as typed, diacritics optional), or every national directive when none is. */
const directivesOf = (state: MonitoringState, typed: readonly string[]) => {
  if (typed.length === 0) return [...state.directives.values()].filter((d) => d.provinceId === null);
  return typed.map((t) => {
    const directive = findDirective(state, t);
    if (!directive) throw new CliError(`no directive "${t}" was recorded by then`);
    return directive;
  });
};

/** The province comparison of each directive at a moment, judged as of that moment. */
export const comparisonRows = (state: MonitoringState, asOf: Date, directives: readonly string[]): ComparisonRow[] =>
  directivesOf(state, directives).flatMap((directive) =>
    compareProvinces(state, { directive, asOf: asOf.toISOString() }).rows.map((row) => ({
      directive: directive.id,
      asOf: asOf.toISOString(),
      province: row.provinceId,
      provinceName: state.provinces.get(row.provinceId)?.name ?? row.provinceId,
      plans: row.planIds.map((id) => state.plans.get(id)?.number ?? id).join('; '),
      planLagDays: row.planLagDays,
      planLagMinDays: row.planLagMinDays,
      planLagMaxDays: row.planLagMaxDays,
      tasks: row.tasks,
      completed: row.completed,
      completedOnTime: row.completedOnTime,
      overdue: row.overdue,
      inProgress: row.inProgress,
      notStarted: row.notStarted,
      cancelled: row.cancelled,
      completionRate: row.completionRate,
      onTimeRate: row.onTimeRate,
      deadlineChanged: row.deadlineChanged,
      completedOnTimeAgainstOriginal: row.completedOnTimeAgainstOriginal,
      overdueAgainstOriginal: row.overdueAgainstOriginal,
      onTimeRateAgainstOriginal: row.onTimeRateAgainstOriginal,
      expectedReports: row.expectedReports,
      receivedReports: row.receivedReports,
      receivedReportsOnTime: row.receivedReportsOnTime,
      reportingRate: row.reportingRate,
      reportingOnTimeRate: row.reportingOnTimeRate,
      targets: row.targets,
      targetsWithValue: row.targetsWithValue,
      targetsAttained: row.targetsAttained,
      targetAttainmentRate: row.targetAttainmentRate,
    })),
  );

const percent = (rate: number | null) => (rate === null ? '–' : `${(rate * 100).toFixed(1)}%`);
const lag = (r: ComparisonRow) =>
  r.planLagDays !== null ? String(r.planLagDays) : r.planLagMinDays !== null ? `${r.planLagMinDays}–${r.planLagMaxDays}` : '–';

/** A plain-text table, one block per directive. */
/** A table cell shows a province's first plans and how many more there are (the CSV keeps them all). */
const shortList = (plans: string, shown = 3): string => {
  const all = plans ? plans.split('; ') : [];
  if (all.length === 0) return '–';
  return all.length <= shown ? all.join('; ') : `${all.slice(0, shown).join('; ')} … (${all.length} plans)`;
};

export const comparisonTable = (rows: readonly ComparisonRow[]): string => {
  const blocks = new Map<string, ComparisonRow[]>();
  for (const row of rows) blocks.set(row.directive, [...(blocks.get(row.directive) ?? []), row]);
  const header = [
    'province',
    'plans',
    'lag (days)',
    'tasks',
    'done',
    'on time',
    'overdue',
    'in progress',
    'not started',
    'cancelled',
    'done %',
    'reports',
    'targets reached',
  ];
  return [...blocks.entries()]
    .map(([directive, block]) => {
      const cells = block.map((r) =>
        [
          r.provinceName,
          shortList(r.plans),
          lag(r),
          r.tasks,
          r.completed,
          r.completedOnTime,
          r.overdue,
          r.inProgress,
          r.notStarted,
          r.cancelled,
          percent(r.completionRate),
          `${r.receivedReports}/${r.expectedReports}`,
          `${r.targetsAttained}/${r.targets}`,
        ].map(String),
      );
      const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
      const line = (c: string[]) => c.map((v, i) => (i === 0 || i === 1 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
      return [`${directive} — as the platform showed it at ${block[0]!.asOf}`, line(header), ...cells.map(line)].join('\n');
    })
    .join('\n\n');
};
