import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandOf, contextOf } from './to-command.js';
import { parseProvincialMessage, type ProvincialMessage } from './provincial-message.js';
import { JSON_SCHEMA_FILE, jsonSchemaText } from './write-json-schema.js';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const examplesDir = join(repoRoot, 'docs/messages/examples');
const example = (name: string): string => readFileSync(join(examplesDir, `${name}.json`), 'utf8');
const parsed = (text: string): ProvincialMessage => {
  const result = parseProvincialMessage(Buffer.from(text));
  if (!result.ok) throw new Error(result.problem);
  return result.message;
};

describe('provincial message v1', () => {
  it('the committed JSON Schema is the one the zod definitions generate (npm run -s messages:schema)', () => {
    expect(readFileSync(join(repoRoot, JSON_SCHEMA_FILE), 'utf8')).toBe(jsonSchemaText());
  });

  it.each(readdirSync(examplesDir).map((f) => f.replace('.json', '')))('the documented example %s is valid', (name) => {
    expect(parseProvincialMessage(example(name))).toMatchObject({ ok: true });
  });

  it('names every problem of an invalid message, with its path', () => {
    const message = {
      ...JSON.parse(example('progress-reported')),
      version: 2,
      payload: { taskId: 't', reportId: 'r', unitId: 'u', percentComplete: 150 },
    };
    const result = parseProvincialMessage(JSON.stringify(message));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatch(/version: /);
    expect(result.problem).toMatch(/payload\.percentComplete: /);
  });

  it('refuses what is not JSON, an empty value, an unknown type and an unknown field', () => {
    expect(parseProvincialMessage(Buffer.from('{"version":1,'))).toMatchObject({ ok: false, problem: expect.stringMatching(/not JSON/) });
    expect(parseProvincialMessage(null)).toMatchObject({ ok: false, problem: 'the message has no value' });
    expect(parseProvincialMessage(JSON.stringify({ ...JSON.parse(example('task-completed')), type: 'TaskRenamed' }))).toMatchObject({
      ok: false,
    });
    const extra = JSON.parse(example('task-completed'));
    extra.payload.percent = 100;
    expect(parseProvincialMessage(JSON.stringify(extra))).toMatchObject({ ok: false, problem: expect.stringMatching(/percent/) });
  });

  it('a correction must say why, and its values must be numbers', () => {
    const message = JSON.parse(example('progress-report-corrected'));
    const problemOf = (payload: object) => {
      const result = parseProvincialMessage(JSON.stringify({ ...message, payload: { ...message.payload, ...payload } }));
      return result.ok ? null : result.problem;
    };
    expect(problemOf({ reason: '' })).toMatch(/^payload\.reason: /);
    expect(problemOf({ values: [{ targetId: 'so-hoa-ho-so', value: '55' }] })).toMatch(/^payload\.values\.0\.value: /);
  });

  it('a task message must say when it happened, with an offset', () => {
    const message = JSON.parse(example('task-assigned'));
    delete message.occurredAt;
    expect(parseProvincialMessage(JSON.stringify(message))).toMatchObject({ ok: false, problem: expect.stringMatching(/^occurredAt/) });
    expect(parseProvincialMessage(JSON.stringify({ ...message, occurredAt: '2024-01-16 08:30' }))).toMatchObject({ ok: false });
  });
});

