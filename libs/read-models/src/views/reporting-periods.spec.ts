import {
  directive,
  eventsFrom,
  merged,
  planReporting,
  planValues,
  province,
  reportedBy,
  stateOf,
  task,
  unit,
  type Fact,
} from '../testing/monitoring-fixtures.js';
import { applyMonitoringEvent } from './monitoring.projection.js';
import { compareProvinces } from '../queries/province-comparison.query.js';

/**
 * Hà Nam's plan (16/09/2020) owes a yearly report by 30/11 from Sở KH&CN Hà Nam; Hà Nam merged into
 * Ninh Bình on 01/07/2025, so its Sở stopped existing then. Bắc Giang's plan, dated only "tháng 3
 * năm 2021", owes quarterly reports by the 15th of each quarter's last month.
 */
const facts: Fact[] = [
  [province('ha-nam', 'Hà Nam'), '2016-01-01', '2020-01-01'],
  [province('bac-giang', 'Bắc Giang'), '2016-01-01', '2020-01-01'],
  [province('ninh-binh', 'Ninh Bình'), '2016-01-01', '2020-01-01'],
  [unit('hn.so-khcn', 'ha-nam'), '2016-01-01', '2020-01-01'],
  [unit('bg.so-khcn', 'bac-giang'), '2016-01-01', '2020-01-01'],
  [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25', '2020-05-26'],
  [
    planReporting('hn', 'ha-nam', '2020-09-16', ['696/QĐ-TTg'], {
      frequency: 'YEARLY',
      dueMonth: 11,
      dueDay: 30,
      reporters: ['hn.so-khcn'],
    }),
    '2020-09-16',
    '2020-09-17',
  ],
  [task('hn-1', 'hn', 'ha-nam', 'trong năm 2025'), '2020-09-16', '2020-09-17'],
  [
    planReporting('bg', 'bac-giang', '2021-03', ['696/QĐ-TTg'], {
      frequency: 'QUARTERLY',
      dueMonth: null,
      dueDay: 15,
      reporters: ['bg.so-khcn'],
    }),
    '2021-03-01',
    '2021-03-02',
  ],
  [task('bg-1', 'bg', 'bac-giang', 'trong năm 2025'), '2021-03-01', '2021-03-02'],
  // Hà Nam: on the due day of 2020; late (December) for 2021; nothing for 2022.
  [reportedBy('hn-1', 'y2020', 'hn.so-khcn'), '2020-11-30', '2020-11-30'],
  [reportedBy('hn-1', 'y2021', 'hn.so-khcn'), '2021-12-10', '2021-12-10'],
  // Bắc Giang: 15/03 (Q1, before the plan surely existed), 20/06 (Q2, late), none for Q3, 01/12 (Q4, on time).
  [reportedBy('bg-1', 'q1', 'bg.so-khcn'), '2021-03-15', '2021-03-15'],
  [reportedBy('bg-1', 'q2', 'bg.so-khcn'), '2021-06-20', '2021-06-20'],
  [reportedBy('bg-1', 'q4', 'bg.so-khcn'), '2021-12-01', '2021-12-01'],
  // Hà Nam's 2023 report was sent on time but recorded only in February 2024.
  [reportedBy('hn-1', 'y2023', 'hn.so-khcn'), '2023-11-01', '2024-02-01'],
  // A report by a unit the duty does not name counts for nothing.
  [reportedBy('hn-1', 'other', 'bg.so-khcn'), '2024-11-01', '2024-11-01'],
  [merged('ninh-binh', ['ha-nam'], '2025-07-01'), '2025-07-01', '2025-07-02'],
];
const events = eventsFrom(...facts);
const state = stateOf(events);
const dir = state.directives.get('696/QĐ-TTg')!;
const rowOf = (id: string, asOf: string, knownAsOf?: string) =>
  compareProvinces(state, { directive: dir, asOf, knownAsOf }).rows.find((r) => r.provinceId === id)!;

describe('reporting rate (reports received ÷ reports expected, DHIS2)', () => {
  it('counts yearly periods from the plan to the unit ceasing to exist, a report on the due day on time', () => {
    // Periods 2020–2024 are due (30/11) after 16/09/2020 and before the merger of 01/07/2025: 5 expected;
    // 2025's due day comes after Hà Nam's Sở ceased. Received 2020, 2021, 2023 = 3; on time 2020, 2023 = 2.
    expect(rowOf('ha-nam', '2026-01-01T00:00:00Z')).toMatchObject({
      expectedReports: 5,
      receivedReports: 3,
      receivedReportsOnTime: 2,
      reportingRate: 3 / 5,
      reportingOnTimeRate: 2 / 5,
    });
  });

  it('expects a period only once it has ended', () => {
    // On 2021-12-20 the 2021 period (to 31/12) has not ended: only 2020 is expected, received on time.
    expect(rowOf('ha-nam', '2021-12-20T00:00:00Z')).toMatchObject({ expectedReports: 1, receivedReports: 1, receivedReportsOnTime: 1 });
  });

  it('does not expect a period due before a month-dated plan surely existed', () => {
    // Plan dated "2021-03": its last possible day 31/03 is after Q1's due day 15/03, so Q1 is not
    // expected; Q2, Q3, Q4 are (3). Received Q2 (20/06, after 15/06: late) and Q4 (on time): 2 and 1.
    expect(rowOf('bac-giang', '2022-01-01T00:00:00Z')).toMatchObject({
      expectedReports: 3,
      receivedReports: 2,
      receivedReportsOnTime: 1,
      reportingRate: 2 / 3,
      reportingOnTimeRate: 1 / 3,
    });
  });

  it('shows late-recorded reports as the difference between what was true and what the platform showed', () => {
    // As of 2024-01-01, 2020–2023 are expected (4). True: 2020, 2021, 2023 received (3), 2 on time.
    expect(rowOf('ha-nam', '2024-01-01T00:00:00Z')).toMatchObject({ expectedReports: 4, receivedReports: 3, receivedReportsOnTime: 2 });
    // Shown on 2024-01-01: the 2023 report was not yet recorded: 2 received, 1 on time.
    expect(rowOf('ha-nam', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')).toMatchObject({
      expectedReports: 4,
      receivedReports: 2,
      receivedReportsOnTime: 1,
    });
  });

  it("counts a report on the plan's own targets as one its duty asks for, once", () => {
    // Bắc Giang's Q3 2021 had no report; a report of the plan's target values on 20/09 fills it, late
    // (the quarter's due day is the 15th of its last month, 15/09).
    const withPlanReport = stateOf(
      eventsFrom(...facts, [planValues('bg', 'q3-values', 'bg.so-khcn', [{ targetId: 't', value: 1 }]), '2021-09-20', '2021-09-20']),
    );
    const row = compareProvinces(withPlanReport, {
      directive: withPlanReport.directives.get('696/QĐ-TTg')!,
      asOf: '2022-01-01T00:00:00Z',
    }).rows.find((r) => r.provinceId === 'bac-giang')!;
    expect(row).toMatchObject({ expectedReports: 3, receivedReports: 3, receivedReportsOnTime: 1 });
  });

  it('gives no rate where no report is owed', () => {
    expect(rowOf('ninh-binh', '2026-01-01T00:00:00Z')).toMatchObject({
      expectedReports: 0,
      reportingRate: null,
      reportingOnTimeRate: null,
    });
  });

  it('counts what comes in between two comparisons of the same views, and days past those asked before', () => {
    // The comparisons keep packed copies of the receipts; folded one event at a time, the views
    // must still answer as views built afresh from the same events do.
    const live = stateOf([]);
    const days = ['2021-12-20T00:00:00Z', '2024-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2031-06-30T00:00:00Z'];
    const figures = (views: typeof state, asOf: string) => {
      const directive = views.directives.get('696/QĐ-TTg');
      return directive ? compareProvinces(views, { directive, asOf }).rows : null;
    };
    events.forEach((event, i) => {
      applyMonitoringEvent(live, event);
      // Views built afresh for each day: asked nothing before.
      for (const asOf of days) expect(figures(live, asOf)).toEqual(figures(stateOf(events.slice(0, i + 1)), asOf));
    });
  });
});
