import type { Target } from '../shared/target.js';
import { deciderSpec } from '../testing/decider-spec.js';
import type { ReportingDuty } from './plan-content.js';
import { planDecider, type IssuePlan } from './plan.decider.js';

const duty: ReportingDuty = {
  id: 'bao-cao-nam',
  reporterUnitIds: ['ha-nam.so-nn-ptnt', 'ha-nam.ubnd-huyen'],
  recipient: 'Sở Khoa học và Công nghệ',
  recipientUnitId: 'ha-nam.so-khcn',
  frequency: 'YEARLY',
  dueMonth: 11,
  dueDay: 14,
  dataWindow: 'CALENDAR',
  text: 'Báo cáo hàng năm trước ngày 15/11',
};
const target: Target = {
  id: 'nhan-hieu',
  indicator: 'nhãn hiệu được bảo hộ',
  kind: 'RANGE',
  min: 15,
  max: 20,
  unit: 'nhãn hiệu',
  horizon: '2025',
  text: '15-20 nhãn hiệu',
};
const issue = (overrides: Partial<IssuePlan> = {}): IssuePlan => ({
  type: 'IssuePlan',
  planId: 'ha-nam.kh-2811',
  provinceId: 'ha-nam',
  number: '2811/KH-UBND',
  title: 'Kế hoạch thực hiện Đề án nâng cao năng suất',
  issuerUnitId: 'ha-nam.ubnd-tinh',
  issuedOn: { value: '2020-09-16', precision: 'DAY' },
  implements: ['696/QĐ-TTg'],
  parentPlanId: null,
  reportingDuties: [duty],
  targets: [target],
  budget: null,
  ...overrides,
});
const when = (command: IssuePlan) => deciderSpec(planDecider).given([]).when(command);

describe('plan decider: what an IssuePlan may hold', () => {
  it('refuses a target with an empty id', () =>
    when(issue({ targets: [{ ...target, id: '' }] })).thenThrows('INVALID_INPUT', /not an identifier/, 'targets[0].id'));

  it('refuses two targets with one id', () =>
    when(issue({ targets: [target, { ...target, text: '20 nhãn hiệu' }] })).thenThrows(
      'INVALID_INPUT',
      /"nhan-hieu" is already targets\[0\]\.id/,
      'targets[1].id',
    ));

  it('refuses two reporting duties with one id', () =>
    when(issue({ reportingDuties: [duty, { ...duty, frequency: 'QUARTERLY' }] })).thenThrows(
      'INVALID_INPUT',
      /already reportingDuties\[0\]\.id/,
      'reportingDuties[1].id',
    ));

  it('refuses a duty naming one reporter twice', () =>
    when(issue({ reportingDuties: [{ ...duty, reporterUnitIds: ['ha-nam.so-nn-ptnt', 'ha-nam.so-nn-ptnt'] }] })).thenThrows(
      'INVALID_INPUT',
      /"ha-nam.so-nn-ptnt" is already reportingDuties\[0\]\.reporterUnitIds\[0\]/,
      'reportingDuties[0].reporterUnitIds[1]',
    ));

  it('refuses an empty reporter id', () =>
    when(issue({ reportingDuties: [{ ...duty, reporterUnitIds: [''] }] })).thenThrows(
      'INVALID_INPUT',
      /not an identifier/,
      'reportingDuties[0].reporterUnitIds[0]',
    ));

  it('refuses a title of only zero-width and direction marks', () =>
    when(issue({ title: '\u200b\u200f\u2066' })).thenThrows('INVALID_INPUT', /must not be blank/, 'title'));

  it('refuses a number with an invisible character', () =>
    when(issue({ number: '2811/KH-\u200dUBND' })).thenThrows('INVALID_INPUT', /invisible character \(U\+200D\)/, 'number'));

  it('refuses the same directive implemented twice, with and without diacritics', () =>
    when(issue({ implements: ['696/QĐ-TTg', '696/QD-TTg'] })).thenThrows('INVALID_INPUT', /already implements\[0\]/, 'implements[1]'));

  it.each([
    [{ value: '0999-07', precision: 'MONTH' }, /year 999 is outside 1900–2100/],
    [{ value: '999-07', precision: 'MONTH' }, /not a date/],
    [{ value: '0000', precision: 'YEAR' }, /year 0 is outside/],
    [{ value: '2025-02-30', precision: 'DAY' }, /not a calendar day/],
  ] as const)('refuses the date %p', (issuedOn, why) => when(issue({ issuedOn })).thenThrows('INVALID_INPUT', why, 'issuedOn'));
});
