import { dayNumber } from '@monitor/domain';
import {
  directive,
  eventsFrom,
  planReporting,
  province,
  reportedBy,
  stateOf,
  task,
  unit,
  unitMerged,
  unitRenamed,
  unitSplit,
  type Fact,
} from '../testing/monitoring-fixtures.js';
import { applyMonitoringEvent } from './monitoring.projection.js';
import { compareProvinces } from '../queries/province-comparison.query.js';
import { unitLineOn, unitNameOn, unitOn } from './unit-lineage.js';

/**
 * Bắc Giang: 41/KH-KHCN (22/05/2017) owes a yearly report by 14/11 from Sở KH&ĐT, which merged into
 * Sở Tài chính on 01/03/2025 (recorded only on 15/12/2025, after Sở Tài chính's 2025 report).
 * Hà Nam: a plan owes yearly reports by 30/11 from both Sở TT&TT and Sở KH&CN; Sở TT&TT merged into
 * Sở KH&CN on 01/03/2025. Nam Định: Sở LĐ-TB&XH owes yearly reports; it was split on 01/03/2025.
 */
const facts: Fact[] = [
  [province('bac-giang', 'Bắc Giang'), '2016-01-01', '2016-01-01'],
  [province('ha-nam', 'Hà Nam'), '2016-01-01', '2016-01-01'],
  [province('nam-dinh', 'Nam Định'), '2016-01-01', '2016-01-01'],
  ...(['bg.so-khdt', 'bg.so-tai-chinh'].map((id) => [unit(id, 'bac-giang'), '2016-01-01', '2016-01-01']) as Fact[]),
  ...(['hn.so-tttt', 'hn.so-khcn'].map((id) => [unit(id, 'ha-nam'), '2016-01-01', '2016-01-01']) as Fact[]),
  ...(['nd.so-ldtbxh', 'nd.so-noi-vu', 'nd.so-y-te'].map((id) => [unit(id, 'nam-dinh'), '2016-01-01', '2016-01-01']) as Fact[]),
  [directive('27/NQ-CP', '2017-02-21'), '2017-02-21', '2017-02-21'],
  [
    planReporting('bg', 'bac-giang', '2017-05-22', ['27/NQ-CP'], {
      frequency: 'YEARLY',
      dueMonth: 11,
      dueDay: 14,
      reporters: ['bg.so-khdt'],
    }),
    '2017-05-22',
    '2017-05-22',
  ],
  [task('bg-1', 'bg', 'bac-giang', 'đến năm 2030'), '2017-05-22', '2017-05-22'],
  [
    planReporting('hn', 'ha-nam', '2020-09-16', ['27/NQ-CP'], {
      frequency: 'YEARLY',
      dueMonth: 11,
      dueDay: 30,
      reporters: ['hn.so-tttt', 'hn.so-khcn'],
    }),
    '2020-09-16',
    '2020-09-16',
  ],
  [task('hn-1', 'hn', 'ha-nam', 'đến năm 2030'), '2020-09-16', '2020-09-16'],
  [
    planReporting('nd', 'nam-dinh', '2020-09-16', ['27/NQ-CP'], {
      frequency: 'YEARLY',
      dueMonth: 11,
      dueDay: 30,
      reporters: ['nd.so-ldtbxh'],
    }),
    '2020-09-16',
    '2020-09-16',
  ],
  [task('nd-1', 'nd', 'nam-dinh', 'đến năm 2030'), '2020-09-16', '2020-09-16'],
  // Bắc Giang: Sở KH&ĐT on time for 2023, late for 2024; Sở Tài chính's report of 2024 (before the
  // merger) is its own, not Sở KH&ĐT's; its 2025 report (after it) is the one the duty asks for.
  [reportedBy('bg-1', 'y2023', 'bg.so-khdt'), '2023-11-01', '2023-11-01'],
  [reportedBy('bg-1', 'y2024', 'bg.so-khdt'), '2024-11-20', '2024-11-20'],
  [reportedBy('bg-1', 'tc-2024', 'bg.so-tai-chinh'), '2024-11-10', '2024-11-10'],
  [reportedBy('bg-1', 'tc-2025', 'bg.so-tai-chinh'), '2025-11-01', '2025-11-01'],
  [reportedBy('hn-1', 'khcn-2025', 'hn.so-khcn'), '2025-11-01', '2025-11-01'],
  [reportedBy('nd-1', 'noi-vu-2025', 'nd.so-noi-vu'), '2025-11-01', '2025-11-01'],
  [unitMerged('hn.so-tttt', 'hn.so-khcn', '2025-03-01'), '2025-02-20', '2025-02-20'],
  [unitSplit('nd.so-ldtbxh', ['nd.so-noi-vu', 'nd.so-y-te'], '2025-03-01'), '2025-02-20', '2025-02-20'],
  [unitRenamed('bg.so-tai-chinh', 'Sở Tài chính tỉnh Bắc Giang', 'bg.so-tai-chinh', '2025-03-01'), '2025-02-20', '2025-02-20'],
  [unitMerged('bg.so-khdt', 'bg.so-tai-chinh', '2025-03-01'), '2025-02-20', '2025-12-15'],
];
const events = eventsFrom(...facts);
const state = stateOf(events);
const rowOf = (id: string, asOf: string, knownAsOf?: string) =>
  compareProvinces(state, { directive: state.directives.get('27/NQ-CP')!, asOf, knownAsOf }).rows.find((r) => r.provinceId === id)!;

