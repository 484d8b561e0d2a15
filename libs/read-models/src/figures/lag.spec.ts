import { dayNumber, firstDay, lastDay, parsePartialDate } from '@monitor/domain';
import { planLag } from './lag.js';

const dated = (text: string) => {
  const date = parsePartialDate(text);
  return { issuedFirstDay: dayNumber(firstDay(date)), issuedLastDay: dayNumber(lastDay(date)) };
};

describe('plan lag', () => {
  it('never counts days before the decision a plan carries out: May 2020 after 185/TB-UBND of 18/05/2020 is 0–13 days', () => {
    expect(planLag(dated('18/05/2020'), [dated('tháng 5 năm 2020')])).toEqual({ days: null, minDays: 0, maxDays: 13 });
  });

  it('keeps a range whose dates both follow the decision, and an exact lag of days', () => {
    expect(planLag(dated('25/05/2020'), [dated('tháng 7 năm 2020')])).toEqual({ days: null, minDays: 37, maxDays: 67 });
    expect(planLag(dated('25/05/2020'), [dated('16/09/2020')])).toEqual({ days: 114, minDays: 114, maxDays: 114 });
  });

  it('shows a plan recorded wholly before the decision as it is, negative', () => {
    expect(planLag(dated('25/05/2020'), [dated('tháng 4 năm 2020')])).toEqual({ days: null, minDays: -54, maxDays: -25 });
  });
});
