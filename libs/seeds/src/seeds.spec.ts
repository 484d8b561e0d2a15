import {
  daysBetween,
  parsePartialDate,
  routeCommand,
  type AssignTask,
  type CommandContext,
  type DefineTaskInProvince,
  type DomainEvent,
  type IssuePlan,
  type CheckedCommand,
} from '@monitor/domain';
import { seedCommands } from './index.js';

type Of<T extends CheckedCommand['type']> = Extract<CheckedCommand, { type: T }>;
const commandsOf = <T extends CheckedCommand['type']>(type: T): Of<T>[] =>
  seedCommands()
    .map((s) => s.command)
    .filter((c): c is Of<T> => c.type === type);

const plans = commandsOf('IssuePlan');
const plan = (planId: string): IssuePlan => {
  const found = plans.find((p) => p.planId === planId);
  if (!found) throw new Error(`no plan ${planId}`);
  return found;
};
const tasks = commandsOf('DefineTask');
const assignments = commandsOf('AssignTask');
const units = commandsOf('RegisterOrgUnit');
const mergers = commandsOf('MergeProvinces');
const task = (taskId: string): DefineTaskInProvince => tasks.find((t) => t.taskId === taskId)!;
const assignment = (taskId: string): AssignTask | undefined => assignments.find((a) => a.taskId === taskId);

