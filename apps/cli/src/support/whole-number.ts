import { CliError } from './cli-error.js';

/** An option's value as a whole number, or a clear error naming the option. */
export const wholeNumber = (value: string, option: string, least = 0): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < least) {
    throw new CliError(`${option} must be a whole number${least > 0 ? ` of at least ${least}` : ''}, not "${value}"`);
  }
  return n;
};
