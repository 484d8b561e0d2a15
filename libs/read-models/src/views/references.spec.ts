import { province, directive, plan, task, completed, reported, stateFrom } from '../testing/monitoring-fixtures.js';
import { compareProvinces } from '../queries/province-comparison.query.js';
import { findDirective, plansForDirective } from './lookups.js';
import { planFlags, taskFlags } from './record-flags.js';

describe('references as events stored them', () => {
  it('reads a plan that named 2245/QD-TTg without diacritics as implementing 2245/QĐ-TTg (bug 1)', () => {
    const state = stateFrom(
      [province('bac-kan', 'Bắc Kạn'), '2015-01-01'],
      [directive('2245/QĐ-TTg', '2015-12-11'), '2015-12-11'],
      [plan('bac-kan.p', 'bac-kan', '2016-05-16', ['2245/QD-TTg']), '2016-05-16'],
    );
    const qd2245 = findDirective(state, '2245/QĐ-TTg')!;
    expect(state.plans.get('bac-kan.p')!.implements).toEqual(['2245/QĐ-TTg']);
    expect(plansForDirective(state, qd2245)).toEqual(['bac-kan.p']);
    const row = compareProvinces(state, { directive: qd2245, asOf: '2020-01-01T00:00:00.000Z' }).rows.find(
      (r) => r.provinceId === 'bac-kan',
    )!;
    expect(row.planLagDays).toBe(157);
  });

  it('reads an id as itself even when another document shares its number', () => {
    const state = stateFrom(
      [directive('27/NQ-CP', '2017-02-21'), '2017-02-21'],
      [directive('27/NQ-CP (2016)', '2016-04-05'), '2016-04-05'],
      [plan('bac-giang.p', 'bac-giang', '2017-04-28', ['27/NQ-CP']), '2017-04-28'],
    );
    expect(state.directives.get('27/NQ-CP')!.planIds).toEqual(['bac-giang.p']);
    expect(state.directives.get('27/NQ-CP (2016)')!.planIds).toEqual([]);
  });
});

describe('directive look-ups (bug 4)', () => {
  const state = stateFrom(
    [directive('27/NQ-CP', '2017-02-21'), '2017-02-21'],
    [directive('27/NQ-CP (2016)', '2016-04-05'), '2016-04-05'],
    [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25'],
  );

  it('finds a document by a number only it has, typed as users type it', () =>
    expect(findDirective(state, '696/QD-TTg')?.id).toBe('696/QĐ-TTg'));

  it('finds each of two documents sharing a number by its qualified id or its date', () => {
    expect(findDirective(state, '27/NQ-CP (2016)')?.id).toBe('27/NQ-CP (2016)');
    expect(findDirective(state, '27/NQ-CP (2017-02-21)')?.id).toBe('27/NQ-CP');
  });

  it('says a bare number two documents share is ambiguous, listing both', () =>
    expect(() => findDirective(state, '27/nq-cp', 'directive')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'directive',
        message: expect.stringMatching(/27\/NQ-CP \(2017-02-21\), 27\/NQ-CP \(2016-04-05\)/),
      }),
    ));

  it('finds nothing for a number no document has', () => expect(findDirective(state, '28/NQ-CP')).toBeUndefined());
});

describe('what is odd but recorded is flagged (bug 3)', () => {
  const state = stateFrom(
    [directive('20-NQ/TW', '2012-11-01'), '2012-11-01'],
    [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25'],
    [plan('ha-nam.late', 'ha-nam', '2024-03', ['20-NQ/TW', '696/QĐ-TTg']), '2024-03-01'],
    [plan('ha-nam.ok', 'ha-nam', '2020-09-16', ['696/QĐ-TTg']), '2020-09-16'],
    [task('t1', 'ha-nam.ok', 'ha-nam', 'trong năm 2021'), '2021-06-01'],
    [reported('t1', 'r1'), '2021-01-10'],
    [completed('t1'), '2021-02-01'],
    [task('t2', 'ha-nam.ok', 'ha-nam', 'trong năm 2021'), '2021-01-01'],
    [completed('t2'), '2021-02-01'],
  );

  it('flags a plan issued more than ten years after a directive it implements', () => {
    expect(planFlags(state, state.plans.get('ha-nam.late')!)).toEqual([
      expect.stringMatching(/at least 11 years after 20-NQ\/TW \(2012-11-01\)/),
    ]);
    expect(planFlags(state, state.plans.get('ha-nam.ok')!)).toEqual([]);
  });

  it('flags a task completed or reported before it was defined', () => {
    expect(taskFlags(state, state.tasks.get('t1')!)).toEqual([
      'completed on 2021-02-01, before it was defined (2021-06-01)',
      'reported on 2021-01-10, before it was defined (2021-06-01)',
    ]);
    expect(taskFlags(state, state.tasks.get('t2')!)).toEqual([]);
  });
});
