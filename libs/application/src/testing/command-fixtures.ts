// Test-only: a command context and the smallest history with one assigned task, for specs that
// record through the command runner.
import { parsePartialDate, type CommandContext, type PlatformCommand } from '@monitor/domain';

export const commandContext = (
  overrides: Partial<CommandContext & { commandId: string }> = {},
): CommandContext & { commandId?: string } => ({
  actor: null,
  occurredAt: '2021-01-01T00:00:00.000Z',
  occurredAtPrecision: 'INSTANT',
  recordedBy: 'test',
  actingForProvince: null,
  correlationId: 'c-1',
  causationId: null,
  ...overrides,
});

/** Hà Nam, its Sở KH&CN, 696/QĐ-TTg, plan 2811/KH-UBND and its task t1 led by the Sở. */
export const oneAssignedTask = (): PlatformCommand[] => [
  { type: 'RegisterProvince', provinceId: 'ha-nam', name: 'Hà Nam', statisticalCode: '35' },
  {
    type: 'RegisterOrgUnit',
    unitId: 'ha-nam.so-khcn',
    name: 'Sở KH&CN',
    kind: 'AGENCY',
    provinceId: 'ha-nam',
    parentUnitId: null,
    aliases: [],
  },
  {
    type: 'RegisterDirective',
    directiveId: '696/QĐ-TTg',
    kind: 'Quyết định',
    title: 'KL 50',
    issuer: 'Thủ tướng',
    issuedOn: parsePartialDate('2020-05-25'),
    implements: [],
    provinceId: null,
  },
  {
    type: 'IssuePlan',
    planId: 'ha-nam.2811',
    provinceId: 'ha-nam',
    number: '2811/KH-UBND',
    title: 'Kế hoạch',
    issuerUnitId: 'ha-nam.so-khcn',
    issuedOn: parsePartialDate('2020-09-16'),
    implements: ['696/QĐ-TTg'],
    parentPlanId: null,
    reportingDuties: [],
    targets: [],
    budget: null,
  },
  {
    type: 'DefineTask',
    taskId: 't1',
    planId: 'ha-nam.2811',
    code: null,
    title: 'Nhiệm vụ',
    deadline: { kind: 'NONE', due: null, start: null, recurrence: null, text: null },
    targets: [],
  },
  { type: 'AssignTask', taskId: 't1', leadUnitIds: ['ha-nam.so-khcn'], coordinatorUnitIds: [] },
];
