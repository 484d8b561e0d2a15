import type { PlatformEvent } from '@monitor/domain';
import { directive, plan, province, stateFrom, task } from '../testing/monitoring-fixtures.js';
import { findDirective } from './lookups.js';
import { compareProvinces } from '../queries/province-comparison.query.js';

const corrected = (planId: string, fields: { field: string; previous: unknown; value: unknown }[]): PlatformEvent =>
  ({ type: 'PlanCorrected', data: { planId, fields, reason: 'Văn bản gốc ghi khác' } }) as PlatformEvent;
const day = (value: string) => ({ value, precision: 'DAY' });

// 2811/KH-UBND entered as 16/10/2020 (recorded 2020-10-20), corrected to 16/09/2020 (recorded 2021-01-05);
// a second plan entered as implementing 696/QĐ-TTg, which it only cites (corrected the same day).
const state = stateFrom(
  [province('ha-nam', 'Hà Nam'), '2020-01-01', '2020-01-01'],
  [province('bac-giang', 'Bắc Giang'), '2020-01-01', '2020-01-01'],
  [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25', '2020-05-25'],
  [directive('46/NQ-CP', '2013-03-29'), '2013-03-29', '2013-03-29'],
  [plan('hn', 'ha-nam', '2020-10-16', ['696/QĐ-TTg']), '2020-09-16', '2020-10-20'],
  [task('hn-1', 'hn', 'ha-nam', 'trong năm 2021'), '2020-09-16', '2020-10-20'],
  [plan('bg', 'bac-giang', '2020-07', ['696/QĐ-TTg', '46/NQ-CP']), '2020-07-01', '2020-10-20'],
  [corrected('hn', [{ field: 'issuedOn', previous: day('2020-10-16'), value: day('2020-09-16') }]), '2021-01-05', '2021-01-05'],
  [
    corrected('bg', [
      { field: 'implements', previous: ['696/QĐ-TTg', '46/NQ-CP'], value: ['46/NQ-CP'] },
      { field: 'cites', previous: [], value: ['696/QĐ-TTg'] },
    ]),
    '2021-01-05',
    '2021-01-05',
  ],
);

const compare = (knownAsOf: string | null) =>
  compareProvinces(state, { directive: findDirective(state, '696/QĐ-TTg')!, asOf: '2021-06-01T00:00:00Z', knownAsOf });
const row = (knownAsOf: string | null, provinceId: string) => compare(knownAsOf).rows.find((r) => r.provinceId === provinceId)!;

describe('comparisons on a corrected record', () => {
  it("uses a plan's corrected date, back to its issue: 114 days, not 144", () =>
    expect(row(null, 'ha-nam')).toMatchObject({ planIds: ['hn'], planLagDays: 114, tasks: 1 }));

  it('shows what the platform showed before the correction was recorded: the old date, the old lag', () => {
    expect(row('2020-12-31T00:00:00Z', 'ha-nam')).toMatchObject({ planIds: ['hn'], planLagDays: 144, tasks: 1 });
    expect(row('2021-01-06T00:00:00Z', 'ha-nam')).toMatchObject({ planLagDays: 114 });
  });

  it('counts a plan only under what it implements: one that only cites the directive is not its plan', () => {
    expect(row(null, 'bac-giang')).toMatchObject({ planIds: [], planLagMinDays: null });
    expect(row('2020-12-31T00:00:00Z', 'bac-giang')).toMatchObject({ planIds: ['bg'], planLagMinDays: 37, planLagMaxDays: 67 });
    const under46 = compareProvinces(state, { directive: findDirective(state, '46/NQ-CP')!, asOf: '2021-06-01T00:00:00Z' });
    expect(under46.rows.find((r) => r.provinceId === 'bac-giang')!.planIds).toEqual(['bg']);
  });

  it("keeps the plan's corrections on its view, and PlanIssued as it was", () => {
    const hn = state.plans.get('hn')!;
    expect(hn.issuedOn).toEqual(day('2020-09-16'));
    expect(hn.corrections).toEqual([
      expect.objectContaining({
        fields: [{ field: 'issuedOn', previous: day('2020-10-16'), value: day('2020-09-16') }],
        reason: 'Văn bản gốc ghi khác',
      }),
    ]);
  });
});

describe('a plan whose date is corrected later: asOf counts it from its corrected day', () => {
  // Entered as 16/6/2020 (a typo for 16/6/2021), dated so by its issue; corrected on 2024-03-01.
  const typo = stateFrom(
    [province('ha-nam', 'Hà Nam'), '2020-01-01', '2020-01-01'],
    [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25', '2020-05-25'],
    [plan('hn', 'ha-nam', '2020-06-16', ['696/QĐ-TTg']), '2020-06-16', '2021-07-01'],
    [corrected('hn', [{ field: 'issuedOn', previous: day('2020-06-16'), value: day('2021-06-16') }]), '2024-03-01', '2024-03-01'],
  );
  const lagOn = (asOf: string, knownAsOf: string | null = null) =>
    compareProvinces(typo, { directive: findDirective(typo, '696/QĐ-TTg')!, asOf, knownAsOf }).rows[0];

  it('has no plan before its corrected day, and the corrected lag after it', () => {
    expect(lagOn('2020-12-31T00:00:00Z')).toMatchObject({ planIds: [], planLagDays: null });
    expect(lagOn('2021-07-01T00:00:00Z')).toMatchObject({ planIds: ['hn'], planLagDays: 387 });
  });

  it('as the platform showed it before the correction: issued on 16/6/2020, 22 days', () => {
    expect(lagOn('2020-12-31T00:00:00Z', '2023-01-01T00:00:00Z')).toMatchObject({ planIds: ['hn'], planLagDays: 22 });
    expect(typo.plans.get('hn')!.issued).toMatchObject({ occurredDay: typo.plans.get('hn')!.issuedFirstDay });
  });
});
