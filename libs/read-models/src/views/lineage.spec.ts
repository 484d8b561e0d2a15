import { directive, establishedProvince, merged, plan, province, stateFrom, task, completed } from '../testing/monitoring-fixtures.js';
import { compareProvinces } from '../queries/province-comparison.query.js';

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
      tasks: 3,
      completed: 1,
      completedOnTime: 1,
      overdue: 2,
      completionRate: 1 / 3,
      planLagDays: null,
      planLagMinDays: 37,
      planLagMaxDays: 67,
    });
  });

  it('maps a historical province asked for to its successor', () => {
    expect(compare('SUCCESSORS', ['ha-nam', 'nam-dinh']).rows.map((r) => r.provinceId)).toEqual(['ninh-binh']);
  });

  it('keeps the merger on the merged province and the predecessors on the successor', () => {
    expect(state.provinces.get('ha-nam')!.merger).toMatchObject({
      successorId: 'ninh-binh',
      effectiveOn: '2025-07-01',
      legalBasis: 'Nghị quyết 202/2025/QH15',
    });
    expect(state.provinces.get('ninh-binh')!.predecessorIds).toEqual(['ha-nam', 'nam-dinh']);
  });
});

describe('coverage against the provinces that existed, or their successors', () => {
  // A country in the shape of the real one: Hà Nam, Nam Định and Ninh Bình (đến 30/6/2025) merged into
  // a new Ninh Bình on 1 July 2025; Thừa Thiên Huế succeeded by Huế on 1 January 2025; Hà Nội unchanged.
  // Each fact is recorded on the day it happened.
  const country = stateFrom(
    [province('ha-noi', 'Hà Nội'), '2004-07-08', '2004-07-08'],
    [province('ha-nam', 'Hà Nam'), '2004-07-08', '2004-07-08'],
    [province('nam-dinh', 'Nam Định'), '2004-07-08', '2004-07-08'],
    [province('ninh-binh', 'Ninh Bình (đến 30/6/2025)'), '2004-07-08', '2004-07-08'],
    [province('thua-thien-hue', 'Thừa Thiên Huế'), '2004-07-08', '2004-07-08'],
    [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25', '2020-05-25'],
    [plan('hn', 'ha-nam', '2020-09-16', ['696/QĐ-TTg']), '2020-09-16', '2020-09-16'],
    [establishedProvince('hue', 'Huế', '2025-01-01'), '2025-01-01', '2025-01-01'],
    [merged('hue', ['thua-thien-hue'], '2025-01-01'), '2025-01-01', '2025-01-01'],
    [directive('1/QĐ-TTg', '2025-03-01'), '2025-03-01', '2025-03-01'],
    [establishedProvince('ninh-binh-2025', 'Ninh Bình (từ 01/7/2025)', '2025-07-01'), '2025-07-01', '2025-07-01'],
    [merged('ninh-binh-2025', ['ha-nam', 'nam-dinh', 'ninh-binh'], '2025-07-01'), '2025-07-01', '2025-07-01'],
    [directive('2/QĐ-TTg', '2025-08-01'), '2025-08-01', '2025-08-01'],
    // The new Ninh Bình carries on 696/QĐ-TTg of 2020, and issues a plan for the directive of August 2025.
    [plan('nb', 'ninh-binh-2025', '2025-09-01', ['696/QĐ-TTg', '2/QĐ-TTg']), '2025-09-01', '2025-09-01'],
  );
  const compareOn = (
    directiveId: string,
    provinceLevel: 'HISTORICAL' | 'SUCCESSORS',
    asOf = '2025-12-31T00:00:00Z',
    knownAsOf: string | null = null,
  ) => compareProvinces(country, { directive: country.directives.get(directiveId)!, asOf, provinceLevel, knownAsOf });
  const summary = (result: ReturnType<typeof compareOn>) => ({
    rows: result.rows.map((r) => [r.provinceId, r.countedInCoverage, r.planIds]),
    denominator: result.coverage.denominator,
    withoutPlan: result.coverage.provinceIdsWithoutPlan,
    rate: result.coverage.rate,
  });

  it('counts, for a directive of 2020, the provinces of 2020; a province established since is shown with its plan but not counted', () => {
    expect(summary(compareOn('696/QĐ-TTg', 'HISTORICAL'))).toEqual({
      rows: [
        ['ha-nam', true, ['hn']],
        ['ha-noi', true, []],
        ['nam-dinh', true, []],
        ['ninh-binh', true, []],
        ['ninh-binh-2025', false, ['nb']],
        ['thua-thien-hue', true, []],
      ],
      denominator: { provinces: 5, provinceLevel: 'HISTORICAL', basis: 'EXISTING', existingOn: '2020-05-25' },
      withoutPlan: ['ha-noi', 'nam-dinh', 'ninh-binh', 'thua-thien-hue'],
      rate: 1 / 5,
    });
  });

  it('counts their successors in the successor view: the old Ninh Bình and the provinces merged with it in the new one, Thừa Thiên Huế in Huế', () => {
    const result = compareOn('696/QĐ-TTg', 'SUCCESSORS');
    expect(summary(result)).toEqual({
      rows: [
        ['ha-noi', true, []],
        ['hue', true, []],
        ['ninh-binh-2025', true, ['nb', 'hn']],
      ],
      denominator: { provinces: 3, provinceLevel: 'SUCCESSORS', basis: 'EXISTING', existingOn: '2020-05-25' },
      withoutPlan: ['ha-noi', 'hue'],
      rate: 1 / 3,
    });
    expect(result.rows[2].memberProvinceIds).toEqual(['ninh-binh-2025', 'ha-nam', 'nam-dinh', 'ninh-binh']);
  });

  it('counts for a directive of March 2025 Huế, not Thừa Thiên Huế; for one after 1 July 2025 the units formed then', () => {
    expect(summary(compareOn('1/QĐ-TTg', 'HISTORICAL')).rows.map(([id]) => id)).toEqual([
      'ha-nam',
      'ha-noi',
      'hue',
      'nam-dinh',
      'ninh-binh',
    ]);
    const after = summary(compareOn('2/QĐ-TTg', 'HISTORICAL'));
    expect(after.rows).toEqual([
      ['ha-noi', true, []],
      ['hue', true, []],
      ['ninh-binh-2025', true, ['nb']],
    ]);
    expect(after.denominator).toEqual({ provinces: 3, provinceLevel: 'HISTORICAL', basis: 'EXISTING', existingOn: '2025-08-01' });
  });

  it('counts what the platform knew: before the mergers were recorded, no successor', () => {
    const known = summary(compareOn('696/QĐ-TTg', 'SUCCESSORS', '2024-06-30T00:00:00Z', '2024-07-01T00:00:00Z'));
    expect(known.rows.map(([id]) => id)).toEqual(['ha-nam', 'ha-noi', 'nam-dinh', 'ninh-binh', 'thua-thien-hue']);
    expect(known.denominator.provinces).toBe(5);
  });

  it('counts the provinces named when they are named', () => {
    const named = compareProvinces(country, {
      directive: country.directives.get('696/QĐ-TTg')!,
      asOf: '2025-12-31T00:00:00Z',
      provinceIds: ['ha-nam', 'nam-dinh'],
    });
    expect(named.coverage).toEqual({
      denominator: { provinces: 2, provinceLevel: 'HISTORICAL', basis: 'NAMED', existingOn: null },
      provinceIdsWithoutPlan: ['nam-dinh'],
      rate: 1 / 2,
    });
  });
});
