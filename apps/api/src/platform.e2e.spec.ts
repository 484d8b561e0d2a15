import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const COMPARE = `query Compare($directive: ID!, $asOf: DateTime, $provinces: [ID!]) {
  compareProvinces(directive: $directive, asOf: $asOf, provinces: $provinces) {
    directive { id }
    rows { province { id name } plans { id number issuedOn { value precision } } planLagDays planLagMinDays planLagMaxDays
           tasks completed completedOnTime overdue inProgress completionRate onTimeRate targets }
  }
}`;

type Row = {
  province: { id: string; name: string };
  plans: { id: string; number: string | null; issuedOn: { value: string; precision: string } }[];
  planLagDays: number | null;
  planLagMinDays: number | null;
  planLagMaxDays: number | null;
  tasks: number;
  completed: number;
  completedOnTime: number;
  overdue: number;
  inProgress: number;
  targets: number;
};
type Comparison = { compareProvinces: { directive: { id: string }; rows: Row[] } };

describe('the embedded platform over HTTP, loaded with the seed documents', () => {
  let platform: RunningPlatform;
  let analyst: string;

  beforeAll(async () => {
    platform = await startPlatform();
    analyst = await platform.token('ANALYST');
  });
  afterAll(() => platform.stop());

  const row = (result: { data?: Comparison }, provinceId: string) =>
    result.data!.compareProvinces.rows.find((r) => r.province.id === provinceId)!;

  it("shows Hà Nam's 2811/KH-UBND 114 days after 696/QĐ-TTg, and no plan for Bắc Giang, whose 2021–2025 plan only cites it", async () => {
    const result = await platform.gql<Comparison>(COMPARE, { directive: '696/QĐ-TTg' }, analyst);
    expect(result.errors).toBeUndefined();
    const haNam = row(result, 'ha-nam');
    expect(haNam.plans.map((p) => p.number)).toEqual(['2811/KH-UBND']);
    expect(haNam).toMatchObject({ planLagDays: 114, planLagMinDays: 114, planLagMaxDays: 114 });
    const bacGiang = row(result, 'bac-giang');
    expect(bacGiang).toMatchObject({ plans: [], planLagDays: null, planLagMinDays: null, planLagMaxDays: null });
  });

  it("shows Bắc Kạn's 684/QĐ-UBND 157 days after 2245/QĐ-TTg, with its 20 tasks, none overdue, and its plan's goals as targets", async () => {
    const result = await platform.gql<Comparison>(COMPARE, { directive: '2245/QĐ-TTg' }, analyst);
    const bacKan = row(result, 'bac-kan');
    expect(bacKan.plans.map((p) => p.number)).toEqual(['684/QĐ-UBND']);
    expect(bacKan.planLagDays).toBe(157);
    // No task of 684 has a deadline ("đến năm 2020, tầm nhìn 2030" is the plan's horizon): none is overdue.
    expect(bacKan).toMatchObject({ tasks: 20, overdue: 0 });
    // Eight goals of the plan (II) and five of its contents (III.A.2, III.B.1, IV.3).
    expect(bacKan.targets).toBe(13);
  });

  it('shows the May 2020 plan 0 to 13 days after 185/TB-UBND: not before the notice it carries out', async () => {
    const result = await platform.gql<Comparison>(COMPARE, { directive: '185/TB-UBND' }, analyst);
    expect(result.errors).toBeUndefined();
    expect(row(result, 'bac-giang')).toMatchObject({ planLagDays: null, planLagMinDays: 0, planLagMaxDays: 13 });
  });

  it('finds directives and provinces typed without diacritics', async () => {
    const result = await platform.gql<Comparison>(COMPARE, { directive: '696/QD-TTg', provinces: ['ha nam'] }, analyst);
    expect(result.errors).toBeUndefined();
    expect(result.data!.compareProvinces.directive.id).toBe('696/QĐ-TTg');
    expect(result.data!.compareProvinces.rows.map((r) => r.province.name)).toEqual(['Hà Nam']);
    const directive = await platform.gql<{ directive: { id: string } }>('{ directive(id: "2245/qd-ttg") { id } }', {}, analyst);
    expect(directive.data!.directive.id).toBe('2245/QĐ-TTg');
  });

  it('keeps the original wording of deadlines and the cascade of plans', async () => {
    const result = await platform.gql<{
      plan: { parent: { number: string }; tasks: { deadline: { kind: string; text: string | null } }[] };
    }>('{ plan(id: "bac-giang.41-kh-khcn") { parent { number } tasks { deadline { kind text } } } }', {}, analyst);
    expect(result.data!.plan.parent.number).toBe('59/KH-UBND');
    const may2020 = await platform.gql<{
      plan: { number: string | null; tasks: { deadline: { kind: string; due: string | null; text: string | null } }[] };
    }>('{ plan(id: "bac-giang.kh-khcn-2020-05") { number tasks { deadline { kind due text } } } }', {}, analyst);
    const deadlines = may2020.data!.plan.tasks.map((t) => t.deadline);
    expect(may2020.data!.plan.number).toBeNull();
    // The deadline's own words, as the reader quotes them from "Thời gian hoàn thành trước ngày 10/6/2020".
    expect(deadlines).toContainEqual({ kind: 'BY_DATE', due: '2020-06-09', text: 'trước ngày 10/6/2020' });
    expect(deadlines.map((d) => d.kind)).toEqual(expect.arrayContaining(['WITHIN_PERIOD', 'OPEN_ENDED', 'RECURRING']));
  });
});

