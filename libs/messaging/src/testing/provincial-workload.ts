import { createHash } from 'node:crypto';
import type { ProvincialMessage } from '../message/provincial-message.js';
import { AUTHORIZATION_HEADER } from '../ingest/publisher-auth.js';

/**
 * A synthetic stream of what provincial systems publish, for the integration tests and the benchmark:
 * plans, their tasks (defined, assigned, progress with target values, a corrected report, new
 * deadline, completed), each plan's report of values for its own target (one in ten corrected), on top of the seed
 * documents' provinces, units and directives. Each message says what the ingest must do with it.
 */
export interface WorkloadMessage {
  readonly key: string | null;
  readonly value: string;
  readonly headers: Record<string, string>;
  /**
   * 'RECORD' for a valid message; otherwise the dead-letter reason it must get. 'REFUSED': about
   * another province's task, which the domain refuses as FORBIDDEN, or as NOT_FOUND when it reaches
   * the ingest before that task (another partition, so no order between the two).
   */
  readonly expect: 'RECORD' | 'MALFORMED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DUPLICATE' | 'REFUSED';
  readonly messageId: string | null;
}

export interface WorkloadOptions {
  /** A PROVINCE token for each province id. */
  readonly tokens: Readonly<Record<string, string>>;
  /** Different runs against one store must not reuse ids. */
  readonly runId: string;
  readonly plansPerProvince: number;
  readonly tasksPerPlan: number;
  readonly reportsPerTask: number;
  /** One in `every` valid messages is followed by an invalid one (default: none). */
  readonly invalidEvery?: number;
}

/** The seed provinces and units the workload builds on (libs/seeds). */
export const WORKLOAD_PROVINCES = ['ha-nam', 'bac-giang', 'bac-kan'] as const;
const DIRECTIVE = '2245/QĐ-TTg';
const unit = (province: string, name: 'ubnd-tinh' | 'so-khcn') => `${province}.${name}`;