describe('message → domain command', () => {
  const publisher = { id: 'province:ha-nam', provinceId: 'ha-nam' };

  it('a plan: the province from the message, dated by issuedOn at the start of that day in Vietnam', () => {
    const message = parsed(example('plan-issued'));
    expect(commandOf(message)).toMatchObject({
      type: 'IssuePlan',
      planId: 'ha-nam.kh-125-2024',
      provinceId: 'ha-nam',
      issuedOn: { value: '2024-01-15', precision: 'DAY' },
      implements: ['2245/QĐ-TTg'],
      parentPlanId: null,
      budget: null,
    });
    expect(contextOf(message, publisher, 'kafka:t/0/7')).toMatchObject({
      occurredAt: '2024-01-14T17:00:00.000Z',
      occurredAtPrecision: 'DAY',
      recordedBy: 'province:ha-nam',
      actingForProvince: 'ha-nam',
      commandId: message.messageId,
      correlationId: message.messageId,
      causationId: 'kafka:t/0/7',
      actor: { name: 'Trương Quốc Hùng', unitId: 'ha-nam.ubnd-tinh' },
    });
  });

  it('a task defined: the deadline parsed from its wording, the province left to the plan', () => {
    const command = commandOf(parsed(example('task-defined')));
    expect(command).toMatchObject({ type: 'DefineTask', deadline: { kind: 'WITHIN_PERIOD', due: '2024-09-30', text: 'Quý III/2024' } });
    expect(command).not.toHaveProperty('provinceId');
  });

  it('a new deadline given by kind, progress, completion: the same commands as the GraphQL mutations', () => {
    expect(commandOf(parsed(example('task-deadline-changed')))).toEqual({
      type: 'ChangeDeadline',
      taskId: 'ha-nam.kh-125-2024.nv-1',
      deadline: { kind: 'BY_DATE', due: '2024-12-31', start: null, recurrence: null, text: 'trước ngày 31/12/2024' },
      reason: 'Điều chỉnh theo Văn bản số 1502/UBND-KGVX',
    });
    expect(commandOf(parsed(example('progress-reported')))).toMatchObject({
      type: 'ReportProgress',
      unitId: 'ha-nam.so-tttt',
      percentComplete: 60,
      values: [{ targetId: 'so-hoa-ho-so', value: 60 }],
    });
    expect(commandOf(parsed(example('progress-report-corrected')))).toEqual({
      type: 'CorrectProgressReport',
      taskId: 'ha-nam.kh-125-2024.nv-1',
      reportId: 'ha-nam.kh-125-2024.nv-1.bc-2024-q2',
      percentComplete: 55,
      summary: 'Đã số hóa 55% hồ sơ của 12 sở, ngành',
      values: [{ targetId: 'so-hoa-ho-so', value: 55 }],
      reason: 'Số liệu quý II tính cả hồ sơ của 2 sở chưa số hóa xong',
    });
    expect(commandOf(parsed(example('task-completed')))).toEqual({
      type: 'CompleteTask',
      taskId: 'ha-nam.kh-125-2024.nv-1',
      summary: 'Hoàn thành số hóa 100% hồ sơ',
    });
    expect(contextOf(parsed(example('task-completed')), publisher, 's')).toMatchObject({
      occurredAt: '2024-12-20T08:00:00.000Z',
      occurredAtPrecision: 'INSTANT',
      actor: null,
    });
  });

  it("a unit of the province's own: registered in the message's province, renamed from a day", () => {
    const registered = parsed(example('org-unit-registered'));
    expect(commandOf(registered)).toEqual({
      type: 'RegisterOrgUnit',
      unitId: 'ha-nam.so-nn-mt',
      name: 'Sở Nông nghiệp và Môi trường',
      kind: 'AGENCY',
      provinceId: 'ha-nam',
      parentUnitId: null,
      aliases: ['Sở NN&MT'],
    });
    expect(contextOf(registered, publisher, 's')).toMatchObject({ occurredAt: '2025-03-01T01:00:00.000Z', actingForProvince: 'ha-nam' });
    const renamed = parsed(
      JSON.stringify({
        ...JSON.parse(example('org-unit-registered')),
        type: 'OrgUnitRenamed',
        payload: { unitId: 'ha-nam.so-nn-mt', name: 'Sở NN&MT tỉnh Hà Nam', effectiveOn: '2025-03-01' },
      }),
    );
    expect(commandOf(renamed)).toEqual({
      type: 'RenameOrgUnit',
      unitId: 'ha-nam.so-nn-mt',
      name: 'Sở NN&MT tỉnh Hà Nam',
      effectiveOn: '2025-03-01',
      legalBasis: null,
    });
    // A province may not merge, split or dissolve: the format has no message for it.
    expect(parseProvincialMessage(JSON.stringify({ ...JSON.parse(example('org-unit-registered')), type: 'OrgUnitMerged' }))).toMatchObject({
      ok: false,
    });
  });

  it('dates a task message in UTC with milliseconds, whatever offset or precision it was sent with', () => {
    const sentAt = (occurredAt: string) =>
      contextOf(parsed(JSON.stringify({ ...JSON.parse(example('task-completed')), occurredAt })), publisher, 's').occurredAt;
    expect(sentAt('2024-12-20T15:00:00+07:00')).toBe('2024-12-20T08:00:00.000Z');
    expect(sentAt('2024-12-20T08:00:00Z')).toBe('2024-12-20T08:00:00.000Z');
    expect(sentAt('2024-12-20T08:00:00.5Z')).toBe('2024-12-20T08:00:00.500Z');
    expect(sentAt('2024-12-20T08:00:00.123Z')).toBe('2024-12-20T08:00:00.123Z');
  });

  it("values for a plan's own targets: the plan's report, at least one value, dated as sent", () => {
    const message = parsed(example('plan-target-values-reported'));
    expect(commandOf(message)).toEqual({
      type: 'ReportPlanTargetValues',
      planId: 'bac-giang.kh-khcn-2021-2025',
      reportId: 'bac-giang.kh-khcn-2021-2025.bc-2023-q3',
      unitId: 'bac-giang.so-khcn',
      values: [
        { targetId: 'nhiem-vu-moi-huyen', value: 5 },
        { targetId: 'chi-ngan-sach', value: 1.2 },
      ],
      summary: 'Báo cáo quý III/2023: mỗi huyện 5 nhiệm vụ KH&CN; chi KH&CN 1,2% tổng chi ngân sách',
    });
    expect(contextOf(message, publisher, 's')).toMatchObject({ occurredAt: '2023-09-20T02:00:00.000Z', occurredAtPrecision: 'INSTANT' });
    const empty = JSON.parse(example('plan-target-values-reported'));
    empty.payload.values = [];
    expect(parseProvincialMessage(JSON.stringify(empty))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^payload\.values: /),
    });
  });

  it("a correction of a plan's report: the report it names, the values restated, why, dated as sent", () => {
    const message = parsed(example('plan-target-values-corrected'));
    expect(commandOf(message)).toEqual({
      type: 'CorrectPlanTargetValues',
      planId: 'bac-giang.kh-khcn-2021-2025',
      reportId: 'bac-giang.kh-khcn-2021-2025.bc-2023-q3',
      values: [{ targetId: 'chi-ngan-sach', value: 1.1 }],
      summary: 'Báo cáo quý III/2023 (đính chính): chi KH&CN 1,1% tổng chi ngân sách',
      reason: 'Số liệu chi ngân sách quý III tính cả khoản chi đầu tư chưa giải ngân',
    });
    expect(contextOf(message, publisher, 's')).toMatchObject({ occurredAt: '2023-10-05T07:30:00.000Z', occurredAtPrecision: 'INSTANT' });
    const withoutSummary = JSON.parse(example('plan-target-values-corrected'));
    delete withoutSummary.payload.summary;
    expect(commandOf(parsed(JSON.stringify(withoutSummary)))).toMatchObject({ type: 'CorrectPlanTargetValues', summary: null });
  });

  it("a correction of a plan's report must restate a value and say why; the unit is the report's, never the message's", () => {
    const message = JSON.parse(example('plan-target-values-corrected'));
    const problemOf = (payload: object) => {
      const result = parseProvincialMessage(JSON.stringify({ ...message, payload: { ...message.payload, ...payload } }));
      return result.ok ? null : result.problem;
    };
    expect(problemOf({ values: [] })).toMatch(/^payload\.values: /);
    expect(problemOf({ values: [{ targetId: 'chi-ngan-sach', value: '1,1' }] })).toMatch(/^payload\.values\.0\.value: /);
    expect(problemOf({ reason: '' })).toMatch(/^payload\.reason: /);
    expect(problemOf({ reason: undefined })).toMatch(/^payload\.reason: /);
    expect(problemOf({ unitId: 'bac-giang.so-tc' })).toMatch(/unitId/);
    const undated = { ...message };
    delete undated.occurredAt;
    expect(parseProvincialMessage(JSON.stringify(undated))).toMatchObject({ ok: false, problem: expect.stringMatching(/^occurredAt/) });
  });
});

