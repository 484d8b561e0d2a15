import { AccessDeniedError, UnavailableError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { isTransient, resubscribeDelayMs } from './resubscribe.js';

describe('subscribing again after the server dropped a subscription', () => {
  it('waits twice as long after each failure in a row, at most 5 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 12].map((failure) => resubscribeDelayMs(failure, 200))).toEqual([
      200, 400, 800, 1600, 3200, 5000, 5000, 5000,
    ]);
  });

  it('survives the server being away, not errors that would recur', () => {
    expect(isTransient(new UnavailableError())).toBe(true);
    expect(isTransient(new AccessDeniedError())).toBe(false);
    expect(isTransient(new WrongExpectedVersionError(undefined, { streamName: 's', expected: 'any', current: 'no_stream' }))).toBe(false);
    expect(isTransient(new Error('KurrentDB returned event x without its position'))).toBe(false);
  });
});
