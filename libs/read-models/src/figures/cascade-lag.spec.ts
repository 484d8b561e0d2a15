import { parsePartialDate } from '@monitor/domain';
import { lagBetween } from './cascade-lag.js';

describe('lag along a cascade', () => {
  it('is exact between two days (DOMAIN.md: 27/NQ-CP → 59/KH-UBND 66 days, → 41/KH-KHCN 90 days)', () => {
    // 27/NQ-CP is dated 21/02/2017: 7 days of February + 31 of March + 28 of April = 66.
    expect(lagBetween(parsePartialDate('2017-02-21'), parsePartialDate('2017-04-28'))).toEqual({ days: 66, minDays: 66, maxDays: 66 });
    expect(lagBetween(parsePartialDate('2017-02-21'), parsePartialDate('2017-05-22'))).toEqual({ days: 90, minDays: 90, maxDays: 90 });
    // The department's plan under the province's: 28/04 → 22/05/2017.
    expect(lagBetween(parsePartialDate('2017-04-28'), parsePartialDate('2017-05-22'))).toEqual({ days: 24, minDays: 24, maxDays: 24 });
  });

  it('is a range when a date is partial, never an invented day', () => {
    // 696/QĐ-TTg (25/05/2020) → a plan of "tháng 7 năm 2020": 01/07 is 37 days on, 31/07 is 67.
    expect(lagBetween(parsePartialDate('2020-05-25'), parsePartialDate('tháng 7 năm 2020'))).toEqual({
      days: null,
      minDays: 37,
      maxDays: 67,
    });
  });
});
