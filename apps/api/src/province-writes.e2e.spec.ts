import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const READY = async (platform: RunningPlatform) => (await (await fetch(`${platform.url}/ready`)).json()) as { checkpoint: string };

const DEFINE = `mutation Define($input: DefineTaskInput!) { defineTask(input: $input) { id deadline { kind due text } status } }`;
const ASSIGN = `mutation Assign($input: AssignTaskInput!) { assignTask(input: $input) { assignments { unit { id } role assignedBy { name role } occurredAt recordedAt } } }`;
const REPORT = `mutation Report($input: ReportProgressInput!) { reportProgress(input: $input) { id percentComplete status reportedBy { name } } }`;
const COMPLETE = `mutation Complete($input: CompleteTaskInput!) { completeTask(input: $input) { status(asOf: "2021-07-01T00:00:00Z") } }`;

describe('a provincial system records its own province, and only its own', () => {
  let platform: RunningPlatform;
  let haNam: string;
  let bacKan: string;
  const taskId = 'ha-nam.2811-kh-ubnd.e2e-1';
  const official = { name: 'Đinh Thị Lụa', role: 'Phó Chủ tịch UBND tỉnh' };

  beforeAll(async () => {
    platform = await startPlatform();
    haNam = await platform.token('PROVINCE', 'ha-nam');
    bacKan = await platform.token('PROVINCE', 'bac-kan');
  });
  afterAll(() => platform.stop());

  it('defines, assigns, reports and completes a task, each recorded with who did it and when', async () => {
    const defined = await platform.gql(
      DEFINE,
      {
        input: {
          id: taskId,
          planId: 'ha-nam.2811-kh-ubnd',
          title: 'Báo cáo thử nghiệm',
          deadline: { text: 'trước ngày 10/6/2021' },
          occurredAt: '2021-01-05T02:00:00Z',
        },
      },
      haNam,
    );
    expect(defined.errors).toBeUndefined();
    expect(defined.data!.defineTask.deadline).toEqual({ kind: 'BY_DATE', due: '2021-06-09', text: 'trước ngày 10/6/2021' });

    const assigned = await platform.gql(
      ASSIGN,
      {
        input: {
          taskId,
          leadUnitIds: ['ha-nam.so-khcn'],
          coordinatorUnitIds: ['ha-nam.so-tai-chinh'],
          assignedBy: official,
          occurredAt: '2021-01-06T02:00:00Z',
        },
      },
      haNam,
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignTask.assignments).toEqual([
      expect.objectContaining({
        unit: { id: 'ha-nam.so-khcn' },
        role: 'LEAD',
        assignedBy: official,
        occurredAt: '2021-01-06T02:00:00.000Z',
      }),
      expect.objectContaining({ unit: { id: 'ha-nam.so-tai-chinh' }, role: 'COORDINATOR' }),
    ]);
    expect(Date.parse(assigned.data!.assignTask.assignments[0].recordedAt)).toBeGreaterThan(Date.parse('2026-01-01'));

    const reported = await platform.gql(
      REPORT,
      {
        input: {
          taskId,
          reportId: 'r1',
          unitId: 'ha-nam.so-khcn',
          percentComplete: 60,
          reportedBy: { name: 'Nguyễn Văn A', role: 'Giám đốc Sở KH&CN' },
          occurredAt: '2021-03-01T02:00:00Z',
        },
      },
      haNam,
    );
    expect(reported.data!.reportProgress).toEqual({
      id: 'r1',
      percentComplete: 60,
      status: 'IN_PROGRESS',
      reportedBy: { name: 'Nguyễn Văn A' },
    });

    const completed = await platform.gql(COMPLETE, { input: { taskId, occurredAt: '2021-06-09T10:00:00Z' } }, haNam);
    expect(completed.data!.completeTask.status).toBe('COMPLETED');
  });

  it("refuses another province's task and records nothing", async () => {
    const before = await READY(platform);
    const refused = await platform.gql(
      REPORT,
      {
        input: {
          taskId: 'ha-nam.2811-kh-ubnd.t02',
          reportId: 'x1',
          unitId: 'ha-nam.so-khcn',
          percentComplete: 10,
          reportedBy: { name: 'X', role: 'Y' },
        },
      },
      bacKan,
    );
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'taskId' });
    expect(refused.errors![0].message).toMatch(/belongs to ha-nam, not to bac-kan/);
    const plan = await platform.gql(
      'mutation { issuePlan(input: { id: "ha-nam.fake", province: "ha-nam", title: "x", issuerUnitId: "ha-nam.ubnd-tinh", issuedOn: "2021-01-01", implements: ["696/QĐ-TTg"] }) { id } }',
      {},
      bacKan,
    );
    expect(plan.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'provinceId' });
    expect((await READY(platform)).checkpoint).toBe(before.checkpoint);
  });

  it('names the field at fault in invalid input and records nothing', async () => {
    const before = await READY(platform);
    const admin = await platform.token('ADMIN');
    const cases: [string, Record<string, unknown>, string, string][] = [
      [COMPARE_UNKNOWN, {}, 'NOT_FOUND', 'directive'],
      [
        REPORT,
        { input: { taskId, reportId: 'r2', unitId: 'ha-nam.so-khcn', percentComplete: -5, reportedBy: official } },
        'INVALID_INPUT',
        'percentComplete',
      ],
      [
        'mutation { issuePlan(input: { id: "ha-nam.bad-date", province: "ha-nam", title: "x", issuerUnitId: "ha-nam.ubnd-tinh", issuedOn: "2020-13-45", implements: ["696/QĐ-TTg"] }) { id } }',
        {},
        'INVALID_INPUT',
        'issuedOn',
      ],
      [
        'mutation { issuePlan(input: { id: "ha-nam.no-directive", province: "ha-nam", title: "x", issuerUnitId: "ha-nam.ubnd-tinh", issuedOn: "2021-02", implements: ["999/QĐ-TTg"] }) { id } }',
        {},
        'NOT_FOUND',
        'implements',
      ],
      [
        DEFINE,
        { input: { id: 'ha-nam.2811-kh-ubnd.e2e-2', planId: 'ha-nam.2811-kh-ubnd', title: 'x', deadline: { text: 'khi nào xong' } } },
        'INVALID_INPUT',
        'deadline.text',
      ],
    ];
    for (const [query, variables, code, field] of cases) {
      const result = await platform.gql(query, variables, admin);
      expect(result.errors?.[0].extensions).toMatchObject({ code, field });
      expect(result.errors![0].message).toContain(field);
    }
    expect((await READY(platform)).checkpoint).toBe(before.checkpoint);
  });
});

const COMPARE_UNKNOWN = '{ compareProvinces(directive: "123/QĐ-TTg") { asOf } }';
