import { parsePartialDate, type IssuePlan, type PlatformCommand, type RegisterDirective } from '@monitor/domain';
import { InMemoryEventStore } from '@monitor/event-store';
import { commandContext, oneAssignedTask } from '../testing/command-fixtures.js';
import { CommandRunner } from './command-runner.js';

const context = commandContext;
const clock = () => new Date('2026-12-07T03:00:00.000Z');

const plan = (overrides: Partial<IssuePlan> = {}): IssuePlan => ({
  type: 'IssuePlan',
  planId: 'ha-nam.kh-2',
  provinceId: 'ha-nam',
  number: null,
  title: 'Kế hoạch',
  issuerUnitId: 'ha-nam.so-khcn',
  issuedOn: parsePartialDate('2021-03-01'),
  implements: ['696/QĐ-TTg'],
  parentPlanId: null,
  reportingDuties: [],
  targets: [],
  budget: null,
  ...overrides,
});
const directive = (overrides: Partial<RegisterDirective> = {}): RegisterDirective => ({
  type: 'RegisterDirective',
  directiveId: '27/NQ-CP',
  kind: 'Nghị quyết',
  title: 'Nghị quyết',
  issuer: 'Chính phủ',
  issuedOn: parsePartialDate('2017-02-21'),
  implements: [],
  provinceId: null,
  ...overrides,
});

describe('the command runner resolves every reference to its canonical id, or refuses it naming the field', () => {
  let store: InMemoryEventStore;
  let runner: CommandRunner;
  const run = (command: PlatformCommand, overrides: Parameters<typeof context>[0] = {}) => runner.run(command, context(overrides));
  const dataOf = async (stream: string) => (await store.readStream(stream)).map((e) => e.data as Record<string, unknown>);
  beforeEach(async () => {
    store = new InMemoryEventStore();
    runner = new CommandRunner(store, clock);
    for (const command of oneAssignedTask()) await run(command);
  });

  it('stores implements typed without diacritics as the directive it names (bug 1)', async () => {
    await run(plan({ implements: ['696/QD-TTg'] }));
    expect((await dataOf('plan-ha-nam.kh-2'))[0]).toMatchObject({ implements: ['696/QĐ-TTg'] });
  });

  it('accepts a province, unit, plan and task typed as look-ups accept them, and stores their ids (bug 2)', async () => {
    await run(plan({ provinceId: 'ha nam', issuerUnitId: 'HA-NAM.SO-KHCN' }));
    expect((await dataOf('plan-ha-nam.kh-2'))[0]).toMatchObject({ provinceId: 'ha-nam', issuerUnitId: 'ha-nam.so-khcn' });
    await run(plan({ planId: 'ha-nam.kh-3', provinceId: 'Hà Nam', implements: [], parentPlanId: 'Ha-Nam.KH-2' }));
    expect((await dataOf('plan-ha-nam.kh-3'))[0]).toMatchObject({ provinceId: 'ha-nam', parentPlanId: 'ha-nam.kh-2' });
    await run({ type: 'ReportProgress', taskId: 'T1', reportId: 'r1', unitId: 'Ha-Nam.So-KHCN', percentComplete: 5, summary: null });
    expect((await dataOf('task-t1')).at(-1)).toMatchObject({ taskId: 't1', unitId: 'ha-nam.so-khcn' });
  });

  it('refuses what no look-up finds, naming the field', async () => {
    await expect(run(plan({ provinceId: 'ha nội' }))).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'provinceId' });
    await expect(run(plan({ implements: ['697/QD-TTg'] }))).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'implements' });
    await expect(run(plan({ implements: [], parentPlanId: 'ha-nam.none' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'parentPlanId',
    });
  });
});