describe('corrections of a plan or a task on the provincial topic', () => {
  const publisher = { id: 'province:ha-nam', provinceId: 'ha-nam' };

  it('a plan: only the fields it sets right, dated parsed, the signer an official, why; dated as sent', () => {
    const message = parsed(example('plan-corrected'));
    expect(commandOf(message)).toEqual({
      type: 'CorrectPlan',
      planId: 'ha-nam.kh-125-2024',
      changes: { issuedOn: { value: '2024-01-16', precision: 'DAY' }, implements: ['2245/QĐ-TTg'], cites: ['696/QĐ-TTg'] },
      reason: 'Văn bản gốc ghi ngày 16/01/2024; Quyết định 696/QĐ-TTg chỉ được nhắc đến, không phải căn cứ ban hành',
    });
    expect(contextOf(message, publisher, 's')).toMatchObject({
      occurredAt: '2024-03-01T02:00:00.000Z',
      occurredAtPrecision: 'INSTANT',
      actingForProvince: 'ha-nam',
      actor: { name: 'Nguyễn Văn An' },
    });
    const withSigner = JSON.parse(example('plan-corrected'));
    withSigner.payload = {
      planId: 'ha-nam.kh-125-2024',
      number: null,
      signedBy: { name: 'Trương Quốc Hùng', role: 'Phó Chủ tịch UBND tỉnh' },
      reason: 'x',
    };
    expect(commandOf(parsed(JSON.stringify(withSigner)))).toMatchObject({
      type: 'CorrectPlan',
      // null: the document leaves the number blank, a correction to record; a field left out is kept.
      changes: { number: null, signedBy: { name: 'Trương Quốc Hùng', role: 'Phó Chủ tịch UBND tỉnh', unitId: null } },
    });
  });

  it("a task's lead and coordinating units, as the document names them", () =>
    expect(commandOf(parsed(example('task-corrected')))).toEqual({
      type: 'CorrectTask',
      taskId: 'ha-nam.kh-125-2024.nv-1',
      changes: { leadUnitIds: ['ha-nam.so-khcn'], coordinatorUnitIds: ['ha-nam.so-tttt'] },
      reason: 'Kế hoạch giao Sở KH&CN chủ trì, Sở TT&TT phối hợp; nhập nhầm khi ghi nhận',
    }));

  it('a correction must say why and when; a plan is not corrected by id or province, a task not by deadline, and a directive not at all', () => {
    type Editable = { type: string; occurredAt?: string; payload: Record<string, unknown> };
    const problemOf = (name: string, edit: (message: Editable) => void) => {
      const message = JSON.parse(example(name)) as Editable;
      edit(message);
      const result = parseProvincialMessage(JSON.stringify(message));
      return result.ok ? null : result.problem;
    };
    expect(problemOf('plan-corrected', (m) => (m.payload.reason = ''))).toMatch(/^payload\.reason: /);
    expect(problemOf('task-corrected', (m) => delete m.payload.reason)).toMatch(/^payload\.reason: /);
    expect(problemOf('plan-corrected', (m) => delete m.occurredAt)).toMatch(/^occurredAt/);
    expect(problemOf('plan-corrected', (m) => (m.payload.provinceId = 'bac-giang'))).toMatch(/provinceId/);
    expect(problemOf('plan-corrected', (m) => (m.payload.issuedOn = '16/01/2024'))).toMatch(/^payload\.issuedOn: /);
    expect(problemOf('task-corrected', (m) => (m.payload.deadline = { text: 'Quý IV/2024' }))).toMatch(/deadline/);
    expect(
      problemOf(
        'plan-corrected',
        (m) => ((m.type = 'DirectiveCorrected'), (m.payload = { directiveId: '696/QĐ-TTg', title: 'x', reason: 'x' })),
      ),
    ).not.toBeNull();
  });

  it('a plan issued may say what it only cites, and that its opening states no basis', () => {
    const message = JSON.parse(example('plan-issued'));
    message.payload = { ...message.payload, implements: [], cites: ['2245/QĐ-TTg'], statesNoBasis: true };
    expect(commandOf(parsed(JSON.stringify(message)))).toMatchObject({
      type: 'IssuePlan',
      implements: [],
      cites: ['2245/QĐ-TTg'],
      statesNoBasis: true,
    });
    expect(commandOf(parsed(example('plan-issued')))).toMatchObject({ cites: [], statesNoBasis: false });
  });
});
