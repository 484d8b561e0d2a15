import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const READY = async (platform: RunningPlatform) => (await (await fetch(`${platform.url}/ready`)).json()) as { checkpoint: string };

const REGISTER = 'mutation($i: RegisterDirectiveInput!) { registerDirective(input: $i) { id } }';
const ISSUE = 'mutation($i: IssuePlanInput!) { issuePlan(input: $i) { id } }';
const DEFINE = 'mutation($i: DefineTaskInput!) { defineTask(input: $i) { id } }';
const COMPLETE = 'mutation($i: CompleteTaskInput!) { completeTask(input: $i) { status } }';

const directive = {
  id: '1068/QĐ-TTg',
  kind: 'Quyết định',
  title: 'Chiến lược sở hữu trí tuệ',
  issuer: 'Thủ tướng Chính phủ',
  issuedOn: '2019-08-22',
};
const plan = {
  id: 'ha-nam.e2e-plan',
  province: 'ha-nam',
  title: 'Kế hoạch thử',
  issuerUnitId: 'ha-nam.ubnd-tinh',
  issuedOn: '2021-02',
  implements: ['696/QĐ-TTg'],
};
const target = { id: 'mo-hinh', indicator: 'mô hình', kind: 'AT_LEAST', min: 2, unit: 'mô hình', text: 'ít nhất 02 mô hình' };
const duty = { id: 'bao-cao-nam', reporterUnitIds: ['ha-nam.so-khcn'], recipient: 'UBND tỉnh', frequency: 'YEARLY', text: 'hàng năm' };

describe('GraphQL: dates out of range and invisible or repeated text are INVALID_INPUT naming the field, and record nothing', () => {
  let platform: RunningPlatform;
  let admin: string;
  beforeAll(async () => {
    platform = await startPlatform();
    admin = await platform.token('ADMIN');
  });
  afterAll(() => platform.stop());

  it.each([
    ['a number with a zero-width space beside 696/QĐ-TTg', REGISTER, { ...directive, id: '696/QĐ-TT\u200bg' }, 'INVALID_INPUT', 'id'],
    // Numbers start again each year: the same number of another year is another document (see references.e2e.spec.ts).
    [
      'a number that folds to 696/QĐ-TTg, of its year',
      REGISTER,
      { ...directive, id: '696/QD-TTg', issuedOn: '2020-05-25' },
      'ALREADY_EXISTS',
      'id',
    ],
    ['a title of only direction marks', REGISTER, { ...directive, title: '\u200e\u200f\u202b' }, 'INVALID_INPUT', 'title'],
    ['a month-precision date of year 999', ISSUE, { ...plan, issuedOn: '0999-07' }, 'INVALID_INPUT', 'issuedOn'],
    ['the year 0000', ISSUE, { ...plan, issuedOn: '0000' }, 'INVALID_INPUT', 'issuedOn'],
    ['30 February', ISSUE, { ...plan, issuedOn: '2025-02-30' }, 'INVALID_INPUT', 'issuedOn'],
    ['a title of only zero-width spaces', ISSUE, { ...plan, title: '\u200b\u200b' }, 'INVALID_INPUT', 'title'],
    ['an empty target id', ISSUE, { ...plan, targets: [{ ...target, id: '' }] }, 'INVALID_INPUT', 'targets[0].id'],
    ['two targets with one id', ISSUE, { ...plan, targets: [target, target] }, 'INVALID_INPUT', 'targets[1].id'],
    ['two duties with one id', ISSUE, { ...plan, reportingDuties: [duty, duty] }, 'INVALID_INPUT', 'reportingDuties[1].id'],
    [
      'a reporter named twice',
      ISSUE,
      { ...plan, reportingDuties: [{ ...duty, reporterUnitIds: ['ha-nam.so-khcn', 'ha-nam.so-khcn'] }] },
      'INVALID_INPUT',
      'reportingDuties[0].reporterUnitIds[1]',
    ],
    [
      'a deadline on 30 February',
      DEFINE,
      { id: 'ha-nam.2811-kh-ubnd.e2e-x', planId: 'ha-nam.2811-kh-ubnd', title: 'x', deadline: { kind: 'BY_DATE', due: '2025-02-30' } },
      'INVALID_INPUT',
      'deadline.due',
    ],
    [
      'a deadline worded in year 0202',
      DEFINE,
      { id: 'ha-nam.2811-kh-ubnd.e2e-y', planId: 'ha-nam.2811-kh-ubnd', title: 'x', deadline: { text: 'trong năm 0202' } },
      'INVALID_INPUT',
      'deadline.text',
    ],
    [
      'an occurrence in year 0',
      COMPLETE,
      { taskId: 'ha-nam.2811-kh-ubnd.t07', occurredAt: '0000-06-01T00:00:00Z' },
      'INVALID_INPUT',
      'occurredAt',
    ],
  ])('%s', async (_what, mutation, input, code, field) => {
    const before = await READY(platform);
    const answer = await platform.gql(mutation, { i: input }, admin);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect((await READY(platform)).checkpoint).toBe(before.checkpoint);
  });
});
