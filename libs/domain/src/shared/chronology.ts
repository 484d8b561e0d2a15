import { invalidInput, ruleViolated } from './errors.js';
import { dayNumber, epochMs, firstDay, lastDay, vietnamDayNumber, type PartialDate } from './partial-date.js';

/*
 * Dates checked against the record and the clock: what cannot be is refused. Partial dates are
 * compared as the ranges of days they can mean, and a command is refused only when no day of one
 * range can fall on or after a day of the other. What is merely odd (a plan ten years after its
 * directive) is recorded and flagged by the read models instead.
 */

/** How far ahead of the platform's clock a caller's clock may run. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** Refuses an occurrence later than `now` (plus the tolerance): nothing is recorded before it happens. */
export const requireNotInFuture = (instant: string, now: Date, field: string): void => {
  const ms = epochMs(instant);
  if (ms > now.getTime() + CLOCK_TOLERANCE_MS)
    throw invalidInput(field, `${instant} is in the future (the platform's clock reads ${now.toISOString()})`);
};

/** Refuses a document date whose first possible day is after today in Vietnam. */
export const requireDateNotInFuture = (date: PartialDate, now: Date, field: string): void => {
  if (dayNumber(firstDay(date)) > vietnamDayNumber(new Date(now.getTime() + CLOCK_TOLERANCE_MS))) {
    throw invalidInput(
      field,
      `${date.value} is in the future (today is ${new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)} in Vietnam)`,
    );
  }
};

/** Refuses a document dated wholly before `earlier`, which it carries out (`what` names it). */
export const requireIssuedNotBefore = (date: PartialDate, earlier: PartialDate, field: string, what: string): void => {
  if (dayNumber(lastDay(date)) < dayNumber(firstDay(earlier))) {
    throw ruleViolated(`${field}: ${date.value} is before ${what}, issued ${earlier.value}, which it carries out`, field);
  }
};

/** Refuses an occurrence on a Vietnamese day before any day `issuedOn` can mean (a task done before its plan was issued). */
export const requireOccurredNotBefore = (occurredAt: string, issuedOn: PartialDate, field: string, what: string): void => {
  if (vietnamDayNumber(occurredAt) < dayNumber(firstDay(issuedOn))) {
    throw ruleViolated(`${field}: ${occurredAt} is before ${what} was issued (${issuedOn.value})`, field);
  }
};
