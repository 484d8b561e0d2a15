import { CommandRunner } from '@monitor/application';
import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const READY = async (platform: RunningPlatform) => (await (await fetch(`${platform.url}/ready`)).json()) as { checkpoint: string };

const DIRECTIVE = 'mutation Register($input: RegisterDirectiveInput!) { registerDirective(input: $input) { id } }';
const ISSUE = 'mutation Issue($input: IssuePlanInput!) { issuePlan(input: $input) { id } }';
const DEFINE = 'mutation Define($input: DefineTaskInput!) { defineTask(input: $input) { id } }';
const ASSIGN = 'mutation Assign($input: AssignTaskInput!) { assignTask(input: $input) { assignments { unit { id } role } } }';
const REPORT = 'mutation Report($input: ReportProgressInput!) { reportProgress(input: $input) { id } }';
const REPORT_PLAN = 'mutation ReportPlan($input: ReportPlanTargetValuesInput!) { reportPlanTargetValues(input: $input) { id } }';

const official = { name: 'Đinh Thị Lụa', role: 'Phó Chủ tịch UBND tỉnh', unitId: 'ha-nam.ubnd-tinh' };
const PLAN = 'ha-nam.kh-scope-e2e';
const TASK = `${PLAN}.nv-1`;
const duty = (overrides: Record<string, unknown> = {}) => ({
  id: 'bao-cao-nam',
  reporterUnitIds: ['ha-nam.so-khcn'],
  recipient: 'Bộ Khoa học và Công nghệ',
  recipientUnitId: 'bo-khcn',
  frequency: 'YEARLY',
  dueMonth: 11,
  dueDay: 30,
  text: 'Sở KH&CN báo cáo Bộ Khoa học và Công nghệ trước ngày 30/11 hằng năm',
  ...overrides,
});
const plan = (overrides: Record<string, unknown> = {}) => ({
  id: PLAN,
  province: 'ha-nam',
  number: '77/KH-UBND',
  title: 'Kế hoạch thử phạm vi tỉnh',
  issuerUnitId: 'ha-nam.ubnd-tinh',
  issuedOn: '2021-02-01',
  signedBy: official,
  implements: ['696/QĐ-TTg'],
  reportingDuties: [duty()],
  targets: [{ id: 'mo-hinh', indicator: 'Mô hình ứng dụng', kind: 'AT_LEAST', min: 2, unit: 'mô hình', text: 'ít nhất 02 mô hình' }],
  ...overrides,
});