describe('the seed commands', () => {
  it('run through the deciders, in order, without a rule refusing any', () => {
    const states = new Map<string, unknown>();
    const events: DomainEvent[] = [];
    for (const seed of seedCommands()) {
      const { stream, decider } = routeCommand(seed.command);
      const context: CommandContext = {
        actor: seed.actor,
        occurredAt: '2020-01-01T00:00:00Z',
        occurredAtPrecision: 'DAY',
        recordedBy: 'seed',
        actingForProvince: null,
        correlationId: 'c',
        causationId: null,
      };
      const state = states.has(stream) ? states.get(stream) : decider.initialState();
      const decided: DomainEvent[] = decider.decide(seed.command, state, context);
      states.set(
        stream,
        decided.reduce((s, e) => decider.evolve(s, e), state),
      );
      events.push(...decided);
    }
    expect(events).toHaveLength(seedCommands().length);
    // Assignments act on their task's stream and mergers on their successor's: neither opens a stream.
    expect(states.size).toBe(seedCommands().length - assignments.length - mergers.length);
  });

  it('hold the six plans with their numbers (null when blank) and dates at the precision they carry', () => {
    const summary = plans.map((p) => [p.planId, p.number, p.issuedOn.value, p.issuedOn.precision]);
    expect(summary).toEqual([
      ['bac-kan.684-qd-ubnd', '684/QĐ-UBND', '2016-05-16', 'DAY'],
      ['bac-giang.59-kh-ubnd', '59/KH-UBND', '2017-04-28', 'DAY'],
      ['bac-giang.41-kh-khcn', '41/KH-KHCN', '2017-05-22', 'DAY'],
      ['bac-giang.kh-khcn-2020-05', null, '2020-05', 'MONTH'],
      ['bac-giang.kh-khcn-2021-2025', null, '2020-07', 'MONTH'],
      ['ha-nam.2811-kh-ubnd', '2811/KH-UBND', '2020-09-16', 'DAY'],
    ]);
    const seedOf = (planId: string) => seedCommands().find((s) => s.command.type === 'IssuePlan' && s.command.planId === planId)!;
    expect(seedOf('bac-giang.kh-khcn-2021-2025').occurredOn).toEqual({ value: '2020-07', precision: 'MONTH' });
  });

  it('link plans to what they carry out, with the lags DOMAIN.md states', () => {
    expect(plan('ha-nam.2811-kh-ubnd').implements).toEqual(['696/QĐ-TTg']);
    expect(plan('bac-kan.684-qd-ubnd').implements).toEqual(['2245/QĐ-TTg']);
    expect(plan('bac-giang.kh-khcn-2020-05').implements).toEqual(['185/TB-UBND']);
    // Its basis is UBND tỉnh's 2021–2025 plan, which has no number: no registered directive is
    // implemented; what its body names is cited, never counted in lag or coverage.
    expect(plan('bac-giang.kh-khcn-2021-2025')).toMatchObject({
      implements: [],
      cites: ['46/NQ-CP', '20-NQ/TW', '2245/QĐ-TTg', '696/QĐ-TTg', '50-KL/TW'],
      statesNoBasis: true,
    });
    expect(plan('bac-giang.41-kh-khcn')).toMatchObject({ implements: ['27/NQ-CP'], cites: ['46/NQ-CP', '20-NQ/TW'] });
    expect(plan('bac-giang.41-kh-khcn').parentPlanId).toBe('bac-giang.59-kh-ubnd');
    const issued = (id: string) => commandsOf('RegisterDirective').find((d) => d.directiveId === id)!.issuedOn;
    expect(daysBetween(issued('696/QĐ-TTg'), plan('ha-nam.2811-kh-ubnd').issuedOn)).toEqual({ min: 114, max: 114 });
    expect(daysBetween(issued('2245/QĐ-TTg'), plan('bac-kan.684-qd-ubnd').issuedOn)).toEqual({ min: 157, max: 157 });
    expect(daysBetween(issued('27/NQ-CP'), plan('bac-giang.41-kh-khcn').issuedOn)).toEqual({ min: 90, max: 90 });
  });

  it('record the signers as actors, and none for 59/KH-UBND', () => {
    const signerOf = (planId: string) =>
      seedCommands()
        .filter((s) => 'planId' in s.command && s.command.planId === planId)
        .map((s) => s.actor?.name ?? null);
    expect(new Set(signerOf('bac-giang.59-kh-ubnd'))).toEqual(new Set([null]));
    expect(new Set(signerOf('bac-kan.684-qd-ubnd'))).toEqual(new Set(['Đỗ Thị Minh Hoa']));
    expect(new Set(signerOf('ha-nam.2811-kh-ubnd'))).toEqual(new Set(['Đinh Thị Lụa']));
    expect(new Set(signerOf('bac-giang.kh-khcn-2020-05'))).toEqual(new Set(['Nguyễn Thanh Bình']));
    const assignedBy = seedCommands().find((s) => s.command.type === 'AssignTask' && s.command.taskId === 'bac-giang.kh-khcn-2020-05.t05')!;
    // The role as the signature writes it; 41/KH-KHCN's signature writes none, and none is assumed.
    expect(assignedBy.actor).toMatchObject({ name: 'Nguyễn Thanh Bình', role: 'Giám đốc' });
    const signedBy41 = seedCommands().find((s) => s.command.type === 'IssuePlan' && s.command.planId === 'bac-giang.41-kh-khcn')!;
    expect(signedBy41.actor).toMatchObject({ name: 'Nguyễn Đức Kiên', role: '' });
  });

  it('define each plan’s tasks in document order, in the plan’s province', () => {
    const count = (planId: string) => tasks.filter((t) => t.planId === planId).length;
    expect(plans.map((p) => [p.planId, count(p.planId)])).toEqual([
      ['bac-kan.684-qd-ubnd', 20],
      ['bac-giang.59-kh-ubnd', 0],
      ['bac-giang.41-kh-khcn', 13],
      ['bac-giang.kh-khcn-2020-05', 17],
      ['bac-giang.kh-khcn-2021-2025', 16],
      ['ha-nam.2811-kh-ubnd', 16],
    ]);
    for (const t of tasks) expect(t.provinceId).toBe(plan(t.planId).provinceId);
    expect(tasks.filter((t) => t.planId === 'ha-nam.2811-kh-ubnd').map((t) => t.code)).toEqual([
      ...['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6'],
      ...Array.from({ length: 10 }, (_, i) => `III.${i + 1}`),
    ]);
  });

  it('keep every deadline form with its original wording', () => {
    const wordings = (kind: string) => tasks.filter((t) => t.deadline.kind === kind).map((t) => t.deadline.text);
    expect(wordings('BY_DATE')).toContain('trước ngày 10/6/2020');
    expect(wordings('WITHIN_PERIOD')).toEqual(expect.arrayContaining(['trong năm 2020', '2017-2020']));
    expect(wordings('RECURRING')).toContain('thường xuyên hàng năm');
    expect(wordings('OPEN_ENDED')).toEqual(expect.arrayContaining(['từ năm 2021', 'từ năm 2020']));
    expect(wordings('NONE').every((text) => text === null)).toBe(true);
    // No deadline is taken from a plan's title or period: 2021–2025 and 684/QĐ-UBND give their tasks none.
    for (const planId of ['bac-giang.kh-khcn-2021-2025', 'bac-kan.684-qd-ubnd']) {
      expect(tasks.filter((t) => t.planId === planId).every((t) => t.deadline.kind === 'NONE')).toBe(true);
    }
  });

  it('read "trước ngày" as strictly before the day named', () => {
    expect(task('bac-giang.kh-khcn-2020-05.t01').deadline).toMatchObject({ kind: 'BY_DATE', due: '2020-06-09' });
    expect(task('bac-giang.kh-khcn-2020-05.t17').deadline).toMatchObject({ kind: 'BY_DATE', due: '2020-05-31' });
    expect(task('bac-giang.kh-khcn-2020-05.t10').deadline).toMatchObject({ kind: 'OPEN_ENDED', start: '2021-01-01', due: null });
    expect(task('bac-kan.684-qd-ubnd.t01').deadline).toMatchObject({ kind: 'NONE', due: null });
  });

  it('assign several leads where the document names several, and generic units where it names a class', () => {
    expect(assignment('bac-giang.41-kh-khcn.t07')).toMatchObject({
      leadUnitIds: ['bac-giang.so-khcn.tt-udtb', 'bac-giang.so-khcn.tt-tttk', 'bac-giang.so-khcn.tt-kttcdlcl'],
      coordinatorUnitIds: ['bac-giang.so-khcn.cac-phong-don-vi'],
    });
    const generic = units.filter((u) => u.kind === 'GENERIC').map((u) => u.name);
    expect(generic).toEqual(
      expect.arrayContaining(['Các phòng, đơn vị trực thuộc Sở', 'UBND các huyện, thành phố', 'Các Sở, Ngành liên quan']),
    );
    expect(units.find((u) => u.unitId === 'bac-giang.so-khcn.tt-udtb')!.aliases).toContain('TT UDTB KH&CN');
  });

  it('set targets in every shape, read from Vietnamese numbers', () => {
    const all = [...plans.flatMap((p) => p.targets), ...tasks.flatMap((t) => t.targets)];
    const find = (text: string) => all.find((t) => t.text.includes(text));
    expect(find('ít nhất 02 mô hình')).toMatchObject({ kind: 'AT_LEAST', min: 2, max: null, horizon: '2020' });
    expect(find('khoảng 20 doanh nghiệp')).toMatchObject({ kind: 'ABOUT', min: 20 });
    expect(find('15-20 nhãn hiệu')).toMatchObject({ kind: 'RANGE', min: 15, max: 20 });
    expect(find('01-02 chỉ dẫn địa')).toMatchObject({ kind: 'RANGE', min: 1, max: 2 });
    expect(find('20-30%')).toMatchObject({ kind: 'RANGE', min: 20, max: 30 });
    expect(find('tăng trung bình 3%/năm')).toMatchObject({ kind: 'GROWTH_RATE', min: 3 });
    expect(find('1,5-2% tổng chi ngân sách')).toMatchObject({ kind: 'SHARE_OF_BUDGET', min: 1.5, max: 2 });
    // Bắc Kạn's goals are the plan's own (II), its contents' the tasks'; the 2021–2025 budget's amounts are no targets.
    expect(plan('bac-kan.684-qd-ubnd').targets).toHaveLength(8);
    expect(plan('bac-giang.kh-khcn-2021-2025').targets.map((t) => [t.id, t.kind, t.min])).toEqual([
      ['nhiem-vu-moi-huyen', 'AT_LEAST', 5],
      ['chi-ngan-sach', 'SHARE_OF_BUDGET', 1.5],
    ]);
    expect(all.some((t) => t.text === '01 tháng')).toBe(false);
  });

  it('carry the 2021–2025 budget, whose parts add up to 1.634.630 triệu đồng', () => {
    const budget = plan('bac-giang.kh-khcn-2021-2025').budget!;
    expect(budget.total).toBe(1_634_630);
    expect(budget.parts.map((p) => p.amount)).toEqual([239_040.14, 1_294_777.38, 100_812.48]);
    expect(budget.parts.reduce((sum, p) => sum + p.amount, 0)).toBeCloseTo(1_634_630, 2);
  });

  it('carry the reporting duties with their frequency and last on-time day', () => {
    const duties = (planId: string) => plan(planId).reportingDuties.map((d) => [d.recipientUnitId, d.frequency, d.dueMonth, d.dueDay]);
    expect(duties('bac-giang.41-kh-khcn')).toContainEqual(['bac-giang.so-khdt', 'YEARLY', 11, 14]);
    expect(duties('bac-kan.684-qd-ubnd')).toContainEqual(['bac-kan.so-khcn', 'YEARLY', 11, 30]);
    // Sở KH&CN to UBND tỉnh on 30/11; the departments and the districts to Sở KH&CN strictly before 01/11.
    expect(duties('ha-nam.2811-kh-ubnd')).toEqual([
      ['ha-nam.ubnd-tinh', 'YEARLY', 11, 30],
      ['ha-nam.so-khcn', 'YEARLY', 10, 31],
      ['ha-nam.so-khcn', 'YEARLY', 10, 31],
    ]);
    expect(duties('bac-giang.kh-khcn-2021-2025')).toEqual([['bac-giang.so-khdt', 'QUARTERLY', null, null]]);
  });

  it('reference only units, directives, plans and tasks recorded before them', () => {
    const seen = { units: new Set<string>(), directives: new Set<string>(), plans: new Set<string>(), tasks: new Set<string>() };
    const missing: string[] = [];
    const need = (set: Set<string>, id: string | null, what: string) => {
      if (id !== null && !set.has(id)) missing.push(`${what} ${id}`);
    };
    for (const { command, actor } of seedCommands()) {
      need(seen.units, actor?.unitId ?? null, 'actor unit');
      if (command.type === 'RegisterOrgUnit') {
        need(seen.units, command.parentUnitId, 'parent unit');
        seen.units.add(command.unitId);
      } else if (command.type === 'RegisterDirective') {
        command.implements.forEach((id) => need(seen.directives, id, 'directive'));
        seen.directives.add(command.directiveId);
      } else if (command.type === 'IssuePlan') {
        command.implements.forEach((id) => need(seen.directives, id, 'directive'));
        need(seen.plans, command.parentPlanId, 'parent plan');
        need(seen.units, command.issuerUnitId, 'issuer');
        for (const d of command.reportingDuties) {
          d.reporterUnitIds.forEach((id) => need(seen.units, id, 'reporter'));
          need(seen.units, d.recipientUnitId, 'recipient');
        }
        seen.plans.add(command.planId);
      } else if (command.type === 'DefineTask') {
        need(seen.plans, command.planId, 'plan');
        seen.tasks.add(command.taskId);
      } else if (command.type === 'AssignTask') {
        need(seen.tasks, command.taskId, 'task');
        [...command.leadUnitIds, ...command.coordinatorUnitIds].forEach((id) => need(seen.units, id, 'assigned unit'));
      }
    }
    expect(missing).toEqual([]);
  });

  it('store Vietnamese text precomposed (NFC) and never invent a day', () => {
    const json = JSON.stringify(seedCommands());
    expect(json).toBe(json.normalize('NFC'));
    expect(json).toContain('Đỗ Thị Minh Hoa');
    for (const seed of seedCommands()) expect(seed.occurredOn).toEqual(parsePartialDate(seed.occurredOn.value));
  });
});
