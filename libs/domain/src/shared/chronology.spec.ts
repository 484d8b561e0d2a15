import { requireDateNotInFuture, requireIssuedNotBefore, requireNotInFuture, requireOccurredNotBefore } from './chronology.js';
import type { PartialDate } from './partial-date.js';

const date = (value: string): PartialDate => ({ value, precision: value.length === 10 ? 'DAY' : value.length === 7 ? 'MONTH' : 'YEAR' });
const outcome = (act: () => void) => {
  try {
    act();
    return 'accepted';
  } catch (error) {
    return `${(error as { code: string }).code} ${(error as { field: string }).field}`;
  }
};
const now = new Date('2026-12-07T03:00:00.000Z');

describe('dates checked against the record and the clock', () => {
  it.each([
    ['1900-01-01', '2020-05-25', 'RULE_VIOLATED issuedOn'],
    ['2020-05-24', '2020-05-25', 'RULE_VIOLATED issuedOn'],
    ['2020-05-25', '2020-05-25', 'accepted'],
    // A month or a year is compared as the days it can mean: refused only when none can be on or after.
    ['2020-05', '2020-05-25', 'accepted'],
    ['2020-04', '2020-05-25', 'RULE_VIOLATED issuedOn'],
    ['2020', '2020-05', 'accepted'],
    ['2020-05-01', '2020', 'accepted'],
    ['2019', '2020', 'RULE_VIOLATED issuedOn'],
  ])('a plan of %s carrying out a document of %s: %s', (plan, directive, expected) =>
    expect(outcome(() => requireIssuedNotBefore(date(plan), date(directive), 'issuedOn', 'x'))).toBe(expected),
  );

  it.each([
    ['2020-09-15T16:59:59.000Z', 'RULE_VIOLATED occurredAt'],
    ['2020-09-15T17:00:00.000Z', 'accepted'],
  ])('an occurrence at %s on a plan issued 2020-09-16 (Vietnam time): %s', (occurredAt, expected) =>
    expect(outcome(() => requireOccurredNotBefore(occurredAt, date('2020-09-16'), 'occurredAt', 'plan p'))).toBe(expected),
  );

  it.each([
    ['2026-12-07T03:05:00.000Z', 'accepted'],
    ['2026-12-07T03:05:00.001Z', 'INVALID_INPUT occurredAt'],
    ['2099-01-01T00:00:00+07:00', 'INVALID_INPUT occurredAt'],
  ])('an occurrence at %s by a clock at 03:00 UTC: %s', (instant, expected) =>
    expect(outcome(() => requireNotInFuture(instant, now, 'occurredAt'))).toBe(expected),
  );

  it.each([
    ['2026-12-07', 'accepted'],
    ['2026-12', 'accepted'],
    ['2026', 'accepted'],
    ['2026-12-08', 'INVALID_INPUT issuedOn'],
    ['2099', 'INVALID_INPUT issuedOn'],
  ])('a document dated %s on 7 December 2026: %s', (value, expected) =>
    expect(outcome(() => requireDateNotInFuture(date(value), now, 'issuedOn'))).toBe(expected),
  );
});
