import { directive, merged, plan, province, stateFrom, task, completed } from '../testing/monitoring-fixtures.js';
import { compareProvinces } from './province-comparison.query.js';

const state = stateFrom(
  [province('ha-nam', 'Hà Nam'), '2016-01-01'],
  [province('nam-dinh', 'Nam Định'), '2016-01-01'],
  [province('ninh-binh', 'Ninh Bình'), '2016-01-01'],
  [province('bac-kan', 'Bắc Kạn'), '2016-01-01'],
  [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25'],
  [plan('hn', 'ha-nam', '2020-09-16', ['696/QĐ-TTg']), '2020-09-16'],
  [task('hn-1', 'hn', 'ha-nam', 'trong năm 2020'), '2020-09-16'],
  [completed('hn-1'), '2020-10-01'],
  [plan('nd', 'nam-dinh', '2020-07', ['696/QĐ-TTg']), '2020-07-01'],
  [task('nd-1', 'nd', 'nam-dinh', 'trong năm 2020'), '2020-07-01'],
  [task('nd-2', 'nd', 'nam-dinh', 'trong năm 2020'), '2020-07-01'],
  [merged('ninh-binh', ['ha-nam', 'nam-dinh'], '2025-07-01'), '2025-07-01'],
);
const compare = (provinceLevel: 'HISTORICAL' | 'SUCCESSORS', provinceIds?: string[]) =>
  compareProvinces(state, { directive: state.directives.get('696/QĐ-TTg')!, asOf: '2021-01-01T00:00:00Z', provinceLevel, provinceIds });

describe('comparing historical provinces or their successors', () => {
  it('shows each province as it was by default, merged ones included', () => {
    const result = compare('HISTORICAL');
    expect(result.provinceLevel).toBe('HISTORICAL');
    expect(result.rows.map((r) => [r.provinceId, r.memberProvinceIds, r.tasks])).toEqual([
      ['bac-kan', ['bac-kan'], 0],
      ['ha-nam', ['ha-nam'], 1],
      ['nam-dinh', ['nam-dinh'], 2],
      ['ninh-binh', ['ninh-binh'], 0],
    ]);
  });

  it('adds merged provinces into their successor, the earliest plan giving the lag', () => {
    const result = compare('SUCCESSORS');
    expect(result.provinceLevel).toBe('SUCCESSORS');
    expect(result.rows.map((r) => r.provinceId)).toEqual(['bac-kan', 'ninh-binh']);
    // Ninh Bình = itself (nothing) + Hà Nam (1 task, completed on time) + Nam Định (2 tasks, overdue on
    // 01/01/2021). Lag: Nam Định's "2020-07" plan comes first: 37–67 days after 25/05/2020.
    expect(result.rows[1]).toMatchObject({
      memberProvinceIds: ['ninh-binh', 'ha-nam', 'nam-dinh'],
      planIds: ['hn', 'nd'],
      tasks: 3, completed: 1, completedOnTime: 1, overdue: 2, completionRate: 1 / 3,
      planLagDays: null, planLagMinDays: 37, planLagMaxDays: 67,
    });
  });

  it('maps a historical province asked for to its successor', () => {
    expect(compare('SUCCESSORS', ['ha-nam', 'nam-dinh']).rows.map((r) => r.provinceId)).toEqual(['ninh-binh']);
  });

  it('keeps the merger on the merged province and the predecessors on the successor', () => {
    expect(state.provinces.get('ha-nam')!.merger).toMatchObject({ successorId: 'ninh-binh', effectiveOn: '2025-07-01', legalBasis: 'Nghị quyết 202/2025/QH15' });
    expect(state.provinces.get('ninh-binh')!.predecessorIds).toEqual(['ha-nam', 'nam-dinh']);
  });
});
