import { compareProvinces, findDirective, type MonitoringState, type TaskStatusCounts } from '@monitor/read-models';
import { CliError } from './cli-error.js';

/** One province's figures on one directive, flat, as a table or CSV row shows them. */
export interface ComparisonRow extends TaskStatusCounts {
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
  const header = ['province', 'plans', 'lag (days)', 'tasks', 'done', 'on time', 'overdue', 'in progress', 'not started', 'cancelled', 'done %'];
  return [...blocks.entries()]
    .map(([directive, block]) => {
      const cells = block.map((r) => [r.provinceName, shortList(r.plans), lag(r), r.tasks, r.completed, r.completedOnTime, r.overdue, r.inProgress, r.notStarted, r.cancelled, percent(r.completionRate)].map(String));
      const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
      const line = (c: string[]) => c.map((v, i) => (i === 0 || i === 1 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
      return [`${directive} — as the platform showed it at ${block[0]!.asOf}`, line(header), ...cells.map(line)].join('\n');
    })
    .join('\n\n');
};
