import { CliError, EXIT } from './cli-error.js';

/**
 * Ctrl-C aborts the signal instead of killing the process, so a command stops between batches and
 * removes what it had half-written. A second Ctrl-C exits at once.
 */
export const interruptSignal = (): AbortSignal => {
  const controller = new AbortController();
  process.once('SIGINT', () => {
    controller.abort();
    process.once('SIGINT', () => process.exit(EXIT.interrupted));
  });
  process.once('SIGTERM', () => controller.abort());
  return controller.signal;
};

export const throwIfInterrupted = (signal: AbortSignal, what: string): void => {
  if (signal.aborted) throw new CliError(`${what} interrupted: nothing was written`, EXIT.interrupted);
};
