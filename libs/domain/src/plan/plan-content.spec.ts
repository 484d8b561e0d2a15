import { expectDomainError } from '../testing/decider-spec.js';
import { reportingDutyAsRecorded, validateBudget, validateReportingDuty, type Budget, type ReportingDuty } from './plan-content.js';

const duty: ReportingDuty = {
  id: 'bao-cao-nam',
  reporterUnitIds: ['ha-nam.so-nn-ptnt'],
  recipient: 'Sở Khoa học và Công nghệ',
  recipientUnitId: 'ha-nam.so-khcn',
  frequency: 'YEARLY',
  dueMonth: 11,
  dueDay: 30,
  dataWindow: 'CALENDAR',
  text: 'trong tháng 11 hàng năm',
};

describe('reporting duties', () => {
  it('accepts a duty and returns it as given (normalized)', () => expect(validateReportingDuty(duty, 'reportingDuties[0]')).toEqual(duty));

  it('accepts a duty without a due month or day', () => {
    const once = { ...duty, frequency: 'ONCE', dueMonth: null, dueDay: null } as const;
    expect(validateReportingDuty(once, 'reportingDuties[0]')).toEqual(once);
  });

  it('accepts the first and last month and day', () => {
    expect(validateReportingDuty({ ...duty, dueMonth: 1, dueDay: 1 }, 'd')).toEqual({ ...duty, dueMonth: 1, dueDay: 1 });
    expect(validateReportingDuty({ ...duty, dueMonth: 12, dueDay: 31 }, 'd')).toEqual({ ...duty, dueMonth: 12, dueDay: 31 });
  });

  it('refuses a duty with no reporting unit', () =>
    expectDomainError(
      () => validateReportingDuty({ ...duty, reporterUnitIds: [] }, 'reportingDuties[2]'),
      'INVALID_INPUT',
      /at least one unit that reports/,
      'reportingDuties[2].reporterUnitIds',
    ));

  it.each([0, 13])('refuses due month %p', (dueMonth) =>
    expectDomainError(
      () => validateReportingDuty({ ...duty, dueMonth }, 'reportingDuties[0]'),
      'INVALID_INPUT',
      new RegExp(`month ${dueMonth} does not exist`),
      'reportingDuties[0].dueMonth',
    ),
  );

  it('accepts a periodic duty that follows the data windows of Nghị định 09/2019/NĐ-CP', () => {
    const decree = { ...duty, frequency: 'SEMIANNUAL', dueMonth: null, dueDay: null, dataWindow: 'DECREE_09_2019' } as const;
    expect(validateReportingDuty(decree, 'reportingDuties[0]')).toEqual(decree);
  });

  it("refuses a data window that does not exist, and the decree's windows for a report made once", () => {
    expectDomainError(
      () => validateReportingDuty({ ...duty, dataWindow: 'FISCAL' as never }, 'reportingDuties[1]'),
      'INVALID_INPUT',
      /"FISCAL" is not a data window \(CALENDAR, DECREE_09_2019\)/,
      'reportingDuties[1].dataWindow',
    );
    expectDomainError(
      () => validateReportingDuty({ ...duty, frequency: 'ONCE', dataWindow: 'DECREE_09_2019' }, 'reportingDuties[0]'),
      'INVALID_INPUT',
      /no periodic data window/,
      'reportingDuties[0].dataWindow',
    );
  });

  it('reads a duty recorded before duties named their data window as following calendar periods', () => {
    const { dataWindow, ...recordedBefore } = duty;
    expect(reportingDutyAsRecorded(recordedBefore)).toEqual({ ...duty, dataWindow: 'CALENDAR' });
    const decree = { ...duty, dataWindow: 'DECREE_09_2019' } as const;
    expect(reportingDutyAsRecorded(decree)).toBe(decree);
  });

  it.each([0, 32])('refuses due day %p', (dueDay) =>
    expectDomainError(
      () => validateReportingDuty({ ...duty, dueDay }, 'reportingDuties[0]'),
      'INVALID_INPUT',
      new RegExp(`day ${dueDay} does not exist`),
      'reportingDuties[0].dueDay',
    ),
  );
});

describe('budgets', () => {
  const budget: Budget = {
    total: 0.3,
    unit: 'triệu đồng',
    text: '0,3 triệu đồng',
    parts: [
      { label: 'Ngân sách tỉnh', amount: 0.1, text: '0,1 triệu đồng' },
      { label: 'Ngân sách huyện', amount: 0.2, text: '0,2 triệu đồng' },
    ],
  };

  it('accepts parts that add up to the total, ignoring floating-point dust', () => expect(validateBudget(budget)).toEqual(budget));

  it('accepts a budget not broken into parts', () => {
    const whole = { ...budget, total: 4_500, parts: [] };
    expect(validateBudget(whole)).toEqual(whole);
  });

  it('accepts a zero budget', () => {
    const none = { ...budget, total: 0, parts: [] };
    expect(validateBudget(none)).toEqual(none);
  });

  it('refuses parts a hundredth of a million off the total', () =>
    expectDomainError(
      () => validateBudget({ ...budget, total: 0.31 }),
      'RULE_VIOLATED',
      /budget: the parts add up to 0\.30+4, not the total 0\.31/,
      'budget.parts',
    ));

  it('names the field it is told', () =>
    expectDomainError(
      () => validateBudget({ ...budget, total: 1 }, 'plan.budget'),
      'RULE_VIOLATED',
      /^plan\.budget: /,
      'plan.budget.parts',
    ));

  it('refuses a negative total', () =>
    expectDomainError(() => validateBudget({ ...budget, total: -0.3 }), 'INVALID_INPUT', /cannot be negative/, 'budget.total'));
});