/** A UUID of `version` whose first 48 bits are `time` (12 hex digits) and whose rest comes from `hash`. */
const uuidShaped = (time: string, version: 4 | 7, hash: string): string =>
  `${time.slice(0, 8)}-${time.slice(8, 12)}-${version}${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
const hashOf = (name: string): string => createHash('sha256').update(name).digest('hex');

/** A stable UUID from a name: the same workload gives the same ids. */
export const uuidFrom = (name: string): string => {
  const hash = hashOf(name);
  return uuidShaped(hash.slice(0, 12), 4, hash);
};

/**
 * A stable UUIDv7 from a moment and a name, as a well-behaved publisher makes message ids: time-ordered,
 * so the events they become are appended side by side in the store's id index (see eventIdFor).
 */
const timeOrderedUuidFrom = (ms: number, name: string): string => uuidShaped(ms.toString(16).padStart(12, '0'), 7, hashOf(name));

/** The target of one task in four, as a plan's text states it. */
const TARGET = {
  id: 'so-hoa-ho-so',
  indicator: 'tỷ lệ hồ sơ thủ tục hành chính được số hóa',
  kind: 'AT_LEAST',
  min: 100,
  unit: '%',
  horizon: '2021',
  text: '100% hồ sơ được số hóa',
} as const;

/** Each plan's own target: a report on the plan gives its value once the tasks are done, and one plan in ten corrects it. */
const PLAN_TARGET = {
  id: 'dich-vu-cong-toan-trinh',
  indicator: 'tỷ lệ dịch vụ công trực tuyến toàn trình',
  kind: 'AT_LEAST',
  min: 80,
  unit: '%',
  horizon: '2025',
  text: 'ít nhất 80% dịch vụ công trực tuyến toàn trình',
} as const;

const at = (day: number) => new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString();

/** The valid messages of one province, in the order its system publishes them. */
const provinceMessages = (province: string, o: WorkloadOptions): ProvincialMessage[] => {
  const messages: ProvincialMessage[] = [];
  // One millisecond apart, in publishing order, from a fixed start: the same workload gives the same ids.
  let published = 0;
  const id = (what: string) => timeOrderedUuidFrom(Date.UTC(2021, 0, 1) + published++, `${o.runId}/${province}/${what}`);
  const official = { name: 'Nguyễn Văn An', role: 'Phó Chủ tịch UBND tỉnh', unitId: unit(province, 'ubnd-tinh') };
  for (let p = 0; p < o.plansPerProvince; p++) {
    const planId = `${province}.kh-${o.runId}-${p}`;
    messages.push({
      version: 1,
      messageId: id(`plan-${p}`),
      province,
      type: 'PlanIssued',
      actor: official,
      payload: {
        planId,
        number: `${p + 1}/KH-UBND`,
        title: `Kế hoạch thực hiện chuyển đổi số số ${p + 1}`,
        issuerUnitId: unit(province, 'ubnd-tinh'),
        issuedOn: '2021-03-15',
        implements: [DIRECTIVE],
        targets: [PLAN_TARGET],
      },
    });
    for (let t = 0; t < o.tasksPerPlan; t++) {
      const taskId = `${planId}.nv-${t}`;
      const lead = unit(province, 'so-khcn');
      const task = (what: string) => id(`plan-${p}/task-${t}/${what}`);
      // One task in four has a target: its reports give values, and its last report is corrected.
      const withTarget = t % 4 === 3;
      const targets = withTarget ? [TARGET] : undefined;
      messages.push({
        version: 1,
        messageId: task('defined'),
        province,
        type: 'TaskDefined',
        occurredAt: at(80),
        actor: official,
        payload: {
          taskId,
          planId,
          code: String(t + 1),
          title: `Nhiệm vụ ${t + 1}: số hóa hồ sơ`,
          deadline: { text: 'Quý IV/2021' },
          targets,
        },
      });
      messages.push({
        version: 1,
        messageId: task('assigned'),
        province,
        type: 'TaskAssigned',
        occurredAt: at(81),
        actor: official,
        payload: { taskId, leadUnitIds: [lead], coordinatorUnitIds: [unit(province, 'ubnd-tinh')] },
      });
      for (let r = 0; r < o.reportsPerTask; r++) {
        messages.push({
          version: 1,
          messageId: task(`report-${r}`),
          province,
          type: 'ProgressReported',
          occurredAt: at(90 + r * 30),
          actor: { name: 'Trần Thị Bình', role: 'Giám đốc Sở KH&CN', unitId: lead },
          payload: {
            taskId,
            reportId: `${taskId}.bc-${r}`,
            unitId: lead,
            percentComplete: Math.min(100, (r + 1) * 20),
            summary: 'Đã triển khai theo kế hoạch',
            values: withTarget ? [{ targetId: TARGET.id, value: (r + 1) * 25 }] : undefined,
          },
        });
      }
      if (withTarget && o.reportsPerTask > 0) {
        const last = o.reportsPerTask - 1;
        messages.push({
          version: 1,
          messageId: task(`report-${last}-corrected`),
          province,
          type: 'ProgressReportCorrected',
          occurredAt: at(91 + last * 30),
          actor: { name: 'Trần Thị Bình', role: 'Giám đốc Sở KH&CN', unitId: lead },
          payload: {
            taskId,
            reportId: `${taskId}.bc-${last}`,
            values: [{ targetId: TARGET.id, value: (last + 1) * 25 - 5 }],
            reason: 'Số liệu tổng hợp nhầm, đã đối chiếu lại',
          },
        });
      }
      if (t % 4 === 1)
        messages.push({
          version: 1,
          messageId: task('deadline'),
          province,
          type: 'TaskDeadlineChanged',
          occurredAt: at(300),
          actor: official,
          payload: {
            taskId,
            deadline: { kind: 'BY_DATE', due: '2022-06-30', text: 'trước 30/6/2022' },
            reason: 'Điều chỉnh theo Quyết định bổ sung',
          },
        });
      if (t % 2 === 0)
        messages.push({
          version: 1,
          messageId: task('completed'),
          province,
          type: 'TaskCompleted',
          occurredAt: at(330),
          actor: official,
          payload: { taskId, summary: 'Hoàn thành' },
        });
    }
    const director = { name: 'Trần Thị Bình', role: 'Giám đốc Sở KH&CN', unitId: unit(province, 'so-khcn') };
    const reportId = `${planId}.bc-2021`;
    const reached = 60 + (p % 30);
    messages.push({
      version: 1,
      messageId: id(`plan-${p}/report`),
      province,
      type: 'PlanTargetValuesReported',
      occurredAt: at(340),
      actor: director,
      payload: {
        planId,
        reportId,
        unitId: unit(province, 'so-khcn'),
        values: [{ targetId: PLAN_TARGET.id, value: reached }],
        summary: 'Báo cáo kết quả năm 2021',
      },
    });
    if (p % 10 === 9) {
      messages.push({
        version: 1,
        messageId: id(`plan-${p}/report-corrected`),
        province,
        type: 'PlanTargetValuesCorrected',
        occurredAt: at(345),
        actor: director,
        payload: {
          planId,
          reportId,
          values: [{ targetId: PLAN_TARGET.id, value: reached - 5 }],
          reason: 'Số liệu tính cả dịch vụ chưa đủ điều kiện toàn trình',
        },
      });
    }
  }
  return messages;
};

const bearer = (token: string) => ({ [AUTHORIZATION_HEADER]: `Bearer ${token}` });

/** The kinds of invalid message, in turn. */
const invalidOf = (kind: number, valid: ProvincialMessage, previous: WorkloadMessage, o: WorkloadOptions, n: number): WorkloadMessage => {
  const other = WORKLOAD_PROVINCES.find((p) => p !== valid.province)!;
  // A plan published by another province would be a new plan of that province, not a refusal.
  const k = kind % 6 === 5 && valid.type === 'PlanIssued' ? 3 : kind % 6;
  switch (k) {
    case 0: // the producer sends the same message again (a retry)
      return { ...previous, expect: 'DUPLICATE' };
    case 1: // not JSON at all
      return {
        key: valid.province,
        value: `{"version":1,"messageId":"${valid.messageId}"`,
        headers: bearer(o.tokens[valid.province]!),
        expect: 'MALFORMED',
        messageId: null,
      };
    case 2: // JSON, but not the format: a percentage of 150 and an unknown field
      return {
        key: valid.province,
        value: JSON.stringify({
          ...valid,
          messageId: uuidFrom(`${o.runId}/bad/${n}`),
          type: 'ProgressReported',
          payload: { taskId: 'x', reportId: 'y', unitId: 'z', percentComplete: 150 },
          extra: true,
        }),
        headers: bearer(o.tokens[valid.province]!),
        expect: 'MALFORMED',
        messageId: null,
      };
    case 3: // another province's system claims to speak for this one
      return {
        key: valid.province,
        value: JSON.stringify({ ...valid, messageId: uuidFrom(`${o.runId}/forged/${n}`) }),
        headers: bearer(o.tokens[other]!),
        expect: 'FORBIDDEN',
        messageId: uuidFrom(`${o.runId}/forged/${n}`),
      };
    case 4: // a token signed with another secret
      return {
        key: valid.province,
        value: JSON.stringify({ ...valid, messageId: uuidFrom(`${o.runId}/unsigned/${n}`) }),
        headers: bearer(`${o.tokens[valid.province]!.slice(0, -4)}AAAA`),
        expect: 'UNAUTHENTICATED',
        messageId: uuidFrom(`${o.runId}/unsigned/${n}`),
      };
    default: // a province reporting on another province's task: the domain refuses it
      return {
        key: other,
        value: JSON.stringify({ ...valid, province: other, messageId: uuidFrom(`${o.runId}/cross/${n}`) }),
        headers: bearer(o.tokens[other]!),
        expect: 'REFUSED',
        messageId: uuidFrom(`${o.runId}/cross/${n}`),
      };
  }
};

/**
 * The workload, provinces interleaved as independent systems would publish them; every province's
 * own messages stay in order. With `invalidEvery`, an invalid message follows every n-th valid one.
 */
export const provincialWorkload = (o: WorkloadOptions): WorkloadMessage[] => {
  const perProvince = WORKLOAD_PROVINCES.map((p) => provinceMessages(p, o));
  const out: WorkloadMessage[] = [];
  let validCount = 0;
  let invalidCount = 0;
  for (let i = 0; perProvince.some((list) => i < list.length); i++) {
    for (const list of perProvince) {
      const message = list[i];
      if (!message) continue;
      const valid: WorkloadMessage = {
        key: message.province,
        value: JSON.stringify(message),
        headers: bearer(o.tokens[message.province]!),
        expect: 'RECORD',
        messageId: message.messageId,
      };
      out.push(valid);
      validCount++;
      if (o.invalidEvery && validCount % o.invalidEvery === 0) out.push(invalidOf(invalidCount++, message, valid, o, validCount));
    }
  }
  return out;
};
