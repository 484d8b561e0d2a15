import type { ReportDataWindow } from '@monitor/domain';
import { directive, planReporting, province, reportedBy, stateFrom, task, unit, type Fact } from '../testing/monitoring-fixtures.js';
import { compareProvinces } from '../queries/province-comparison.query.js';

/**
 * Three provinces' plans for 696/QĐ-TTg, each issued 05/01/2021 with one duty: Hà Nam half-yearly,
 * no due day; Bắc Giang quarterly, sent by the 20th of the quarter's last month; Bắc Kạn yearly,
 * by 30/11. `window` says whether the duties follow Nghị định 09/2019/NĐ-CP's windows.
 */
const stateWith = (window: ReportDataWindow) =>
  stateFrom(
    [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25'],
    ...['ha-nam', 'bac-giang', 'bac-kan'].flatMap((id): Fact[] => [
      [province(id, id), '2020-01-01'],
      [unit(`${id}.so-khcn`, id), '2020-01-01'],
    ]),
    [
      planReporting('hn', 'ha-nam', '2021-01-05', ['696/QĐ-TTg'], {
        frequency: 'SEMIANNUAL',
        dueMonth: null,
        dueDay: null,
        reporters: ['ha-nam.so-khcn'],
        dataWindow: window,
      }),
      '2021-01-05',
    ],
    [task('hn-1', 'hn', 'ha-nam', 'trong năm 2025'), '2021-01-05'],
    [
      planReporting('bg', 'bac-giang', '2021-01-05', ['696/QĐ-TTg'], {
        frequency: 'QUARTERLY',
        dueMonth: null,
        dueDay: 20,
        reporters: ['bac-giang.so-khcn'],
        dataWindow: window,
      }),
      '2021-01-05',
    ],
    [task('bg-1', 'bg', 'bac-giang', 'trong năm 2025'), '2021-01-05'],
    [
      planReporting('bk', 'bac-kan', '2021-01-05', ['696/QĐ-TTg'], {
        frequency: 'YEARLY',
        dueMonth: 11,
        dueDay: 30,
        reporters: ['bac-kan.so-khcn'],
        dataWindow: window,
      }),
      '2021-01-05',
    ],
    [task('bk-1', 'bk', 'bac-kan', 'trong năm 2025'), '2021-01-05'],
    // Hà Nam: on 14/6 and on 15/6.
    [reportedBy('hn-1', 'h-14-6', 'ha-nam.so-khcn'), '2021-06-14'],
    [reportedBy('hn-1', 'h-15-6', 'ha-nam.so-khcn'), '2021-06-15'],
    // Bắc Giang: 18/3 (after the decree's Q1 window, by its due day), 12/6, 25/9 (past Q3's due day).
    [reportedBy('bg-1', 'q-18-3', 'bac-giang.so-khcn'), '2021-03-18'],
    [reportedBy('bg-1', 'q-12-6', 'bac-giang.so-khcn'), '2021-06-12'],
    [reportedBy('bg-1', 'q-25-9', 'bac-giang.so-khcn'), '2021-09-25'],
    // Bắc Kạn: 05/12 (after the due day 30/11), 20/12.
    [reportedBy('bk-1', 'y-5-12', 'bac-kan.so-khcn'), '2021-12-05'],
    [reportedBy('bk-1', 'y-20-12', 'bac-kan.so-khcn'), '2021-12-20'],
  );

const decree = stateWith('DECREE_09_2019');
const calendar = stateWith('CALENDAR');
const rowOf = (state: typeof decree, id: string, asOf: string) =>
  compareProvinces(state, { directive: state.directives.get('696/QĐ-TTg')!, asOf }).rows.find((r) => r.provinceId === id)!;

describe('reporting rate under the data windows of Nghị định 09/2019/NĐ-CP', () => {
  it('counts a report of 14/6 for the first half-year (15/12–14/6) and one of 15/6 for the second', () => {
    // On 14/6 the first half's window has closed: expected 1, received (14/6) on time.
    expect(rowOf(decree, 'ha-nam', '2021-06-14T12:00:00Z')).toMatchObject({
      expectedReports: 1,
      receivedReports: 1,
      receivedReportsOnTime: 1,
    });
    // On 14/12 the second's has too: 15/6 was its report.
    expect(rowOf(decree, 'ha-nam', '2021-12-14T12:00:00Z')).toMatchObject({
      expectedReports: 2,
      receivedReports: 2,
      receivedReportsOnTime: 2,
    });
    // Calendar halves: both reports fall in January–June; on 14/12 the second half has not ended.
    expect(rowOf(calendar, 'ha-nam', '2021-06-14T12:00:00Z')).toMatchObject({ expectedReports: 0 });
    expect(rowOf(calendar, 'ha-nam', '2021-12-14T12:00:00Z')).toMatchObject({
      expectedReports: 1,
      receivedReports: 1,
      receivedReportsOnTime: 1,
    });
  });

  it('counts a report sent after a window closed but by its due day for that window, and one past it for the next', () => {
    // Q1 15/12–14/3, due 20/3: 18/3 on time. Q2 15/3–14/6: 12/6 on time. Q3 15/6–14/9, due 20/9: none
    // (25/9 is past it, so it falls in Q4's window 15/9–14/12, due 20/12: on time). Q4 closed on 14/12.
    expect(rowOf(decree, 'bac-giang', '2021-12-14T12:00:00Z')).toMatchObject({
      expectedReports: 4,
      receivedReports: 3,
      receivedReportsOnTime: 3,
      reportingRate: 3 / 4,
      reportingOnTimeRate: 3 / 4,
    });
    // Calendar quarters end on 31/12: on 14/12, Q1–Q3 are expected; 25/9 is Q3's, late (due 20/9).
    expect(rowOf(calendar, 'bac-giang', '2021-12-14T12:00:00Z')).toMatchObject({
      expectedReports: 3,
      receivedReports: 3,
      receivedReportsOnTime: 2,
    });
  });

  it("judges a yearly report late after its due day within the window, and one after 14/12 as next year's", () => {
    // 2021: 15/12/2020–14/12/2021, due 30/11: 05/12 received late. 20/12 is 2022's (window to 14/12/2022).
    expect(rowOf(decree, 'bac-kan', '2021-12-14T12:00:00Z')).toMatchObject({
      expectedReports: 1,
      receivedReports: 1,
      receivedReportsOnTime: 0,
    });
    expect(rowOf(decree, 'bac-kan', '2022-12-14T12:00:00Z')).toMatchObject({
      expectedReports: 2,
      receivedReports: 2,
      receivedReportsOnTime: 1,
    });
    // Calendar: 2021 ends 31/12; both reports are 2021's, one report late.
    expect(rowOf(calendar, 'bac-kan', '2021-12-14T12:00:00Z')).toMatchObject({ expectedReports: 0 });
    expect(rowOf(calendar, 'bac-kan', '2022-12-14T12:00:00Z')).toMatchObject({
      expectedReports: 1,
      receivedReports: 1,
      receivedReportsOnTime: 0,
    });
  });

  it('answers the same through the record known at a moment (knownAsOf)', () => {
    const known = (id: string) =>
      compareProvinces(decree, {
        directive: decree.directives.get('696/QĐ-TTg')!,
        asOf: '2022-12-14T12:00:00Z',
        knownAsOf: '2026-06-01T00:00:00Z',
      }).rows.find((r) => r.provinceId === id)!;
    for (const id of ['ha-nam', 'bac-giang', 'bac-kan']) {
      const { expectedReports, receivedReports, receivedReportsOnTime } = rowOf(decree, id, '2022-12-14T12:00:00Z');
      expect(known(id)).toMatchObject({ expectedReports, receivedReports, receivedReportsOnTime });
    }
  });
});
