/**
 * The data windows of periodic reports (thời gian chốt số liệu). CALENDAR: a period's report covers
 * its calendar months. DECREE_09_2019 (Nghị định 09/2019/NĐ-CP, Điều 12): every window ends on the
 * 14th and starts on the 15th of the month before — monthly 15 of the previous month to 14; quarterly
 * 15 of the month before the quarter to 14 of its last month (Q1: 15/12 of the previous year to 14/3);
 * half-yearly 15/12 of the previous year to 14/6, then 15/6 to 14/12; nine-monthly 15/12 of the
 * previous year to 14/9; yearly 15/12 of the previous year to 14/12.
 * A period is named by its calendar label (year, number within the year), as the reports name it:
 * "báo cáo quý I/2021" covers 15/12/2020–14/03/2021 under the decree.
 */
export type ReportDataWindow = 'CALENDAR' | 'DECREE_09_2019';

export const REPORT_DATA_WINDOWS: readonly ReportDataWindow[] = ['CALENDAR', 'DECREE_09_2019'];

export type ReportPeriodLength = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';

/** The months a period of each length spans. */
export const MONTHS_IN_PERIOD: Readonly<Record<ReportPeriodLength, number>> = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };

/** A period as reports name it: year, and its number within the year from 1 (month 1–12, quarter 1–4, half 1–2, year 1). */
export interface ReportPeriodLabel {
  readonly year: number;
  readonly number: number;
}

/** The days a report covers, ISO days, both included. */
export interface ReportWindow {
  readonly from: string;
  readonly to: string;
}

/** The day the decree's windows close on, and the one the next opens on. */
const DECREE_LAST_DAY = 14;

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The window covering calendar months [firstMonth, lastMonth] of `year` (lastMonth ≤ 12). */
const windowOfMonths = (basis: ReportDataWindow, year: number, firstMonth: number, lastMonth: number): ReportWindow => {
  if (basis === 'CALENDAR') return { from: iso(year, firstMonth, 1), to: iso(year, lastMonth, lastDayOfMonth(year, lastMonth)) };
  const from = firstMonth === 1 ? iso(year - 1, 12, DECREE_LAST_DAY + 1) : iso(year, firstMonth - 1, DECREE_LAST_DAY + 1);
  return { from, to: iso(year, lastMonth, DECREE_LAST_DAY) };
};

const requireNumber = (length: ReportPeriodLength, number: number): number => {
  const perYear = 12 / MONTHS_IN_PERIOD[length];
  if (!Number.isInteger(number) || number < 1 || number > perYear)
    throw new RangeError(`a ${length} period is numbered 1–${perYear}, not ${number}`);
  return number;
};

/** The days the report of a period covers: `reportWindow('DECREE_09_2019', 'QUARTER', { year: 2021, number: 1 })` is 2020-12-15 to 2021-03-14. */
export const reportWindow = (basis: ReportDataWindow, length: ReportPeriodLength, period: ReportPeriodLabel): ReportWindow => {
  const months = MONTHS_IN_PERIOD[length];
  const firstMonth = (requireNumber(length, period.number) - 1) * months + 1;
  return windowOfMonths(basis, period.year, firstMonth, firstMonth + months - 1);
};

/**
 * The nine-monthly report's window (báo cáo 9 tháng): January to September, or under the decree
 * 15/12 of the previous year to 14/9. It overlaps the other periods, so no day has a single one.
 */
export const nineMonthWindow = (basis: ReportDataWindow, year: number): ReportWindow => windowOfMonths(basis, year, 1, 9);

/**
 * The period of a length whose window holds a day (ISO day). Under the decree a day from the 15th on
 * belongs to the next month's window: 15/12/2020 is in January 2021, Q1/2021, H1/2021 and year 2021.
 */
export const reportPeriodOfDay = (basis: ReportDataWindow, length: ReportPeriodLength, isoDay: string): ReportPeriodLabel => {
  let year = Number(isoDay.slice(0, 4));
  let month = Number(isoDay.slice(5, 7));
  const day = Number(isoDay.slice(8, 10));
  if (basis === 'DECREE_09_2019' && day > DECREE_LAST_DAY) {
    month++;
    if (month === 13) {
      month = 1;
      year++;
    }
  }
  return { year, number: Math.floor((month - 1) / MONTHS_IN_PERIOD[length]) + 1 };
};
