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
 * directive's last possible day; maxDays = the earliest last possible issue day − its first possible
 * day; days when both agree. No plan: all null.
 */
export const planLag = (directive: Dated, plans: readonly Dated[]): PlanLag => {
  if (plans.length === 0) return { days: null, minDays: null, maxDays: null };
  const minDays = Math.min(...plans.map((p) => p.issuedFirstDay)) - directive.issuedLastDay;
  const maxDays = Math.min(...plans.map((p) => p.issuedLastDay)) - directive.issuedFirstDay;
  return { days: minDays === maxDays ? minDays : null, minDays, maxDays };
};