describe('the command runner refuses dates the record rules out (bug 3)', () => {
  let store: InMemoryEventStore;
  let runner: CommandRunner;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    runner = new CommandRunner(store, clock);
    for (const command of oneAssignedTask()) await runner.run(command, context());
  });

  it('refuses a plan issued before a directive it implements, comparing partial dates as ranges', async () => {
    await expect(runner.run(plan({ issuedOn: parsePartialDate('1900-01-01') }), context())).rejects.toMatchObject({
      code: 'RULE_VIOLATED',
      field: 'issuedOn',
      message: expect.stringMatching(/before 696\/QĐ-TTg, issued 2020-05-25/),
    });
    await expect(runner.run(plan({ issuedOn: parsePartialDate('2020-04') }), context())).rejects.toMatchObject({
      code: 'RULE_VIOLATED',
      field: 'issuedOn',
    });
    // "tháng 5 năm 2020" may be 25–31 May: not refused.
    await expect(runner.run(plan({ issuedOn: parsePartialDate('2020-05') }), context())).resolves.toMatchObject({ alreadyRecorded: false });
  });

  it('refuses a plan issued before its parent plan', async () => {
    await expect(
      runner.run(plan({ implements: [], parentPlanId: 'ha-nam.2811', issuedOn: parsePartialDate('2020-09-15') }), context()),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATED', field: 'issuedOn' });
  });

  it('refuses a directive issued before one it implements', async () => {
    await expect(
      runner.run(directive({ directiveId: '1/QĐ-TTg', issuedOn: parsePartialDate('2019'), implements: ['696/QD-TTg'] }), context()),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATED', field: 'issuedOn' });
  });

  it('refuses a task completed or reported before its plan was issued, on the Vietnamese day', async () => {
    const at = (occurredAt: string) => context({ occurredAt });
    await expect(runner.run({ type: 'CompleteTask', taskId: 't1', summary: null }, at('1990-01-01T00:00:00.000Z'))).rejects.toMatchObject({
      code: 'RULE_VIOLATED',
      field: 'occurredAt',
      message: expect.stringMatching(/before plan ha-nam\.2811 was issued \(2020-09-16\)/),
    });
    const report = {
      type: 'ReportProgress' as const,
      taskId: 't1',
      reportId: 'r1',
      unitId: 'ha-nam.so-khcn',
      percentComplete: 5,
      summary: null,
    };
    await expect(runner.run(report, at('2020-09-15T16:59:59.000Z'))).rejects.toMatchObject({ code: 'RULE_VIOLATED', field: 'occurredAt' });
    // 17:00 UTC on the 15th is midnight of the 16th in Vietnam.
    await expect(runner.run(report, at('2020-09-15T17:00:00.000Z'))).resolves.toMatchObject({ alreadyRecorded: false });
  });

  it('refuses an occurrence in the future beyond five minutes of its clock, and a document dated after today', async () => {
    const report = (reportId: string) => ({
      type: 'ReportProgress' as const,
      taskId: 't1',
      reportId,
      unitId: 'ha-nam.so-khcn',
      percentComplete: 5,
      summary: null,
    });
    await expect(runner.run(report('r1'), context({ occurredAt: '2026-12-07T03:06:00.000Z' }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'occurredAt',
    });
    await expect(runner.run(report('r2'), context({ occurredAt: '2026-12-07T03:04:00.000Z' }))).resolves.toMatchObject({
      alreadyRecorded: false,
    });
    await expect(runner.run(plan({ issuedOn: parsePartialDate('2099-01-01') }), context())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'issuedOn',
    });
    await expect(runner.run(directive({ issuedOn: parsePartialDate('2027') }), context())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'issuedOn',
    });
    // This month is not after today.
    await expect(runner.run(plan({ issuedOn: parsePartialDate('2026-12') }), context())).resolves.toMatchObject({ alreadyRecorded: false });
  });
});