describe("a province's commands name only its own province's ids, units and documents", () => {
  let platform: RunningPlatform;
  let haNam: string;
  let admin: string;

  beforeAll(async () => {
    platform = await startPlatform();
    haNam = await platform.token('PROVINCE', 'ha-nam');
    admin = await platform.token('ADMIN');
    // A national body, registered as such (no province) by the platform's administrators: the
    // GraphQL API has no mutation for units, so it is recorded as the seeds are, through the runner.
    await platform.app.get(CommandRunner).run(
      {
        type: 'RegisterOrgUnit',
        unitId: 'bo-khcn',
        name: 'Bộ Khoa học và Công nghệ',
        kind: 'AGENCY',
        provinceId: null,
        parentUnitId: null,
        aliases: ['Bộ KH&CN'],
      },
      {
        actor: null,
        occurredAt: '2021-01-01T00:00:00.000Z',
        occurredAtPrecision: 'INSTANT',
        recordedBy: 'admin:e2e',
        actingForProvince: null,
        correlationId: 'e2e-bo-khcn',
        causationId: null,
      },
    );
  });
  afterAll(() => platform.stop());

  it('accepts a national body where a plan names a partner: the recipient of its reports, a coordinating unit of its task', async () => {
    const issued = await platform.gql(ISSUE, { input: plan() }, haNam);
    expect(issued.errors).toBeUndefined();
    expect(
      (
        await platform.gql(
          DEFINE,
          { input: { id: TASK, planId: PLAN, title: 'Xây dựng mô hình', occurredAt: '2021-02-02T02:00:00Z' } },
          haNam,
        )
      ).errors,
    ).toBeUndefined();
    const assigned = await platform.gql(
      ASSIGN,
      { input: { taskId: TASK, leadUnitIds: ['ha-nam.so-khcn'], coordinatorUnitIds: ['bo-khcn'], assignedBy: official } },
      haNam,
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignTask.assignments).toEqual([
      { unit: { id: 'ha-nam.so-khcn' }, role: 'LEAD' },
      { unit: { id: 'bo-khcn' }, role: 'COORDINATOR' },
    ]);
    const document = {
      id: '15/TB-UBND',
      kind: 'Thông báo kết luận',
      title: 'Kết luận của Chủ tịch UBND tỉnh',
      issuer: 'UBND tỉnh Hà Nam',
      issuedOn: '2021-03-01',
      province: 'ha-nam',
    };
    expect((await platform.gql(DIRECTIVE, { input: document }, haNam)).errors).toBeUndefined();
  });

  it("refuses each try to name another province's units, take its ids or register a national document, naming the field, and records nothing", async () => {
    // A Bắc Giang unit coordinating a Hà Nam task, as only a national administrator may assign it.
    expect(
      (await platform.gql(ASSIGN, { input: { taskId: TASK, coordinatorUnitIds: ['bac-giang.so-khcn'], assignedBy: official } }, admin))
        .errors,
    ).toBeUndefined();
    const before = await READY(platform);
    const other = 'bac-giang.so-khcn';
    const tries: [string, string, Record<string, unknown>, string][] = [
      ['issuer unit', ISSUE, plan({ id: `${PLAN}-2`, issuerUnitId: 'bac-giang.ubnd-tinh' }), 'issuerUnitId'],
      ["signer's unit", ISSUE, plan({ id: `${PLAN}-3`, signedBy: { ...official, unitId: 'bac-giang.ubnd-tinh' } }), 'actor.unitId'],
      [
        'reporters',
        ISSUE,
        plan({ id: `${PLAN}-4`, reportingDuties: [duty({ reporterUnitIds: ['ha-nam.so-khcn', other] })] }),
        'reportingDuties[0].reporterUnitIds',
      ],
      [
        'report recipient',
        ISSUE,
        plan({ id: `${PLAN}-5`, reportingDuties: [duty({ recipientUnitId: 'bac-giang.so-khdt' })] }),
        'reportingDuties[0].recipientUnitId',
      ],
      ["another province's document implemented", ISSUE, plan({ id: `${PLAN}-6`, implements: ['185/TB-UBND'] }), 'implements'],
      ['plan id under another province', ISSUE, plan({ id: 'bac-giang.kh-chiem-cho' }), 'id'],
      ['task id under another province', DEFINE, { id: 'bac-giang.nv-chiem-cho', planId: PLAN, title: 'x' }, 'id'],
      ['lead unit', ASSIGN, { taskId: TASK, leadUnitIds: [other], assignedBy: official }, 'leadUnitIds'],
      [
        'coordinating unit',
        ASSIGN,
        { taskId: TASK, coordinatorUnitIds: ['bac-giang.so-khdt'], assignedBy: official },
        'coordinatorUnitIds',
      ],
      ['a national body as lead', ASSIGN, { taskId: TASK, leadUnitIds: ['bo-khcn'], assignedBy: official }, 'leadUnitIds'],
      [
        "report as another province's unit",
        REPORT,
        { taskId: TASK, reportId: 'bc-1', unitId: other, percentComplete: 10, reportedBy: { name: 'X', role: 'Y' } },
        'unitId',
      ],
      [
        "report on the plan as another province's unit",
        REPORT_PLAN,
        {
          planId: PLAN,
          reportId: 'bc-kh-1',
          unitId: other,
          values: [{ targetId: 'mo-hinh', value: 1 }],
          reportedBy: { name: 'X', role: 'Y' },
        },
        'unitId',
      ],
      [
        'national decision number',
        DIRECTIVE,
        { id: '999/QĐ-TTg', kind: 'Quyết định', title: 'x', issuer: 'UBND tỉnh Hà Nam', issuedOn: '2021-01-01', province: 'ha-nam' },
        'id',
      ],
      [
        'national issuer',
        DIRECTIVE,
        { id: '12/QĐ', kind: 'Quyết định', title: 'x', issuer: 'Thủ tướng Chính phủ', issuedOn: '2021-01-01', province: 'ha-nam' },
        'issuer',
      ],
      [
        'national directive',
        DIRECTIVE,
        { id: '998/QĐ-TTg', kind: 'Quyết định', title: 'x', issuer: 'Thủ tướng Chính phủ', issuedOn: '2021-01-01' },
        'provinceId',
      ],
    ];
    const answers = [];
    for (const [what, query, input] of tries) {
      const error = (await platform.gql(query, { input }, haNam)).errors?.[0];
      answers.push({
        what,
        code: error?.extensions?.code ?? 'ACCEPTED',
        field: error?.extensions?.field,
        says: /ha-nam/.test(error?.message ?? ''),
      });
    }
    expect(answers).toEqual(tries.map(([what, , , field]) => ({ what, code: 'FORBIDDEN', field, says: true })));
    expect((await READY(platform)).checkpoint).toBe(before.checkpoint);
  });

  it('leaves the ids a province could not take to their owners, and national documents to administrators', async () => {
    const bacGiang = await platform.token('PROVINCE', 'bac-giang');
    const theirs = plan({
      id: 'bac-giang.kh-chiem-cho',
      province: 'bac-giang',
      issuerUnitId: 'bac-giang.ubnd-tinh',
      signedBy: null,
      reportingDuties: [],
    });
    expect((await platform.gql(ISSUE, { input: theirs }, bacGiang)).errors).toBeUndefined();
    const national = {
      id: '999/QĐ-TTg',
      kind: 'Quyết định',
      title: 'Quyết định thử',
      issuer: 'Thủ tướng Chính phủ',
      issuedOn: '2021-01-01',
    };
    expect((await platform.gql(DIRECTIVE, { input: national }, admin)).errors).toBeUndefined();
  });
});
