import { invalidInput } from './errors.js';
import { normalizeText } from './text.js';

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A date as a document gives it: '2020-09-16' (DAY), '2020-07' (MONTH) or '2020' (YEAR). */
export interface PartialDate {
  readonly value: string;
  readonly precision: DatePrecision;
}

const MS_PER_DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The years a date may fall in, everywhere (dates of documents, deadlines, when things happened):
 * the platform records documents of the Vietnamese state (none before 1945) and their horizons
 * ("tầm nhìn đến năm 2050"); 1900–2100 holds them with room to spare and refuses the typos
 * ("0202", "2o20", "20200") that would otherwise be stored as another year.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export const requireYearInRange = (year: number, field: string): number => {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw invalidInput(field, `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return year;
};

export const isValidCalendarDay = (year: number, month: number, day: number): boolean => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

const day = (year: number, month: number, dayOfMonth: number, field: string): PartialDate => {
  requireYearInRange(year, field);
  if (!isValidCalendarDay(year, month, dayOfMonth)) {
    throw invalidInput(field, `${year}-${pad(month)}-${pad(dayOfMonth)} is not a calendar day`);
  }
  return { value: `${year}-${pad(month)}-${pad(dayOfMonth)}`, precision: 'DAY' };
};

const month = (year: number, monthOfYear: number, field: string): PartialDate => {
  requireYearInRange(year, field);
  if (monthOfYear < 1 || monthOfYear > 12) throw invalidInput(field, `month ${monthOfYear} does not exist`);
  return { value: `${year}-${pad(monthOfYear)}`, precision: 'MONTH' };
};

const wholeYear = (y: number, field: string): PartialDate => ({ value: String(requireYearInRange(y, field)), precision: 'YEAR' });

/**
 * Reads the forms the documents and provincial systems use: ISO ('2020', '2020-07', '2020-07-16'),
 * Vietnamese day-first ('16/9/2020', '7/2020') and words ('tháng 7 năm 2020', 'năm 2020'). The date
 * must be a real calendar day (or month) of a year from MIN_YEAR to MAX_YEAR.
 */
export const parsePartialDate = (input: string, field = 'date'): PartialDate => {
  const text = normalizeText(input).toLowerCase();
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return day(+m[1], +m[2], +m[3], field);
  if ((m = text.match(/^(\d{4})-(\d{2})$/))) return month(+m[1], +m[2], field);
  if ((m = text.match(/^(?:năm )?(\d{4})$/))) return wholeYear(+m[1], field);
  if ((m = text.match(/^(?:ngày )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/))) return day(+m[3], +m[2], +m[1], field);
  if ((m = text.match(/^(?:tháng )?(\d{1,2})\/(\d{4})$/))) return month(+m[2], +m[1], field);
  if ((m = text.match(/^tháng (\d{1,2}) năm (\d{4})$/))) return month(+m[2], +m[1], field);
  if ((m = text.match(/^ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/))) return day(+m[3], +m[2], +m[1], field);
  throw invalidInput(field, `"${input}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
};

/**
 * Checks a partial date given as a value and its precision (a command built by any caller): the
 * value in the ISO form of its precision, a real day or month, in the accepted years.
 */
const ISO_FORM: Record<DatePrecision, RegExp> = { DAY: /^\d{4}-\d{2}-\d{2}$/, MONTH: /^\d{4}-\d{2}$/, YEAR: /^\d{4}$/ };

export const validatePartialDate = (date: PartialDate | null | undefined, field: string): PartialDate => {
  const form = date ? ISO_FORM[date.precision] : undefined;
  if (!date || !form || typeof date.value !== 'string' || !form.test(date.value)) {
    throw invalidInput(field, `${JSON.stringify(date ?? null)} is not a date as YYYY-MM-DD (DAY), YYYY-MM (MONTH) or YYYY (YEAR)`);
  }
  return parsePartialDate(date.value, field);
};

const daysInMonth = (year: number, monthOfYear: number) => new Date(Date.UTC(year, monthOfYear, 0)).getUTCDate();

/** The first calendar day the partial date can mean, 'YYYY-MM-DD'. */
export const firstDay = (date: PartialDate): string => {
  if (date.precision === 'DAY') return date.value;
  if (date.precision === 'MONTH') return `${date.value}-01`;
  return `${date.value}-01-01`;
};

/** The last calendar day the partial date can mean, 'YYYY-MM-DD'. */
export const lastDay = (date: PartialDate): string => {
  if (date.precision === 'DAY') return date.value;
  if (date.precision === 'MONTH') {
    const [y, m] = date.value.split('-').map(Number);
    return `${date.value}-${pad(daysInMonth(y, m))}`;
  }
  return `${date.value}-12-31`;
};

/** Days since 1970-01-01 of a calendar day 'YYYY-MM-DD': cheap to compare and subtract. */
export const dayNumber = (isoDay: string): number => {
  const y = +isoDay.slice(0, 4);
  const m = +isoDay.slice(5, 7);
  const d = +isoDay.slice(8, 10);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
};

export const isoDayFromNumber = (n: number): string => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

export const addDays = (isoDay: string, days: number): string => isoDayFromNumber(dayNumber(isoDay) + days);

/** An instant exactly as `toISOString` writes it, which is how every stored time is kept. */
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const digitsAt = (text: string, at: number, count: number): number => {
  let n = 0;
  for (let i = at; i < at + count; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
};

/**
 * Epoch milliseconds of an ISO-8601 instant, as Date.parse gives them. The form stored times take is
 * read digit by digit: a rebuild reads two times of every event, and Date.parse took twice as long.
 */
export const epochMs = (instant: string): number =>
  ISO_INSTANT.test(instant)
    ? Date.UTC(
        digitsAt(instant, 0, 4),
        digitsAt(instant, 5, 2) - 1,
        digitsAt(instant, 8, 2),
        digitsAt(instant, 11, 2),
        digitsAt(instant, 14, 2),
        digitsAt(instant, 17, 2),
        digitsAt(instant, 20, 3),
      )
    : Date.parse(instant);

/** Vietnam keeps UTC+7 all year: the calendar day on which an instant fell there. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
export const vietnamDayNumber = (instant: string | Date): number => {
  const ms = typeof instant === 'string' ? epochMs(instant) : instant.getTime();
  return Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY);
};

/** The instant a calendar day begins in Vietnam, as ISO-8601 (for event `occurredAt`). */
export const vietnamStartOfDay = (isoDay: string): string => new Date(dayNumber(isoDay) * MS_PER_DAY - VIETNAM_OFFSET_MS).toISOString();

const EARLIEST_MS = Date.UTC(MIN_YEAR, 0, 1) - VIETNAM_OFFSET_MS;
const AFTER_LATEST_MS = Date.UTC(MAX_YEAR + 1, 0, 1) - VIETNAM_OFFSET_MS;

/** The last instant requireInstantInRange accepted (a string: the same text is the same instant). */
let lastInRange: string | undefined;

/**
 * An instant a caller states (when something happened): refused unless it is a real instant on a
 * Vietnamese calendar day of the accepted years.
 */
export const requireInstantInRange = (instant: string, field: string): string => {
  // The runner checks a command's instant, then its decider again: the second asks no parse.
  if (instant === lastInRange) return instant;
  // Date.parse, not epochMs: its fast path reads years 0–99 as 1900–1999, as Date.UTC does.
  const ms = typeof instant === 'string' ? Date.parse(instant) : NaN;
  if (!Number.isFinite(ms)) throw invalidInput(field, `${JSON.stringify(instant)} is not a date-time`);
  if (ms < EARLIEST_MS || ms >= AFTER_LATEST_MS) {
    throw invalidInput(field, `${instant} is outside the years ${MIN_YEAR}–${MAX_YEAR} (Vietnam time)`);
  }
  lastInRange = instant;
  return instant;
};

export interface DayRange {
  readonly min: number;
  readonly max: number;
}

/** Days from one partial date to another: exact when both are days, a range otherwise. */
export const daysBetween = (from: PartialDate, to: PartialDate): DayRange => ({
  min: dayNumber(firstDay(to)) - dayNumber(lastDay(from)),
  max: dayNumber(lastDay(to)) - dayNumber(firstDay(from)),
});
