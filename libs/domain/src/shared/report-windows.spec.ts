import { nineMonthWindow, reportPeriodOfDay, reportWindow, type ReportPeriodLength } from './report-windows.js';

const decree = (length: ReportPeriodLength, year: number, number: number) => reportWindow('DECREE_09_2019', length, { year, number });
const calendar = (length: ReportPeriodLength, year: number, number: number) => reportWindow('CALENDAR', length, { year, number });

describe('data windows of Nghị định 09/2019/NĐ-CP', () => {
  it('runs a monthly window from the 15th of the previous month to the 14th, January from 15/12 of the year before', () => {
    expect(decree('MONTH', 2021, 1)).toEqual({ from: '2020-12-15', to: '2021-01-14' });
    expect(decree('MONTH', 2021, 3)).toEqual({ from: '2021-02-15', to: '2021-03-14' });
    expect(decree('MONTH', 2021, 12)).toEqual({ from: '2021-11-15', to: '2021-12-14' });
  });

  it('needs no leap-year rule: February ends on the 14th in every year', () => {
    expect(decree('MONTH', 2020, 2)).toEqual({ from: '2020-01-15', to: '2020-02-14' });
    expect(decree('MONTH', 2021, 3)).toEqual({ from: '2021-02-15', to: '2021-03-14' });
    expect(decree('MONTH', 2024, 3)).toEqual({ from: '2024-02-15', to: '2024-03-14' });
  });

  it('runs a quarter from the 15th of the month before it to the 14th of its last month, Q1 from 15/12', () => {
    expect(decree('QUARTER', 2021, 1)).toEqual({ from: '2020-12-15', to: '2021-03-14' });
    expect(decree('QUARTER', 2021, 2)).toEqual({ from: '2021-03-15', to: '2021-06-14' });
    expect(decree('QUARTER', 2021, 3)).toEqual({ from: '2021-06-15', to: '2021-09-14' });
    expect(decree('QUARTER', 2021, 4)).toEqual({ from: '2021-09-15', to: '2021-12-14' });
  });

  it('runs the half-years 15/12 of the previous year to 14/6 and 15/6 to 14/12, the year 15/12 to 14/12, nine months to 14/9', () => {
    expect(decree('HALF_YEAR', 2021, 1)).toEqual({ from: '2020-12-15', to: '2021-06-14' });
    expect(decree('HALF_YEAR', 2021, 2)).toEqual({ from: '2021-06-15', to: '2021-12-14' });
    expect(decree('YEAR', 2021, 1)).toEqual({ from: '2020-12-15', to: '2021-12-14' });
    expect(nineMonthWindow('DECREE_09_2019', 2021)).toEqual({ from: '2020-12-15', to: '2021-09-14' });
  });

  it('keeps calendar windows whole months, February to its last day', () => {
    expect(calendar('MONTH', 2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(calendar('MONTH', 2023, 2)).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(calendar('QUARTER', 2021, 1)).toEqual({ from: '2021-01-01', to: '2021-03-31' });
    expect(calendar('HALF_YEAR', 2021, 2)).toEqual({ from: '2021-07-01', to: '2021-12-31' });
    expect(calendar('YEAR', 2021, 1)).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(nineMonthWindow('CALENDAR', 2021)).toEqual({ from: '2021-01-01', to: '2021-09-30' });
  });

  it('puts a day from the 15th on into the next window, 15/12 into the next year', () => {
    expect(reportPeriodOfDay('DECREE_09_2019', 'HALF_YEAR', '2021-06-14')).toEqual({ year: 2021, number: 1 });
    expect(reportPeriodOfDay('DECREE_09_2019', 'HALF_YEAR', '2021-06-15')).toEqual({ year: 2021, number: 2 });
    expect(reportPeriodOfDay('DECREE_09_2019', 'YEAR', '2021-12-14')).toEqual({ year: 2021, number: 1 });
    expect(reportPeriodOfDay('DECREE_09_2019', 'YEAR', '2021-12-15')).toEqual({ year: 2022, number: 1 });
    expect(reportPeriodOfDay('DECREE_09_2019', 'MONTH', '2020-12-31')).toEqual({ year: 2021, number: 1 });
    expect(reportPeriodOfDay('DECREE_09_2019', 'QUARTER', '2020-12-15')).toEqual({ year: 2021, number: 1 });
    expect(reportPeriodOfDay('DECREE_09_2019', 'QUARTER', '2021-03-15')).toEqual({ year: 2021, number: 2 });
    expect(reportPeriodOfDay('DECREE_09_2019', 'MONTH', '2024-02-29')).toEqual({ year: 2024, number: 3 });
    expect(reportPeriodOfDay('CALENDAR', 'HALF_YEAR', '2021-06-15')).toEqual({ year: 2021, number: 1 });
    expect(reportPeriodOfDay('CALENDAR', 'YEAR', '2021-12-31')).toEqual({ year: 2021, number: 1 });
  });

  it('finds, for every day of two years, the one window of each length that holds it', () => {
    for (let n = Date.UTC(2020, 0, 1); n < Date.UTC(2022, 0, 1); n += 86_400_000) {
      const day = new Date(n).toISOString().slice(0, 10);
      for (const basis of ['CALENDAR', 'DECREE_09_2019'] as const) {
        for (const length of ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as const) {
          const window = reportWindow(basis, length, reportPeriodOfDay(basis, length, day));
          expect(window.from <= day && day <= window.to).toBe(true);
        }
      }
    }
  });

  it('refuses a period number the length does not have', () => {
    expect(() => decree('QUARTER', 2021, 5)).toThrow(/QUARTER period is numbered 1–4, not 5/);
    expect(() => decree('MONTH', 2021, 0)).toThrow(RangeError);
  });
});
