import { DeadlineExceededError, NotLeaderError, UnavailableError } from '@kurrent/kurrentdb-client';

/** Errors a subscription survives by subscribing again: the server or the way to it is away for a while. */
export const isTransient = (error: unknown): boolean =>
  error instanceof UnavailableError || error instanceof NotLeaderError || error instanceof DeadlineExceededError;

const LONGEST_WAIT_MS = 5000;

/** The wait before the n-th attempt to subscribe again (n ≥ 1): doubling from the first, at most 5 s. */
export const resubscribeDelayMs = (failure: number, firstDelayMs: number): number =>
  Math.min(firstDelayMs * 2 ** (failure - 1), LONGEST_WAIT_MS);
