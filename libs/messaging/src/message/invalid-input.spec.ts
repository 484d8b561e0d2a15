import { CommandRunner } from '@monitor/application';
import { DomainError, type PlatformCommand } from '@monitor/domain';
import { InMemoryEventStore } from '@monitor/event-store';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseProvincialMessage, type ProvincialMessage } from './provincial-message.js';
import { commandOf, contextOf } from './to-command.js';

const examples = fileURLToPath(new URL('../../../../docs/messages/examples/', import.meta.url));
const example = (name: string) =>
  JSON.parse(readFileSync(`${examples}${name}.json`, 'utf8')) as { payload: Record<string, unknown> } & Record<string, unknown>;
const parsed = (message: object): ProvincialMessage => {
  const result = parseProvincialMessage(JSON.stringify(message));
  if (!result.ok) throw new Error(result.problem);
  return result.message;
};
const publisher = { id: 'province:ha-nam', provinceId: 'ha-nam' };
const planIssued = (payload: Record<string, unknown>) => {
  const message = example('plan-issued');
  return parsed({ ...message, payload: { ...message.payload, ...payload } });
};
const refusal = async (act: () => unknown): Promise<{ code: string; field?: string }> => {
  try {
    await act();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('a provincial message with a date the platform does not record', () => {
  it.each(['0999-07', '0000', '2101', '2025-02-30'])('refuses issuedOn %p as INVALID_INPUT on payload.issuedOn', async (issuedOn) => {
    const message = planIssued({ issuedOn });
    expect(await refusal(() => commandOf(message))).toEqual({ code: 'INVALID_INPUT', field: 'payload.issuedOn' });
    expect(await refusal(() => contextOf(message, publisher, 's'))).toEqual({ code: 'INVALID_INPUT', field: 'payload.issuedOn' });
  });

  it('refuses a deadline on a day the calendar does not have', async () => {
    const message = example('task-deadline-changed');
    const changed = parsed({ ...message, payload: { ...message.payload, deadline: { kind: 'BY_DATE', due: '2025-02-30' } } });
    expect(await refusal(() => commandOf(changed))).toEqual({ code: 'INVALID_INPUT', field: 'payload.deadline.due' });
  });
});

describe('a provincial message with invisible or repeated text, through the command runner', () => {
  const recording = async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store);
    const admin = {
      actor: null,
      occurredAt: '2020-01-01T00:00:00.000Z',
      occurredAtPrecision: 'INSTANT' as const,
      recordedBy: 'test',
      actingForProvince: null,
      correlationId: 'c',
      causationId: null,
    };
    const setup: PlatformCommand[] = [
      { type: 'RegisterProvince', provinceId: 'ha-nam', name: 'Hà Nam', statisticalCode: '35' },
      {
        type: 'RegisterOrgUnit',
        unitId: 'ha-nam.ubnd-tinh',
        name: 'UBND tỉnh Hà Nam',
        kind: 'AGENCY',
        provinceId: 'ha-nam',
        parentUnitId: null,
        aliases: [],
      },
      {
        type: 'RegisterDirective',
        directiveId: '2245/QĐ-TTg',
        kind: 'Quyết định',
        title: 'Đề án',
        issuer: 'Thủ tướng',
        issuedOn: { value: '2015-12-11', precision: 'DAY' },
        implements: [],
        provinceId: null,
      },
    ];
    for (const command of setup) await runner.run(command, admin);
    const head = await store.headPosition();
    return {
      refusalOf: (message: ProvincialMessage) => refusal(() => runner.run(commandOf(message), contextOf(message, publisher, 's'))),
      recordedNothing: async () => expect(await store.headPosition()).toBe(head),
    };
  };
  const target = { id: 'ho-so', indicator: 'hồ sơ số hóa', kind: 'AT_LEAST', min: 100, unit: 'hồ sơ', text: 'ít nhất 100 hồ sơ' };
  const duty = { id: 'bao-cao-nam', reporterUnitIds: ['ha-nam.ubnd-tinh'], recipient: 'Bộ KH&CN', frequency: 'YEARLY', text: 'hàng năm' };

  it.each([
    ['a title of only zero-width and direction marks', { title: '\u200b\u200e' }, 'title'],
    ['an implemented number with a zero-width space', { implements: ['2245/QĐ-TT\u200bg'] }, 'implements[0]'],
    ['the same directive twice, with and without diacritics', { implements: ['2245/QĐ-TTg', '2245/QD-TTg'] }, 'implements[1]'],
    ['a number with a direction mark', { number: '125/KH-UBND\u200f' }, 'number'],
    ['two targets with one id', { targets: [target, target] }, 'targets[1].id'],
    ['two duties with one id', { reportingDuties: [duty, duty] }, 'reportingDuties[1].id'],
    [
      'a duty naming a reporter twice',
      { reportingDuties: [{ ...duty, reporterUnitIds: ['ha-nam.ubnd-tinh', 'ha-nam.ubnd-tinh'] }] },
      'reportingDuties[0].reporterUnitIds[1]',
    ],
  ])('refuses %s as INVALID_INPUT naming the field, recording nothing', async (_what, payload, field) => {
    const platform = await recording();
    expect(await platform.refusalOf(planIssued(payload))).toEqual({ code: 'INVALID_INPUT', field });
    await platform.recordedNothing();
  });

  it('refuses a task message that happened in year 0 as INVALID_INPUT on occurredAt, recording nothing', async () => {
    const platform = await recording();
    const completed = parsed({ ...example('task-completed'), occurredAt: '0000-06-01T00:00:00Z' });
    expect(await platform.refusalOf(completed)).toEqual({ code: 'INVALID_INPUT', field: 'occurredAt' });
    await platform.recordedNothing();
  });
});
