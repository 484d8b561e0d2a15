import { findDirective, findProvince } from '../views/lookups.js';
import { completed, cancelled, directive, plan, province, reported, stateFrom, task } from '../testing/monitoring-fixtures.js';
import { compareProvinces } from './province-comparison.query.js';

const state = stateFrom(
  [province('ha-nam', 'Hà Nam'), '2020-01-01'],
  [province('bac-giang', 'Bắc Giang'), '2020-01-01'],
  [province('bac-kan', 'Bắc Kạn'), '2020-01-01'],
  [directive('50-KL/TW', '2019-05-30'), '2019-05-30'],
  [directive('696/QĐ-TTg', '2020-05-25', ['50-KL/TW']), '2020-05-25'],
  [plan('hn', 'ha-nam', '2020-09-16', ['696/QĐ-TTg']), '2020-09-16'],
  [plan('bg', 'bac-giang', '2020-07', ['696/QĐ-TTg']), '2020-07-01'],
  [plan('bg-dept', 'bac-giang', '2020-08-03', [], 'bg'), '2020-08-03'],
  [task('hn-1', 'hn', 'ha-nam', 'trước ngày 01/12/2020'), '2020-09-16'],
  [task('hn-2', 'hn', 'ha-nam', 'trước ngày 01/12/2020'), '2020-09-16'],
  [task('hn-3', 'hn', 'ha-nam', 'trong năm 2021'), '2020-09-16'],
  [task('hn-4', 'hn', 'ha-nam', 'thường xuyên hàng năm'), '2020-09-16'],
  [completed('hn-1'), '2020-11-20'],
  [completed('hn-2'), '2020-12-15'],
  [reported('hn-3', 'r'), '2021-03-01'],
  [task('bg-1', 'bg-dept', 'bac-giang', 'trong năm 2020'), '2020-08-03'],
  [task('bg-2', 'bg-dept', 'bac-giang', 'trong năm 2020'), '2020-08-03'],
  [cancelled('bg-2'), '2020-09-01'],
);

describe('comparing provinces on a directive', () => {
  const comparison = (asOf: string) => compareProvinces(state, { directive: findDirective(state, '696/QD-TTg')!, asOf });
  const row = (asOf: string, id: string) => comparison(asOf).rows.find((r) => r.provinceId === id)!;

  it('gives an exact lag for a dated plan and a range for a month-dated one', () => {
    expect(row('2022-01-01T00:00:00Z', 'ha-nam')).toMatchObject({ planLagDays: 114, planLagMinDays: 114, planLagMaxDays: 114 });
    expect(row('2022-01-01T00:00:00Z', 'bac-giang')).toMatchObject({ planLagDays: null, planLagMinDays: 37, planLagMaxDays: 67 });
  });

  it('counts tasks by status on the asOf day, from hand-computed figures', () => {
    // 2022-01-01: hn-1 on time, hn-2 late (due 30/11), hn-3 overdue (due 31/12/2021), hn-4 recurring: not started.
    expect(row('2022-01-01T00:00:00Z', 'ha-nam')).toMatchObject({
      tasks: 4,
      completed: 2,
      completedOnTime: 1,
      overdue: 1,
      inProgress: 0,
      notStarted: 1,
      cancelled: 0,
      completionRate: 0.5,
      onTimeRate: 0.5,
    });
    // 2021-06-01: hn-2 still completed late, hn-3 in progress since its March report.
    expect(row('2021-06-01T00:00:00Z', 'ha-nam')).toMatchObject({ completed: 2, overdue: 0, inProgress: 1, notStarted: 1 });
    // 2020-11-25: hn-1 done, hn-2 not yet due.
    expect(row('2020-11-25T00:00:00Z', 'ha-nam')).toMatchObject({ completed: 1, completedOnTime: 1, notStarted: 3, overdue: 0 });
  });

  it("includes a department's plan under the provincial plan, and leaves cancelled tasks out of the rates", () => {
    const bacGiang = row('2021-01-05T00:00:00Z', 'bac-giang');
    expect(bacGiang.planIds).toEqual(['bg', 'bg-dept']);
    expect(bacGiang).toMatchObject({ tasks: 1, cancelled: 1, overdue: 1, completionRate: 0 });
  });

  it('shows a province with no plan, and none of what was issued after asOf', () => {
    expect(row('2022-01-01T00:00:00Z', 'bac-kan')).toMatchObject({ planIds: [], planLagDays: null, tasks: 0, completionRate: null });
    expect(row('2020-08-01T00:00:00Z', 'ha-nam')).toMatchObject({ planIds: [], tasks: 0 });
    expect(row('2020-08-01T00:00:00Z', 'bac-giang').planIds).toEqual(['bg']);
  });

  it('finds the plans of a directive through the directives that implement it', () => {
    const broader = compareProvinces(state, { directive: findDirective(state, '50-KL/TW')!, asOf: '2022-01-01T00:00:00Z' });
    const haNam = broader.rows.find((r) => r.provinceId === 'ha-nam')!;
    expect(haNam.planIds).toEqual(['hn']);
    expect(haNam.planLagDays).toBe(475);
  });

  it('orders rows by province name and finds provinces typed without diacritics', () => {
    expect(comparison('2022-01-01T00:00:00Z').rows.map((r) => r.provinceId)).toEqual(['bac-giang', 'bac-kan', 'ha-nam']);
    expect(findProvince(state, 'bac kan')?.id).toBe('bac-kan');
    expect(findProvince(state, 'HA NAM')?.id).toBe('ha-nam');
  });
});

describe('simulated data', () => {
  it('is kept out of the views without simulated events, and in the full views', () => {
    const mixed = stateFrom(
      [province('ha-nam', 'Hà Nam'), '2020-01-01'],
      [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25'],
      [plan('hn', 'ha-nam', '2020-09-16', ['696/QĐ-TTg']), '2020-09-16'],
      [task('hn-1', 'hn', 'ha-nam', 'trong năm 2020'), '2020-09-16'],
      [task('sim-1', 'hn', 'ha-nam', 'trong năm 2020'), '2020-09-16', '2026-01-01', true],
      [completed('hn-1'), '2020-10-01', '2026-01-01', true],
    );
    const haNam = (state: typeof mixed) =>
      compareProvinces(state, { directive: state.directives.get('696/QĐ-TTg')!, asOf: '2020-11-01T00:00:00Z' }).rows[0];
    expect(haNam(mixed)).toMatchObject({ tasks: 2, completed: 1 });
    expect(haNam(mixed.withoutSimulated!)).toMatchObject({ tasks: 1, completed: 0 });
  });
});
