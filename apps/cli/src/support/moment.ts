import { addDays, isValidCalendarDay, vietnamStartOfDay } from '@monitor/domain';
import { CliError } from './cli-error.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A moment as typed: an ISO instant with its offset ("2022-06-30T17:00:00Z"), or a day
 * ("2022-06-30") meaning the end of that day in Vietnam (UTC+7), where the platform's users read it.
 */
export const parseMoment = (typed: string, option: string): Date => {
  const day = DAY.exec(typed);
  if (day && isValidCalendarDay(+day[1]!, +day[2]!, +day[3]!)) return new Date(Date.parse(vietnamStartOfDay(addDays(typed, 1))) - 1);
  const at = new Date(typed);
  if (!INSTANT.test(typed) || Number.isNaN(at.getTime())) {
    throw new CliError(`${option} must be a day (2022-06-30) or an ISO date-time with its offset (2022-06-30T17:00:00Z), not "${typed}"`);
  }
  return at;
};
