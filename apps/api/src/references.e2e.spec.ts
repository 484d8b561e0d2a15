import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const READY = async (platform: RunningPlatform) => (await (await fetch(`${platform.url}/ready`)).json()) as { checkpoint: string };
/** Waits until the read models hold what the platform recorded. */
const settled = async (platform: RunningPlatform) => {
  for (let i = 0; i < 50; i++) {
    if ((await fetch(`${platform.url}/ready`)).status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const ISSUE = 'mutation($i: IssuePlanInput!) { issuePlan(input: $i) { id province { id } implements { id } warnings } }';
const REGISTER = 'mutation($i: RegisterDirectiveInput!) { registerDirective(input: $i) { id } }';
const COMPLETE = 'mutation($i: CompleteTaskInput!) { completeTask(input: $i) { status } }';
const COMPARE = 'query($d: ID!) { compareProvinces(directive: $d) { directive { id } rows { province { id } plans { id } } } }';
const DIRECTIVE = 'query($d: ID!) { directive(id: $d) { id issuedOn { value } } }';

const plansIn = (answer: { data?: Record<string, unknown> }, provinceId: string): string[] =>
  ((answer.data?.compareProvinces as { rows: unknown } | undefined)?.rows as { province: { id: string }; plans: { id: string }[] }[])
    .find((r) => r.province.id === provinceId)
    ?.plans.map((p) => p.id) ?? [];

describe('GraphQL: references resolved to their ids, dates checked against the record, documents sharing a number told apart', () => {
  let platform: RunningPlatform;
  let admin: string;
  let haNam: string;
  beforeAll(async () => {
    platform = await startPlatform();
    admin = await platform.token('ADMIN');
    haNam = await platform.token('PROVINCE', 'ha-nam');
  });
  afterAll(() => platform.stop());

  it('stores implements typed without diacritics as 2245/QĐ-TTg: the plan shows under it (bug 1)', async () => {
    const input = {
      id: 'bac-kan.e2e-2245',
      province: 'bac-kan',
      title: 'Kế hoạch thử',
      issuerUnitId: 'bac-kan.ubnd-tinh',
      issuedOn: '2017-03',
      implements: ['2245/QD-TTg'],
    };
    const issued = await platform.gql(ISSUE, { i: input }, admin);
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issuePlan.implements).toEqual([{ id: '2245/QĐ-TTg' }]);
    await settled(platform);
    expect(plansIn(await platform.gql(COMPARE, { d: '2245/QĐ-TTg' }, admin), 'bac-kan')).toContain('bac-kan.e2e-2245');
  });

  it('accepts a province as look-ups accept it, for ADMIN and for the province itself (bug 2)', async () => {
    const input = {
      id: 'ha-nam.e2e-ha-nam',
      province: 'ha nam',
      title: 'Kế hoạch thử',
      issuerUnitId: 'ha-nam.ubnd-tinh',
      issuedOn: '2021-02',
      implements: ['696/QĐ-TTg'],
    };
    const byAdmin = await platform.gql(ISSUE, { i: input }, admin);
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.issuePlan.province).toEqual({ id: 'ha-nam' });
    const byHaNam = await platform.gql(
      ISSUE,
      { i: { ...input, id: 'ha-nam.e2e-ha-nam-2', province: 'Hà Nam', issuerUnitId: 'HA-NAM.UBND-TINH' } },
      haNam,
    );
    expect(byHaNam.errors).toBeUndefined();
    expect(byHaNam.data!.issuePlan.province).toEqual({ id: 'ha-nam' });
  });

  it.each([
    [
      'a plan dated 1900 implementing 696/QĐ-TTg (2020)',
      ISSUE,
      {
        id: 'ha-nam.e2e-1900',
        province: 'ha-nam',
        title: 'x',
        issuerUnitId: 'ha-nam.ubnd-tinh',
        issuedOn: '1900-01-01',
        implements: ['696/QĐ-TTg'],
      },
      'RULE_VIOLATED',
      'issuedOn',
    ],
    [
      'a plan dated April 2020 implementing 696/QĐ-TTg of 25 May 2020',
      ISSUE,
      {
        id: 'ha-nam.e2e-2020-04',
        province: 'ha-nam',
        title: 'x',
        issuerUnitId: 'ha-nam.ubnd-tinh',
        issuedOn: '2020-04',
        implements: ['696/QĐ-TTg'],
      },
      'RULE_VIOLATED',
      'issuedOn',
    ],
    [
      'a plan dated 2099',
      ISSUE,
      {
        id: 'ha-nam.e2e-2099',
        province: 'ha-nam',
        title: 'x',
        issuerUnitId: 'ha-nam.ubnd-tinh',
        issuedOn: '2099-01-01',
        implements: ['696/QĐ-TTg'],
      },
      'INVALID_INPUT',
      'issuedOn',
    ],
    [
      'a task of a 2020 plan completed in 1990',
      COMPLETE,
      { taskId: 'ha-nam.2811-kh-ubnd.t07', occurredAt: '1990-06-01T00:00:00Z' },
      'RULE_VIOLATED',
      'occurredAt',
    ],
    [
      'a task completed in 2099',
      COMPLETE,
      { taskId: 'ha-nam.2811-kh-ubnd.t07', occurredAt: '2099-06-01T00:00:00Z' },
      'INVALID_INPUT',
      'occurredAt',
    ],
  ])('refuses %s and records nothing (bug 3)', async (_what, mutation, input, code, field) => {
    const before = await READY(platform);
    const answer = await platform.gql(mutation, { i: input }, admin);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect((await READY(platform)).checkpoint).toBe(before.checkpoint);
  });

  it('records a plan issued eleven years after 20-NQ/TW and flags it for analysts (bug 3)', async () => {
    const input = {
      id: 'ha-nam.e2e-late',
      province: 'ha-nam',
      title: 'Kế hoạch muộn',
      issuerUnitId: 'ha-nam.ubnd-tinh',
      issuedOn: '2024-03',
      implements: ['20-NQ/TW'],
    };
    const issued = await platform.gql(ISSUE, { i: input }, admin);
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issuePlan.warnings).toEqual([expect.stringMatching(/at least 11 years after 20-NQ\/TW \(2012-11-01\)/)]);
    const onTime = await platform.gql('{ plan(id: "ha-nam.2811-kh-ubnd") { warnings } }', {}, admin);
    expect(onTime.data!.plan.warnings).toEqual([]);
  });

  it('registers a second 27/NQ-CP (2016) under its own id, refuses the bare number as ambiguous, compares each (bug 4)', async () => {
    const nq2016 = { id: '27/NQ-CP', kind: 'Nghị quyết', title: 'Nghị quyết năm 2016', issuer: 'Chính phủ', issuedOn: '2016-04-05' };
    const registered = await platform.gql(REGISTER, { i: nq2016 }, admin);
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerDirective.id).toBe('27/NQ-CP (2016)');
    await settled(platform);

    for (const [query, variables] of [
      [DIRECTIVE, { d: '27/NQ-CP' }],
      [COMPARE, { d: '27/nq-cp' }],
    ] as const) {
      const ambiguous = await platform.gql(query, variables, admin);
      expect(ambiguous.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT' });
      expect(ambiguous.errors![0].message).toMatch(/27\/NQ-CP \(2017-02-21\), 27\/NQ-CP \(2016-04-05\)/);
    }
    const plan = {
      id: 'ha-nam.e2e-27',
      province: 'ha-nam',
      title: 'x',
      issuerUnitId: 'ha-nam.ubnd-tinh',
      issuedOn: '2016-06',
      implements: ['27/NQ-CP'],
    };
    const refused = await platform.gql(ISSUE, { i: plan }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'implements' });
    const issued = await platform.gql(ISSUE, { i: { ...plan, implements: ['27/NQ-CP (2016-04-05)'] } }, admin);
    expect(issued.data!.issuePlan.implements).toEqual([{ id: '27/NQ-CP (2016)' }]);
    await settled(platform);

    expect((await platform.gql(DIRECTIVE, { d: '27/NQ-CP (2017-02-21)' }, admin)).data!.directive).toEqual({
      id: '27/NQ-CP',
      issuedOn: { value: '2017-02-21' },
    });
    const of2017 = await platform.gql(COMPARE, { d: '27/NQ-CP (2017)' }, admin);
    expect(plansIn(of2017, 'bac-giang')).toContain('bac-giang.59-kh-ubnd');
    expect(plansIn(of2017, 'ha-nam')).toEqual([]);
    const of2016 = await platform.gql(COMPARE, { d: '27/NQ-CP (2016)' }, admin);
    expect(plansIn(of2016, 'ha-nam')).toEqual(['ha-nam.e2e-27']);
    expect(plansIn(of2016, 'bac-giang')).toEqual([]);
  });

  it("lets Hà Nam register its own 185/TB-UBND beside Bắc Giang's, each province's plans naming its own (bug 4)", async () => {
    const tb = {
      id: '185/TB-UBND',
      kind: 'Thông báo kết luận',
      title: 'Kết luận của Chủ tịch UBND tỉnh',
      issuer: 'UBND tỉnh Hà Nam',
      issuedOn: '2021-08-02',
      province: 'ha-nam',
    };
    const registered = await platform.gql(REGISTER, { i: tb }, haNam);
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerDirective.id).toBe('185/TB-UBND (ha-nam)');
    const issued = await platform.gql(
      ISSUE,
      {
        i: {
          id: 'ha-nam.e2e-185',
          province: 'ha-nam',
          title: 'x',
          issuerUnitId: 'ha-nam.ubnd-tinh',
          issuedOn: '2021-09',
          implements: ['185/TB-UBND'],
        },
      },
      haNam,
    );
    expect(issued.data!.issuePlan.implements).toEqual([{ id: '185/TB-UBND (ha-nam)' }]);
    await settled(platform);
    expect(plansIn(await platform.gql(COMPARE, { d: '185/TB-UBND (bac-giang)' }, admin), 'bac-giang')).toContain(
      'bac-giang.kh-khcn-2020-05',
    );
    expect(plansIn(await platform.gql(COMPARE, { d: '185/TB-UBND (ha nam)' }, admin), 'ha-nam')).toEqual(['ha-nam.e2e-185']);
  });
});
