import { isoDayFromNumber } from '@monitor/domain';
import type { MonitoringState, PlanView, TaskView } from './monitoring.state.js';

/*
 * What is recorded but merely odd, flagged for analysts rather than refused (what cannot be is
 * refused when the command is decided, see the domain's chronology.ts): a plan issued long after a
 * directive it carries out, a task completed or reported before it was defined.
 */

/** A plan issued more than this many years after a directive it implements is flagged. */
export const ODD_PLAN_LAG_YEARS = 10;
const ODD_PLAN_LAG_DAYS = Math.round(ODD_PLAN_LAG_YEARS * 365.25);

/** Why a plan's record looks odd; empty when nothing does. */
export const planFlags = (state: MonitoringState, plan: PlanView): string[] => {
  const flags: string[] = [];
  for (const id of plan.implements) {
    const directive = state.directives.get(id);
    if (!directive) continue;
    const minDays = plan.issuedFirstDay - directive.issuedLastDay;
    if (minDays > ODD_PLAN_LAG_DAYS) {
      flags.push(
        `issued at least ${Math.floor(minDays / 365.25)} years after ${directive.id} (${directive.issuedOn.value}), which it implements: more than ${ODD_PLAN_LAG_YEARS}`,
      );
    }
  }
  return flags;
};

/** Why a task's record looks odd; empty when nothing does. */
export const taskFlags = (_state: MonitoringState, task: TaskView): string[] => {
  const flags: string[] = [];
  const definedDay = task.defined.occurredDay;
  const defined = isoDayFromNumber(definedDay);
  if (task.completion && task.completion.occurredDay < definedDay) {
    flags.push(`completed on ${isoDayFromNumber(task.completion.occurredDay)}, before it was defined (${defined})`);
  }
  // The frontier's last pair holds the earliest report's day (see TaskView.reportFrontier).
  const firstReportDay = task.reportFrontier?.at(-1)?.[1];
  if (firstReportDay !== undefined && firstReportDay < definedDay) {
    flags.push(`reported on ${isoDayFromNumber(firstReportDay)}, before it was defined (${defined})`);
  }
  return flags;
};
