import type { DirectiveView, PlanView } from '../views/monitoring.state.js';

/** Days from a decision to the first plan for it: exact when both dates are days, a range otherwise. */
export interface PlanLag {
  readonly days: number | null;
  readonly minDays: number | null;
  readonly maxDays: number | null;
}

type Dated = Pick<DirectiveView | PlanView, 'issuedFirstDay' | 'issuedLastDay'>;

/**
 * docs/metrics.md, "Plan lag": minDays = the earliest first possible issue day of the plans − the
 * directive's last possible day, and not below 0 when the plan can follow the decision: a plan is not issued before the decision it
 * carries out (the platform refuses one that would be), so a month-only plan's days before the
 * decision are not possible days; maxDays = the earliest last possible issue day − its first
 * possible day; days when both agree. No plan: all null.
 */
export const planLag = (directive: Dated, plans: readonly Dated[]): PlanLag => {
  if (plans.length === 0) return { days: null, minDays: null, maxDays: null };
  const { minDays, maxDays } = lagBounds(
    Math.min(...plans.map((p) => p.issuedFirstDay)),
    Math.min(...plans.map((p) => p.issuedLastDay)),
    directive,
  );
  return { days: minDays === maxDays ? minDays : null, minDays, maxDays };
};

/**
 * The lag's bounds from the plans' earliest first and last possible issue days. The lower bound is
 * not below 0 when the plan can follow the decision at all; a plan recorded as wholly before it (a
 * date set right later, say) keeps its raw negative range, shown rather than hidden.
 */
export const lagBounds = (firstDay: number, lastDay: number, directive: Dated): { minDays: number; maxDays: number } => {
  const maxDays = lastDay - directive.issuedFirstDay;
  const raw = firstDay - directive.issuedLastDay;
  return { minDays: maxDays >= 0 ? Math.max(0, raw) : raw, maxDays };
};
