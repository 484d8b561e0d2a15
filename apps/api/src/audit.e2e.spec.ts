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
    platform.gql<{ auditTrail: Entry[] }>(`{ auditTrail(entity: "${taskId}"${args}) { position type eventId revision chainHash recordedBy actor { name } } }`, {}, auditor);

  beforeAll(async () => {
    platform = await startPlatform();
    bacGiang = await platform.token('PROVINCE', 'bac-giang');
    auditor = await platform.token('AUDITOR');
    const steps: [string, Record<string, unknown>][] = [
      ['mutation($i: DefineTaskInput!) { defineTask(input: $i) { id } }', { id: taskId, planId: PLAN, title: 'Nhiệm vụ kiểm toán', deadline: { text: 'trước ngày 30/6/2020' }, definedBy: official, occurredAt: '2020-05-20T02:00:00Z' }],
      ['mutation($i: AssignTaskInput!) { assignTask(input: $i) { id } }', { taskId, leadUnitIds: ['bac-giang.so-khcn'], assignedBy: official, occurredAt: '2020-05-21T02:00:00Z' }],
      ['mutation($i: ReportProgressInput!) { reportProgress(input: $i) { id } }', { taskId, reportId: 'bc-6', unitId: 'bac-giang.so-khcn', percentComplete: 70, summary: 'Đạt 70%', reportedBy: official, occurredAt: '2020-06-15T02:00:00Z' }],
    ];
    for (const [mutation, input] of steps) expect((await platform.gql(mutation, { i: input }, bacGiang)).errors).toBeUndefined();
  });
  afterAll(() => platform.stop());

  it('records a correction as a new event naming the report, and shows the report as corrected', async () => {
    const corrected = await platform.gql<{ correctProgressReport: { id: string; percentComplete: number; summary: string; corrections: { previousPercentComplete: number; percentComplete: number; reason: string; correctedBy: { name: string } }[] } }>(
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
    expect(story.data!.auditTrail.map((e) => [e.type, e.revision])).toEqual([['TaskDefined', 0], ['TaskAssigned', 1], ['ProgressReported', 2], ['ProgressReportCorrected', 3]]);
    expect(story.data!.auditTrail.every((e) => /^[\w-]{43}$/.test(e.chainHash ?? ''))).toBe(true);

    const missing = await platform.gql(
      'mutation($i: CorrectProgressReportInput!) { correctProgressReport(input: $i) { id } }',
      { i: { taskId, reportId: 'bc-nope', reason: 'x', correctedBy: official } },
      bacGiang,
    );
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'reportId' });
  });

  it('lists reports corrected after their reporting deadline, with that deadline', async () => {
    const late = await platform.gql<{ lateReportCorrections: { task: { id: string }; reportId: string; reportingDeadline: string; previousPercentComplete: number; reason: string }[] }>(
      '{ lateReportCorrections(province: "bac giang") { task { id } reportId reportingDeadline previousPercentComplete reason } }',
      {},
      auditor,
    );
    expect(late.errors).toBeUndefined();
    // Due 29/6/2020 ("trước ngày 30/6/2020"): the deadline is the end of that day in Vietnam.
    expect(late.data!.lateReportCorrections).toEqual([{ task: { id: taskId }, reportId: 'bc-6', reportingDeadline: '2020-06-29T16:59:59.999Z', previousPercentComplete: 70, reason: 'Nhầm số liệu' }]);
    const elsewhere = await platform.gql<{ lateReportCorrections: unknown[] }>('{ lateReportCorrections(province: "ha-nam") { reportId } }', {}, auditor);
    expect(elsewhere.data!.lateReportCorrections).toEqual([]);
    const analyst = await platform.token('ANALYST');
    expect((await platform.gql('{ lateReportCorrections { reportId } }', {}, analyst)).errors![0].extensions!.code).toBe('FORBIDDEN');
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
    expect((await trail(', from: "2020-06-01T00:00:00Z", to: "2020-12-31T00:00:00Z"')).data!.auditTrail.map((e) => e.type)).toEqual(['ProgressReported']);
    expect((await trail(', timeField: RECORDED_AT, from: "2020-06-01T00:00:00Z", to: "2020-12-31T00:00:00Z"')).data!.auditTrail).toEqual([]);

    const principal = reports.data!.auditTrail[1]!.recordedBy;
    const byActor = await platform.gql<{ auditTrail: Entry[] }>(`{ auditTrail(entity: "${principal}", types: ["ProgressReportCorrected"]) { type eventId } }`, {}, auditor);
    expect(byActor.data!.auditTrail).toEqual([{ type: 'ProgressReportCorrected', eventId: reports.data!.auditTrail[1]!.eventId }]);

    const bad = await trail(', first: 0');
    expect(bad.errors![0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'first' });
  });
});
