import type { Target } from '../shared/target.js';
import { deciderSpec } from '../testing/decider-spec.js';
import type { DefineTaskInProvince } from './task.commands.js';
import { taskDecider } from './task.decider.js';

const target: Target = {
  id: 'mo-hinh',
  indicator: 'mô hình',
  kind: 'AT_LEAST',
  min: 2,
  max: null,
  unit: 'mô hình',
  horizon: null,
  text: 'ít nhất 02 mô hình',
};
const define = (overrides: Partial<DefineTaskInProvince> = {}): DefineTaskInProvince => ({
  type: 'DefineTask',
  taskId: 'ha-nam.kh-2811.nv-1',
  planId: 'ha-nam.kh-2811',
  provinceId: 'ha-nam',
  code: '1',
  title: 'Xây dựng mô hình điểm',
  deadline: { kind: 'BY_DATE', due: '2020-12-31', start: null, recurrence: null, text: null },
  targets: [target],
  ...overrides,
});
const when = (command: DefineTaskInProvince) => deciderSpec(taskDecider).given([]).when(command);

describe('task decider: what a DefineTask may hold', () => {
  it('refuses two targets with one id, and an empty one', () => {
    when(define({ targets: [target, target] })).thenThrows('INVALID_INPUT', /already targets\[0\]\.id/, 'targets[1].id');
    when(define({ targets: [{ ...target, id: '' }] })).thenThrows('INVALID_INPUT', /not an identifier/, 'targets[0].id');
  });

  it('refuses a title of only invisible characters', () =>
    when(define({ title: '\u200b \u200e' })).thenThrows('INVALID_INPUT', /must not be blank/, 'title'));

  it('refuses a deadline outside the years or the calendar', () => {
    when(define({ deadline: { kind: 'BY_DATE', due: '0999-12-31', start: null, recurrence: null, text: null } })).thenThrows(
      'INVALID_INPUT',
      /outside 1900–2100/,
      'deadline.due',
    );
    when(define({ deadline: { kind: 'BY_DATE', due: '2025-02-30', start: null, recurrence: null, text: null } })).thenThrows(
      'INVALID_INPUT',
      /not a calendar day/,
      'deadline.due',
    );
  });
});
