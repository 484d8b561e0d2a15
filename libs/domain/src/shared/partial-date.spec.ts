import { daysBetween, epochMs, parsePartialDate, vietnamDayNumber, dayNumber } from './partial-date.js';

describe('partial dates', () => {
  it('reads ISO, Vietnamese day-first and worded forms', () => {
    expect(parsePartialDate('2020-09-16')).toEqual({ value: '2020-09-16', precision: 'DAY' });
    expect(parsePartialDate('16/9/2020')).toEqual({ value: '2020-09-16', precision: 'DAY' });
    expect(parsePartialDate('tháng 7 năm 2020')).toEqual({ value: '2020-07', precision: 'MONTH' });
    expect(parsePartialDate('2020')).toEqual({ value: '2020', precision: 'YEAR' });
  });

  it('rejects days that do not exist, naming the field', () => {
    expect(() => parsePartialDate('2020-02-30', 'issuedOn')).toThrow(/issuedOn: 2020-02-30 is not a calendar day/);
    expect(() => parsePartialDate('last spring', 'issuedOn')).toThrow(/issuedOn: "last spring" is not a date/);
  });

  it('gives exact lags between days and ranges for partial dates', () => {
    const qd696 = parsePartialDate('2020-05-25');
    expect(daysBetween(qd696, parsePartialDate('2020-09-16'))).toEqual({ min: 114, max: 114 });
    expect(daysBetween(qd696, parsePartialDate('2020-07'))).toEqual({ min: 37, max: 67 });
    expect(daysBetween(parsePartialDate('2015-12-11'), parsePartialDate('2016-05-16'))).toEqual({ min: 157, max: 157 });
  });

  it('counts an instant on the calendar day it fell on in Vietnam (UTC+7)', () => {
    expect(vietnamDayNumber('2020-06-09T17:30:00Z')).toBe(dayNumber('2020-06-10'));
    expect(vietnamDayNumber('2020-06-09T16:59:59Z')).toBe(dayNumber('2020-06-09'));
  });
});

describe('the Vietnamese day of an instant', () => {
  it('agrees with Date arithmetic for instants written by toISOString, around midnight in Vietnam', () => {
    const slow = (iso: string) => Math.floor((Date.parse(iso) + 7 * 3_600_000) / 86_400_000);
    for (const iso of [
      '2020-06-09T16:59:59.999Z',
      '2020-06-09T17:00:00.000Z',
      '2020-12-31T23:59:59.999Z',
      '2024-02-28T17:00:00.000Z',
      '1999-01-01T00:00:00.000Z',
    ]) {
      expect(vietnamDayNumber(iso)).toBe(slow(iso));
    }
    expect(vietnamDayNumber('2020-06-09T17:00:00+00:00')).toBe(dayNumber('2020-06-10'));
  });
});

describe('the epoch milliseconds of an instant', () => {
  it('are those Date.parse gives, for stored instants and any other ISO-8601 form', () => {
    const instants = [
      '2020-06-09T16:59:59.999Z',
      '2024-02-29T00:00:00.001Z',
      '1969-12-31T23:59:59.999Z',
      '2020-06-09T17:00:00+07:00',
      '2020-06-09T17:00:00Z',
      '2020-06-09',
    ];
    for (const iso of instants) expect(epochMs(iso)).toBe(Date.parse(iso));
  });

  it('are NaN for text that is not an instant, as with Date.parse', () => {
    expect(epochMs('2020-06-09T17:00:00.00xZ')).toBeNaN();
    expect(epochMs('hôm qua')).toBeNaN();
  });
});