describe('a reporting duty of a unit that merged passes to its successor from the merger', () => {
  it("counts the successor's report after the merger for the merged unit's duty, and the merged unit's own before it", () => {
    // 2017–2026: 10 periods expected, the successor owing 2025 and 2026. Received 2023 and 2024 (Sở
    // KH&ĐT) and 2025 (Sở Tài chính): 3; on time 2023 and 2025: 2. Sở Tài chính's 2024 report is not
    // Sở KH&ĐT's: the merger had not happened.
    expect(rowOf('bac-giang', '2027-01-01T00:00:00Z')).toMatchObject({ expectedReports: 10, receivedReports: 3, receivedReportsOnTime: 2 });
  });

  it('counts the merger only from the moment it was recorded, whatever was recorded first', () => {
    // Shown on 01/12/2025: the merger was not yet recorded; Sở KH&ĐT still owes 2025 and has not sent it.
    expect(rowOf('bac-giang', '2026-01-01T00:00:00Z', '2025-12-01T00:00:00Z')).toMatchObject({
      expectedReports: 9,
      receivedReports: 2,
      receivedReportsOnTime: 1,
    });
    expect(rowOf('bac-giang', '2026-01-01T00:00:00Z', '2025-12-16T00:00:00Z')).toMatchObject({
      expectedReports: 9,
      receivedReports: 3,
      receivedReportsOnTime: 2,
    });
  });

  it('expects one report, not two, once two reporters of a duty are one unit', () => {
    // 2020–2024: both Sở (10); 2025: Sở KH&CN alone (1). Received: Sở KH&CN's 2025 report.
    expect(rowOf('ha-nam', '2026-01-01T00:00:00Z')).toMatchObject({ expectedReports: 11, receivedReports: 1, receivedReportsOnTime: 1 });
  });

  it("passes a split unit's duty to none of its successors by itself: nothing is expected of it after the split", () => {
    // 2020–2024 expected (5), none received; Sở Nội vụ's 2025 report is not Sở LĐ-TB&XH's.
    expect(rowOf('nam-dinh', '2026-01-01T00:00:00Z')).toMatchObject({ expectedReports: 5, receivedReports: 0 });
  });

  it('answers as views built afresh when the events come one at a time', () => {
    const live = stateOf([]);
    const figures = (views: typeof state) => {
      const directive = views.directives.get('27/NQ-CP');
      return directive ? compareProvinces(views, { directive, asOf: '2027-01-01T00:00:00Z' }).rows : null;
    };
    events.forEach((event, i) => {
      applyMonitoringEvent(live, event);
      expect(figures(live)).toEqual(figures(stateOf(events.slice(0, i + 1))));
    });
  });
});

describe('unit lineage', () => {
  const day = (iso: string) => dayNumber(iso);

  it('gives the unit that carries a unit’s duties on a day, along its mergers, and none after a split', () => {
    expect(unitOn(state, 'bg.so-khdt', day('2025-02-28'))).toBe('bg.so-khdt');
    expect(unitLineOn(state, 'bg.so-khdt', day('2025-03-01'))).toEqual(['bg.so-khdt', 'bg.so-tai-chinh']);
    expect(unitOn(state, 'bg.so-khdt', day('2025-03-01'), Date.parse('2025-12-01T00:00:00Z'))).toBe('bg.so-khdt');
    expect(unitOn(state, 'nd.so-ldtbxh', day('2025-03-01'))).toBeNull();
    expect(state.units.get('bg.so-tai-chinh')).toMatchObject({ predecessorIds: ['bg.so-khdt'] });
  });

  it('keeps a renamed unit’s id and shows the new name from its day, the old one before', () => {
    const unit = state.units.get('bg.so-tai-chinh')!;
    expect(unitNameOn(unit, day('2025-02-28'))).toBe('bg.so-tai-chinh');
    expect(unitNameOn(unit, day('2025-03-01'))).toBe('Sở Tài chính tỉnh Bắc Giang');
    expect(unit.names.map((n) => [n.name, n.effectiveOn])).toEqual([
      ['bg.so-tai-chinh', null],
      ['Sở Tài chính tỉnh Bắc Giang', '2025-03-01'],
    ]);
  });
});