describe('who may do what', () => {
  let platform: RunningPlatform;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.stop());

  it('refuses anonymous requests and forged tokens', async () => {
    const anonymous = await platform.gql('{ provinces { id } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const forged = await platform.gql('{ provinces { id } }', {}, 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiQURNSU4ifQ.c2lnbmF0dXJl');
    expect(forged.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('lets analysts read but not write, and keeps the audit trail for auditors', async () => {
    const analyst = await platform.token('ANALYST');
    const write = await platform.gql('mutation { completeTask(input: { taskId: "ha-nam.2811-kh-ubnd.t02" }) { id } }', {}, analyst);
    expect(write.errors![0].extensions!.code).toBe('FORBIDDEN');
    const audit = await platform.gql('{ auditTrail(entity: "ha-nam.2811-kh-ubnd") { type } }', {}, analyst);
    expect(audit.errors![0].extensions!.code).toBe('FORBIDDEN');
    const auditor = await platform.token('AUDITOR');
    const trail = await platform.gql<{ auditTrail: { type: string; actor: { name: string } }[] }>(
      '{ auditTrail(entity: "ha-nam.2811-kh-ubnd") { type actor { name } } }',
      {},
      auditor,
    );
    expect(trail.data!.auditTrail[0]).toEqual({ type: 'PlanIssued', actor: { name: 'Đinh Thị Lụa' } });
    expect(trail.data!.auditTrail.filter((e) => e.type === 'TaskAssigned').length).toBeGreaterThan(0);
  });
});

describe('errors, with NODE_ENV as a development machine leaves it', () => {
  let platform: RunningPlatform;
  const nodeEnv = process.env.NODE_ENV;
  beforeAll(async () => {
    // Jest sets NODE_ENV=test, which alone keeps Apollo from sending stack traces.
    process.env.NODE_ENV = 'development';
    platform = await startPlatform();
  });
  afterAll(async () => {
    process.env.NODE_ENV = nodeEnv;
    await platform.stop();
  });

  it('says what is wrong with a query, and nothing of the server inside', async () => {
    const analyst = await platform.token('ANALYST');
    const misspelt = await platform.gql('{ compareProvinces(directive: "696/QD-TTg") { rows { plan { number } } } }', {}, analyst);
    expect(misspelt.errors![0]).toMatchObject({
      message: expect.stringContaining('Cannot query field "plan"'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const unknown = await platform.gql(COMPARE, { directive: '999/QĐ-TTg' }, analyst);
    expect(unknown.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'directive' });
    expect(JSON.stringify([misspelt.errors, unknown.errors])).not.toMatch(/stacktrace|node_modules/);
  });
});
