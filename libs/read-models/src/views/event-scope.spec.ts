import type { PlatformEvent } from '@monitor/domain';
import { completed, directive, plan, planValues, planValuesCorrected, province, stateFrom, task } from '../testing/monitoring-fixtures.js';
import { planOfEvent, provinceOfEvent } from './event-scope.js';
import type { ProjectedEvent } from './monitoring.state.js';

const projected = (event: PlatformEvent) => ({ ...event, stream: 's', revision: 0, position: 1n }) as ProjectedEvent;

describe('what an event is about', () => {
  const state = stateFrom(
    [province('ha-nam', 'Hà Nam'), '2020-01-01'],
    [directive('696/QĐ-TTg', '2020-05-25'), '2020-05-25'],
    [plan('p', 'ha-nam', '2020-09-16', ['696/QĐ-TTg']), '2020-09-16'],
    [task('t', 'p', 'ha-nam', 'trước ngày 10/6/2021'), '2020-09-16'],
  );

  it("routes a task's events to its plan and the plan's province", () => {
    expect(planOfEvent(state, projected(completed('t')))).toBe('p');
    expect(provinceOfEvent(state, projected(completed('t')))).toBe('ha-nam');
    expect(provinceOfEvent(state, projected(task('t', 'p', 'ha-nam', 'không')))).toBe('ha-nam');
  });

  it('routes values reported on a plan, and their corrections, to the plan and its province', () => {
    for (const event of [planValues('p', 'r', 'u', []), planValuesCorrected('p', 'r', 'u', [])]) {
      expect(planOfEvent(state, projected(event))).toBe('p');
      expect(provinceOfEvent(state, projected(event))).toBe('ha-nam');
    }
  });

  it('routes a plan to its province and a province to itself', () => {
    expect(provinceOfEvent(state, projected(plan('p', 'ha-nam', '2020-09-16', [])))).toBe('ha-nam');
    expect(provinceOfEvent(state, projected(province('ha-nam', 'Hà Nam')))).toBe('ha-nam');
  });

  it('finds no province for a national directive nor for a task the views do not know', () => {
    expect(provinceOfEvent(state, projected(directive('696/QĐ-TTg', '2020-05-25')))).toBeNull();
    expect(planOfEvent(state, projected(completed('unknown')))).toBeNull();
    expect(provinceOfEvent(state, projected(completed('unknown')))).toBeNull();
  });
});