describe('the command runner tells documents with one number apart (bug 4)', () => {
  let store: InMemoryEventStore;
  let runner: CommandRunner;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    runner = new CommandRunner(store, clock);
    for (const command of oneAssignedTask()) await runner.run(command, context());
  });
  const registeredIds = async (stream: string) =>
    (await store.readStream(stream)).map((e) => (e.data as { directiveId: string }).directiveId);

  it('registers 27/NQ-CP of 2016 beside that of 2017 under a distinct id, and refuses the bare number as ambiguous', async () => {
    await runner.run(directive(), context());
    await runner.run(directive({ issuedOn: parsePartialDate('2016-04-05'), title: 'Nghị quyết 2016' }), context());
    expect(await registeredIds('directive-27-nq-cp')).toEqual(['27/NQ-CP', '27/NQ-CP (2016)']);
    await expect(runner.run(plan({ implements: ['27/NQ-CP'] }), context())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'implements',
      message: expect.stringMatching(/27\/NQ-CP \(2017-02-21\).*27\/NQ-CP \(2016-04-05\)/),
    });
    await runner.run(plan({ implements: ['27/NQ-CP (2016-04-05)'] }), context());
    await runner.run(plan({ planId: 'ha-nam.kh-3', implements: ['27/nq-cp (2017)'] }), context());
    const implemented = async (planId: string) => (await store.readStream(`plan-${planId}`))[0].data;
    expect(await implemented('ha-nam.kh-2')).toMatchObject({ implements: ['27/NQ-CP (2016)'] });
    expect(await implemented('ha-nam.kh-3')).toMatchObject({ implements: ['27/NQ-CP'] });
  });

  it('refuses the same number from the same issuer in the same year: one document', async () => {
    await runner.run(directive(), context());
    await expect(
      runner.run(directive({ directiveId: '27/NQ-CP', issuedOn: parsePartialDate('2017-03-01') }), context()),
    ).rejects.toMatchObject({ code: 'ALREADY_EXISTS', field: 'id' });
  });

  it("lets Bắc Giang register its 185/TB-UBND after Hà Nam registered its own, and each plan implement its province's", async () => {
    const haNam = context({ actingForProvince: 'ha-nam' });
    await runner.run({ type: 'RegisterProvince', provinceId: 'bac-giang', name: 'Bắc Giang', statisticalCode: '24' }, context());
    await runner.run(
      {
        type: 'RegisterOrgUnit',
        unitId: 'bac-giang.so-khcn',
        name: 'Sở KH&CN',
        kind: 'AGENCY',
        provinceId: 'bac-giang',
        parentUnitId: null,
        aliases: [],
      },
      context(),
    );
    const tb185 = directive({
      directiveId: '185/TB-UBND',
      kind: 'Thông báo',
      issuer: 'UBND tỉnh Hà Nam',
      issuedOn: parsePartialDate('2020-03-02'),
      provinceId: 'ha-nam',
    });
    await runner.run(tb185, haNam);
    await runner.run(
      { ...tb185, issuer: 'UBND tỉnh Bắc Giang', issuedOn: parsePartialDate('2020-05-18'), provinceId: 'bac-giang' },
      context(),
    );
    expect(await registeredIds('directive-185-tb-ubnd')).toEqual(['185/TB-UBND', '185/TB-UBND (bac-giang)']);
    await runner.run(
      plan({
        planId: 'bac-giang.kh-1',
        provinceId: 'bac-giang',
        issuerUnitId: 'bac-giang.so-khcn',
        issuedOn: parsePartialDate('2020-05'),
        implements: ['185/TB-UBND'],
      }),
      context(),
    );
    await runner.run(plan({ implements: ['185/TB-UBND'] }), haNam);
    expect((await store.readStream('plan-bac-giang.kh-1'))[0].data).toMatchObject({ implements: ['185/TB-UBND (bac-giang)'] });
    expect((await store.readStream('plan-ha-nam.kh-2'))[0].data).toMatchObject({ implements: ['185/TB-UBND'] });
    // Hà Nam's system may not name Bắc Giang's document, however it names it.
    await expect(runner.run(plan({ planId: 'ha-nam.kh-3', implements: ['185/TB-UBND (bac-giang)'] }), haNam)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      field: 'implements',
    });
  });
});
