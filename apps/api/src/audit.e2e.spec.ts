import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const official = { name: 'Nguyễn Thanh Bình', role: 'Giám đốc Sở KH&CN' };
const PLAN = 'bac-giang.kh-khcn-2020-05';

interface Entry {
  position: string;
  type: string;
  eventId: string;
  revision: number;
  chainHash: string | null;
  recordedBy: string;
  actor: { name: string };
}

describe('auditors: a task story, a report corrected late, filters and pages', () => {
  let platform: RunningPlatform;
  let bacGiang: string;
  let auditor: string;
  const taskId = `${PLAN}.e2e-audit`;
  const trail = async (args: string) =>
    platform.gql<{ auditTrail: Entry[] }>(
      `{ auditTrail(entity: "${taskId}"${args}) { position type eventId revision chainHash recordedBy actor { name } } }`,
      {},
      auditor,
    );

  beforeAll(async () => {
    platform = await startPlatform();
    bacGiang = await platform.token('PROVINCE', 'bac-giang');
    auditor = await platform.token('AUDITOR');
    const steps: [string, Record<string, unknown>][] = [
      [
        'mutation($i: DefineTaskInput!) { defineTask(input: $i) { id } }',
        {
          id: taskId,
          planId: PLAN,
          title: 'Nhiệm vụ kiểm toán',
          deadline: { text: 'trước ngày 30/6/2020' },
          definedBy: official,
          occurredAt: '2020-05-20T02:00:00Z',
        },
      ],
      [
        'mutation($i: AssignTaskInput!) { assignTask(input: $i) { id } }',
        { taskId, leadUnitIds: ['bac-giang.so-khcn'], assignedBy: official, occurredAt: '2020-05-21T02:00:00Z' },
      ],
      [
        'mutation($i: ReportProgressInput!) { reportProgress(input: $i) { id } }',
        {
          taskId,
          reportId: 'bc-6',
          unitId: 'bac-giang.so-khcn',
          percentComplete: 70,
          summary: 'Đạt 70%',
          reportedBy: official,
          occurredAt: '2020-06-15T02:00:00Z',
        },
      ],
    ];
    for (const [mutation, input] of steps) expect((await platform.gql(mutation, { i: input }, bacGiang)).errors).toBeUndefined();
  });
  afterAll(() => platform.stop());

  it('records a correction as a new event naming the report, and shows the report as corrected', async () => {
    const corrected = await platform.gql<{
      correctProgressReport: {
        id: string;
        percentComplete: number;
        summary: string;
        corrections: { previousPercentComplete: number; percentComplete: number; reason: string; correctedBy: { name: string } }[];
      };
    }>(
      `mutation($i: CorrectProgressReportInput!) { correctProgressReport(input: $i) {
         id percentComplete summary corrections { previousPercentComplete percentComplete reason correctedBy { name } } } }`,
      { i: { taskId, reportId: 'bc-6', percentComplete: 40, summary: 'Đạt 40%', reason: 'Nhầm số liệu', correctedBy: official } },
      bacGiang,
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctProgressReport).toEqual({
      id: 'bc-6',
      percentComplete: 40,
      summary: 'Đạt 40%',
      corrections: [{ previousPercentComplete: 70, percentComplete: 40, reason: 'Nhầm số liệu', correctedBy: { name: official.name } }],
    });
    const story = await trail('');
    expect(story.data!.auditTrail.map((e) => [e.type, e.revision])).toEqual([
      ['TaskDefined', 0],
      ['TaskAssigned', 1],
      ['ProgressReported', 2],
      ['ProgressReportCorrected', 3],
    ]);
    expect(story.data!.auditTrail.every((e) => /^[\w-]{43}$/.test(e.chainHash ?? ''))).toBe(true);

    const missing = await platform.gql(
      'mutation($i: CorrectProgressReportInput!) { correctProgressReport(input: $i) { id } }',
      { i: { taskId, reportId: 'bc-nope', reason: 'x', correctedBy: official } },
      bacGiang,
    );
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'reportId' });
  });

  it('lists reports corrected after their reporting deadline, with that deadline', async () => {
    const late = await platform.gql<{
      lateReportCorrections: {
        task: { id: string };
        plan: { id: string };
        reportId: string;
        reportingDeadline: string;
        previousPercentComplete: number;
        reason: string;
      }[];
    }>(
      '{ lateReportCorrections(province: "bac giang") { task { id } plan { id } reportId reportingDeadline previousPercentComplete reason } }',
      {},
      auditor,
    );
    expect(late.errors).toBeUndefined();
    // Due 29/6/2020 ("trước ngày 30/6/2020"): the deadline is the end of that day in Vietnam.
    expect(late.data!.lateReportCorrections).toEqual([
      {
        task: { id: taskId },
        plan: { id: PLAN },
        reportId: 'bc-6',
        reportingDeadline: '2020-06-29T16:59:59.999Z',
        previousPercentComplete: 70,
        reason: 'Nhầm số liệu',
      },
    ]);
    const elsewhere = await platform.gql<{ lateReportCorrections: unknown[] }>(
      '{ lateReportCorrections(province: "ha-nam") { reportId } }',
      {},
      auditor,
    );
    expect(elsewhere.data!.lateReportCorrections).toEqual([]);
    const analyst = await platform.token('ANALYST');
    expect((await platform.gql('{ lateReportCorrections { reportId } }', {}, analyst)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it("lists a plan's own report corrected after the due day of the quarter it reported for, not one corrected on time nor one no duty asks for", async () => {
    // Bắc Giang's 2021–2025 plan: Sở KH&CN owes Sở KH&ĐT a quarterly report, due the quarter's last day.
    const OWN_PLAN = 'bac-giang.kh-khcn-2021-2025';
    const reportOn = (reportId: string, unitId: string, occurredAt?: string) =>
      platform.gql(
        'mutation($i: ReportPlanTargetValuesInput!) { reportPlanTargetValues(input: $i) { id } }',
        {
          i: {
            planId: OWN_PLAN,
            reportId,
            unitId,
            values: [
              { targetId: 'nhiem-vu-moi-huyen', value: 5 },
              { targetId: 'chi-ngan-sach', value: 1.2 },
            ],
            summary: 'Báo cáo quý',
            reportedBy: official,
            occurredAt,
          },
        },
        bacGiang,
      );
    const correct = (reportId: string, occurredAt?: string) =>
      platform.gql(
        'mutation($i: CorrectPlanTargetValuesInput!) { correctPlanTargetValues(input: $i) { id } }',
        {
          i: {
            planId: OWN_PLAN,
            reportId,
            values: [{ targetId: 'nhiem-vu-moi-huyen', value: 4 }],
            reason: 'Huyện Sơn Động mới có 4 nhiệm vụ',
            correctedBy: official,
            occurredAt,
          },
        },
        bacGiang,
      );
    // The third quarter of 2023 (due 30/9/2023), corrected in 2024 and recorded now: late.
    expect((await reportOn('q3-2023', 'bac-giang.so-khcn', '2023-09-20T02:00:00Z')).errors).toBeUndefined();
    // This quarter's report, corrected now: on time (its quarter ends on or after today).
    expect((await reportOn('this-quarter', 'bac-giang.so-khcn')).errors).toBeUndefined();
    // Sở KH&ĐT receives the reports and no duty names it as reporter: its report is not judged.
    expect((await reportOn('khdt-2023', 'bac-giang.so-khdt', '2023-09-20T02:00:00Z')).errors).toBeUndefined();
    const beforeCorrections = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (const [reportId, occurredAt] of [
      ['q3-2023', '2024-02-01T02:00:00Z'],
      ['this-quarter', undefined],
      ['khdt-2023', '2024-02-01T02:00:00Z'],
    ] as const) {
      expect((await correct(reportId, occurredAt)).errors).toBeUndefined();
    }

    type Row = {
      task: { id: string } | null;
      plan: { id: string };
      reportId: string;
      reportingDeadline: string | null;
      percentComplete: number | null;
      previousPercentComplete: number | null;
      values: unknown[];
      previousValues: unknown[];
      reason: string;
      correctedBy: { name: string };
    };
    const listed = async (args: string) => {
      const answer = await platform.gql<{ lateReportCorrections: Row[] }>(
        `{ lateReportCorrections(${args}) { task { id } plan { id } reportId reportingDeadline percentComplete previousPercentComplete values { targetId value } previousValues { targetId value } reason correctedBy { name } } }`,
        {},
        auditor,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.lateReportCorrections;
    };
    const planRow: Row = {
      task: null,
      plan: { id: OWN_PLAN },
      reportId: 'q3-2023',
      // 30/9/2023, to the end of that day in Vietnam.
      reportingDeadline: '2023-09-30T16:59:59.999Z',
      percentComplete: null,
      previousPercentComplete: null,
      values: [{ targetId: 'nhiem-vu-moi-huyen', value: 4 }],
      previousValues: [{ targetId: 'nhiem-vu-moi-huyen', value: 5 }],
      reason: 'Huyện Sơn Động mới có 4 nhiệm vụ',
      correctedBy: { name: official.name },
    };
    // The task's report corrected earlier comes first; its row is as before, with its plan.
    expect((await listed('province: "bac-giang"')).map((r) => [r.task?.id ?? null, r.plan.id, r.reportId])).toEqual([
      [taskId, PLAN, 'bc-6'],
      [null, OWN_PLAN, 'q3-2023'],
    ]);
    expect(await listed(`province: "bac-giang", from: "${beforeCorrections}"`)).toEqual([planRow]);
    expect(await listed(`from: "${beforeCorrections}"`)).toEqual([planRow]);
    expect(await listed(`province: "ha-nam", from: "${beforeCorrections}"`)).toEqual([]);
    expect(await listed(`to: "${beforeCorrections}"`)).toEqual([expect.objectContaining({ reportId: 'bc-6' })]);
  });

  it('pages through the trail by position, and filters by event type, recording time and actor', async () => {
    const first = await trail(', first: 2');
    expect(first.data!.auditTrail.map((e) => e.type)).toEqual(['TaskDefined', 'TaskAssigned']);
    const next = await trail(`, first: 2, after: "${first.data!.auditTrail[1]!.position}"`);
    expect(next.data!.auditTrail.map((e) => e.type)).toEqual(['ProgressReported', 'ProgressReportCorrected']);
    expect((await trail(`, first: 2, after: "${next.data!.auditTrail[1]!.position}"`)).data!.auditTrail).toEqual([]);

    const reports = await trail(', types: ["ProgressReported", "ProgressReportCorrected"]');
    expect(reports.data!.auditTrail.map((e) => e.type)).toEqual(['ProgressReported', 'ProgressReportCorrected']);
    // The report happened in June 2020 and the correction now, but both were recorded now: the window reads the time asked for.
    expect((await trail(', from: "2020-06-01T00:00:00Z", to: "2020-12-31T00:00:00Z"')).data!.auditTrail.map((e) => e.type)).toEqual([
      'ProgressReported',
    ]);
    expect((await trail(', timeField: RECORDED_AT, from: "2020-06-01T00:00:00Z", to: "2020-12-31T00:00:00Z"')).data!.auditTrail).toEqual(
      [],
    );

    const principal = reports.data!.auditTrail[1]!.recordedBy;
    const byActor = await platform.gql<{ auditTrail: Entry[] }>(
      `{ auditTrail(entity: "${principal}", types: ["ProgressReportCorrected"]) { type eventId } }`,
      {},
      auditor,
    );
    expect(byActor.data!.auditTrail).toEqual([{ type: 'ProgressReportCorrected', eventId: reports.data!.auditTrail[1]!.eventId }]);

    const bad = await trail(', first: 0');
    expect(bad.errors![0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'first' });
  });
});
