import { daysBetween, type PartialDate } from '@monitor/domain';

/** Days from one document to the next in a cascade: `days` only when both dates are days. */
export interface DayLag {
  readonly days: number | null;
  readonly minDays: number;
  readonly maxDays: number;
}

/** Lag along the cascade (directive → provincial plan → department plan), never inventing a day. */
export const lagBetween = (from: PartialDate, to: PartialDate): DayLag => {
  const { min, max } = daysBetween(from, to);
  return { days: min === max ? min : null, minDays: min, maxDays: max };
};
