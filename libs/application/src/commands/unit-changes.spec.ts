import type { PlatformCommand, ReportProgress } from '@monitor/domain';
import { InMemoryEventStore } from '@monitor/event-store';
import { commandContext, oneAssignedTask } from '../testing/command-fixtures.js';
import { CommandRunner } from './command-runner.js';

const unit = (unitId: string, provinceId: string | null = 'ha-nam'): PlatformCommand => ({
  type: 'RegisterOrgUnit',
  unitId,
  name: unitId,
  kind: 'AGENCY',
  provinceId,
  parentUnitId: null,
  aliases: [],
});
const report = (unitId: string, occurredAt: string): [ReportProgress, ReturnType<typeof commandContext>] => [
  { type: 'ReportProgress', taskId: 't1', reportId: `r-${unitId}-${occurredAt.slice(0, 10)}`, unitId, percentComplete: 10, summary: null },
  commandContext({ occurredAt }),
];

describe('commands naming a unit that changed', () => {
  let store: InMemoryEventStore;
  let runner: CommandRunner;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    runner = new CommandRunner(store);
    for (const command of [
      ...oneAssignedTask(),
      unit('ha-nam.so-tai-chinh'),
      unit('ha-nam.so-khdt'),
      { type: 'RegisterProvince', provinceId: 'nam-dinh', name: 'Nam Định', statisticalCode: '36' } as const,
      unit('nam-dinh.so-tai-chinh', 'nam-dinh'),
    ]) {
      await runner.run(command, commandContext());
    }
    await runner.run({ type: 'AssignTask', taskId: 't1', leadUnitIds: ['ha-nam.so-khdt'], coordinatorUnitIds: [] }, commandContext());
  });

  it('refuses a dissolved unit in a command of a day after its dissolution, naming the field; before it, accepts it', async () => {
    await runner.run(
      { type: 'DissolveOrgUnit', unitId: 'ha-nam.so-khdt', effectiveOn: '2025-07-01', legalBasis: 'Nghị quyết 202/2025/QH15' },
      commandContext(),
    );
    await expect(runner.run(...report('ha-nam.so-khdt', '2025-07-01T03:00:00.000Z'))).rejects.toMatchObject({
      code: 'RULE_VIOLATED',
      field: 'unitId',
      message: expect.stringMatching(/ha-nam\.so-khdt was dissolved on 2025-07-01/),
    });
    await expect(runner.run(...report('ha-nam.so-khdt', '2025-06-30T03:00:00.000Z'))).resolves.toMatchObject({ alreadyRecorded: false });
  });

  it('refuses a merged unit after the merger, naming its successor', async () => {
    await runner.run(
      {
        type: 'MergeOrgUnit',
        unitId: 'ha-nam.so-khdt',
        successorUnitId: 'ha-nam.so-tai-chinh',
        effectiveOn: '2025-03-01',
        legalBasis: 'NĐ 45/2025',
      },
      commandContext(),
    );
    await expect(
      runner.run(
        { type: 'AssignTask', taskId: 't1', leadUnitIds: ['ha-nam.so-khdt'], coordinatorUnitIds: [] },
        commandContext({ occurredAt: '2025-04-01T00:00:00.000Z' }),
      ),
    ).rejects.toMatchObject({
      code: 'RULE_VIOLATED',
      field: 'leadUnitIds',
      message: expect.stringMatching(/merged into ha-nam\.so-tai-chinh on 2025-03-01.*name ha-nam\.so-tai-chinh/),
    });
  });

  it('lets the successor of a unit assigned to a task report on it after the merger, and not before', async () => {
    await runner.run(
      {
        type: 'MergeOrgUnit',
        unitId: 'ha-nam.so-khdt',
        successorUnitId: 'ha-nam.so-tai-chinh',
        effectiveOn: '2025-03-01',
        legalBasis: 'NĐ 45/2025',
      },
      commandContext(),
    );
    await expect(runner.run(...report('ha-nam.so-tai-chinh', '2025-02-28T03:00:00.000Z'))).rejects.toMatchObject({
      code: 'RULE_VIOLATED',
      message: expect.stringMatching(/not assigned/),
    });
    await runner.run(...report('ha-nam.so-tai-chinh', '2025-03-02T03:00:00.000Z'));
    const reported = (await store.readStream('task-t1')).at(-1)!;
    expect(reported).toMatchObject({ type: 'ProgressReported', data: { unitId: 'ha-nam.so-tai-chinh' } });
  });

  it('refuses a successor of another province, one not registered, and one that no longer exists on the day', async () => {
    const merge = (successorUnitId: string) =>
      runner.run(
        { type: 'MergeOrgUnit', unitId: 'ha-nam.so-khdt', successorUnitId, effectiveOn: '2025-03-01', legalBasis: 'NĐ 45/2025' },
        commandContext(),
      );
    await expect(merge('nam-dinh.so-tai-chinh')).rejects.toMatchObject({ code: 'RULE_VIOLATED', field: 'successorUnitId' });
    await expect(merge('ha-nam.nowhere')).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'successorUnitId' });
    await runner.run(
      { type: 'DissolveOrgUnit', unitId: 'ha-nam.so-tai-chinh', effectiveOn: '2025-01-01', legalBasis: 'x' },
      commandContext(),
    );
    await expect(merge('ha-nam.so-tai-chinh')).rejects.toMatchObject({ code: 'RULE_VIOLATED', field: 'successorUnitId' });
  });

  it("forbids a province's system to merge its own unit, before looking at anything else", async () => {
    await expect(
      runner.run(
        {
          type: 'MergeOrgUnit',
          unitId: 'ha-nam.so-khdt',
          successorUnitId: 'nam-dinh.so-tai-chinh',
          effectiveOn: '2025-03-01',
          legalBasis: 'x',
        },
        commandContext({ actingForProvince: 'ha-nam' }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', field: 'unitId' });
  });

  it("forbids a province's system to rename another province's unit", async () => {
    await expect(
      runner.run(
        {
          type: 'RenameOrgUnit',
          unitId: 'nam-dinh.so-tai-chinh',
          name: 'Sở Tài chính tỉnh Nam Định',
          effectiveOn: '2025-03-01',
          legalBasis: null,
        },
        commandContext({ actingForProvince: 'ha-nam' }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', field: 'unitId' });
  });
});
