import { invalidInput } from './errors.js';
import { addDays, firstDay, isValidCalendarDay, lastDay, parsePartialDate, requireYearInRange } from './partial-date.js';
import { normalizeText } from './text.js';

export type DeadlineKind = 'BY_DATE' | 'WITHIN_PERIOD' | 'RECURRING' | 'OPEN_ENDED' | 'NONE';

/**
 * A deadline in every form the documents use, with the original wording kept beside it.
 * `due` is the last calendar day that still counts as on time ('YYYY-MM-DD'), when one exists;
 * `start` is the first day of the period or open-ended span, when the wording gives one.
 */
export interface Deadline {
  readonly kind: DeadlineKind;
  readonly due: string | null;
  readonly start: string | null;
  readonly recurrence: 'YEARLY' | 'QUARTERLY' | 'MONTHLY' | null;
  readonly text: string | null;
}

export const NO_DEADLINE: Deadline = { kind: 'NONE', due: null, start: null, recurrence: null, text: null };

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const exactDay = (d: string, m: string, y: string, field: string): string => {
  requireYearInRange(+y, field);
  if (!isValidCalendarDay(+y, +m, +d)) throw invalidInput(field, `${d}/${m}/${y} is not a calendar day`);
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
};

const period = (start: string | null, due: string | null, text: string): Deadline => ({
  kind: 'WITHIN_PERIOD',
  start,
  due,
  recurrence: null,
  text,
});

/**
 * Reads a deadline as Vietnamese documents word it. "trước ngày 10/6/2020" is strictly before:
 * the last on-time day is 9/6; "đến ngày", "chậm nhất" and "hạn" include the day named.
 */
export const parseDeadline = (input: string, field = 'deadline'): Deadline => {
  const text = normalizeText(input);
  const t = text.toLowerCase();
  // Each year the wording is read by must be one a date may hold (see MIN_YEAR).
  const y = (year: string) => String(requireYearInRange(+year, field));
  if (t === '' || t === 'không' || t === 'không có') return { ...NO_DEADLINE, text: text || null };
  let m: RegExpMatchArray | null;

  if ((m = t.match(/(trước|đến|chậm nhất|hạn|hoàn thành|xong)?\s*(?:ngày\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})/))) {
    const day = exactDay(m[2], m[3], m[4], field);
    return { kind: 'BY_DATE', due: m[1] === 'trước' ? addDays(day, -1) : day, start: null, recurrence: null, text };
  }
  if (/thường xuyên|hàng năm|hằng năm|định kỳ/.test(t)) {
    const recurrence = /quý/.test(t) ? 'QUARTERLY' : /tháng/.test(t) ? 'MONTHLY' : 'YEARLY';
    const since = t.match(/từ năm (\d{4})/);
    return { kind: 'RECURRING', due: null, start: since ? `${y(since[1])}-01-01` : null, recurrence, text };
  }
  if ((m = t.match(/(\d{4})\s*(?:-|–|đến|đến năm)\s*(\d{4})/))) {
    if (+y(m[2]) < +y(m[1])) throw invalidInput(field, `period "${text}" ends before it starts`);
    return period(`${m[1]}-01-01`, `${m[2]}-12-31`, text);
  }
  if ((m = t.match(/quý\s*(iv|iii|ii|i|[1-4])\s*(?:\/|năm)\s*(\d{4})/))) {
    const q = QUARTERS[m[1]];
    y(m[2]);
    const startMonth = String(q * 3 - 2).padStart(2, '0');
    return period(`${m[2]}-${startMonth}-01`, lastDay(parsePartialDate(`${m[2]}-${String(q * 3).padStart(2, '0')}`, field)), text);
  }
  if ((m = t.match(/(trước )?tháng\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/))) {
    const month = parsePartialDate(`${m[3]}-${m[2].padStart(2, '0')}`, field);
    if (m[1]) return { kind: 'BY_DATE', due: addDays(firstDay(month), -1), start: null, recurrence: null, text };
    return period(firstDay(month), lastDay(month), text);
  }
  if ((m = t.match(/từ năm (\d{4})/))) {
    return { kind: 'OPEN_ENDED', due: null, start: `${y(m[1])}-01-01`, recurrence: null, text };
  }
  if ((m = t.match(/trước năm (\d{4})/))) return period(null, `${+y(m[1]) - 1}-12-31`, text);
  if ((m = t.match(/(?:đến|tới|giai đoạn đến) năm (\d{4})/))) return period(null, `${y(m[1])}-12-31`, text);
  if ((m = t.match(/(?:trong )?năm (\d{4})/)) || (m = t.match(/^(\d{4})$/))) {
    return period(`${y(m[1])}-01-01`, `${m[1]}-12-31`, text);
  }
  throw invalidInput(field, `deadline "${text}" is not a form the platform reads; give its kind and due date explicitly`);
};

/** Checks a deadline given in structured form (from an API caller), keeping its wording. */
const KINDS: readonly DeadlineKind[] = ['BY_DATE', 'WITHIN_PERIOD', 'RECURRING', 'OPEN_ENDED', 'NONE'];

export const validateDeadline = (deadline: Deadline, field = 'deadline'): Deadline => {
  if (!KINDS.includes(deadline.kind))
    throw invalidInput(`${field}.kind`, `"${deadline.kind}" is not a deadline kind (${KINDS.join(', ')})`);
  const isDay = (v: string | null) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v);
  if (!isDay(deadline.due)) throw invalidInput(`${field}.due`, `"${deadline.due}" is not a date (YYYY-MM-DD)`);
  if (!isDay(deadline.start)) throw invalidInput(`${field}.start`, `"${deadline.start}" is not a date (YYYY-MM-DD)`);
  if (deadline.due) parsePartialDate(deadline.due, `${field}.due`);
  if (deadline.start) parsePartialDate(deadline.start, `${field}.start`);
  if (deadline.kind === 'BY_DATE' && !deadline.due) throw invalidInput(`${field}.due`, 'a BY_DATE deadline needs a due date');
  if ((deadline.kind === 'NONE' || deadline.kind === 'OPEN_ENDED') && deadline.due) {
    throw invalidInput(`${field}.due`, `a ${deadline.kind} deadline has no due date`);
  }
  if (deadline.start && deadline.due && deadline.due < deadline.start) {
    throw invalidInput(`${field}.due`, 'the due date is before the start');
  }
  return {
    kind: deadline.kind,
    due: deadline.due ?? null,
    start: deadline.start ?? null,
    recurrence: deadline.recurrence ?? (deadline.kind === 'RECURRING' ? 'YEARLY' : null),
    text: deadline.text ? normalizeText(deadline.text) : null,
  };
};
