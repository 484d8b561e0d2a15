import { closeSync, fsyncSync, openSync } from 'node:fs';
import { vietnamStartOfDay, addDays, type Deadline, type EventMetadata } from '@monitor/domain';
import { chainBatch, GENESIS } from '@monitor/application/chain';
import { SqliteEventStore, type EventToAppend } from '@monitor/event-store';
import { v7 as timeOrderedUuid } from 'uuid';

/** The national scale: 34 provinces, 200 plans each, 20 tasks per plan, 8 reports per task. */
export interface Scale {
  readonly provinces: number;
  readonly plansPerProvince: number;
  readonly tasksPerPlan: number;
  readonly reportsPerTask: number;
}
export const NATIONAL: Scale = { provinces: 34, plansPerProvince: 200, tasksPerPlan: 20, reportsPerTask: 8 };
/** The audit benchmarks' million events: the national scale with 138 plans per province (≈ 1.0 M events). */
export const MILLION: Scale = { ...NATIONAL, plansPerProvince: 138 };
export const BENCH_DIRECTIVE = 'BENCH-1/QĐ-TTg';

/** Every plan owes a yearly report from its Sở KH&CN before 15/11, as 41/KH-KHCN does. */
const YEARLY_REPORT = (reporter: string) => ({
  id: 'hang-nam',
  reporterUnitIds: [reporter],
  recipient: 'UBND tỉnh',
  recipientUnitId: null,
  frequency: 'YEARLY' as const,
  dueMonth: 11,
  dueDay: 14,
  dataWindow: 'CALENDAR' as const,
  text: 'hàng năm trước ngày 15/11',
});

/** Each plan's own target, reported on the plan every year; one task in four has a target of its own. */
const PLAN_TARGET = {
  id: 'ho-so-so-hoa',
  indicator: 'Tỷ lệ hồ sơ được số hóa',
  kind: 'AT_LEAST',
  min: 80,
  max: null,
  unit: '%',
  horizon: '2025',
  text: 'ít nhất 80% hồ sơ được số hóa',
};
const TASK_TARGET = {
  id: 'mo-hinh',
  indicator: 'Mô hình ứng dụng',
  kind: 'AT_LEAST',
  min: 2,
  max: null,
  unit: 'mô hình',
  horizon: null,
  text: 'ít nhất 02 mô hình',
};

/** A small seeded generator (mulberry32), so every run compares the same history. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const meta = (occurredOn: string, recordedAt: string): EventMetadata => ({
  actor: { id: 'bench-official', name: 'Cán bộ mô phỏng', role: 'Chuyên viên', unitId: null },
  occurredAt: vietnamStartOfDay(occurredOn),
  occurredAtPrecision: 'DAY',
  recordedBy: 'bench',
  recordedAt,
  correlationId: timeOrderedUuid(),
  causationId: null,
  simulated: true,
});

/**
 * Writes a plausible national history straight into a SQLite store (synchronous=NORMAL: a bulk load,
 * not the durability the platform's own writes get). Returns the number of events written.
 */
export const generateNationalHistory = async (file: string, scale: Scale = NATIONAL): Promise<number> => {
  const store = new SqliteEventStore(file, { synchronous: 'NORMAL' });
  const next = random(696);
  let written = 0;
  // Recorded a few hours after it happened; one event in ten one to four months late, so that what the
  // platform showed on a day (knownAsOf) differs from what was true.
  const recordedAt = (on: string) =>
    new Date(
      Date.parse(vietnamStartOfDay(on)) + (next() < 0.1 ? 30 + Math.floor(next() * 90) : 0) * 86_400_000 + 8 * 3_600_000,
    ).toISOString();
  const append = async (stream: string, events: { type: string; data: unknown; on: string }[]) => {
    // Chained as the command runner chains them: each stream is written whole, from revision 0.
    const batch = chainBatch(
      stream,
      0,
      GENESIS,
      events.map((e): EventToAppend => ({ id: timeOrderedUuid(), type: e.type, data: e.data, metadata: meta(e.on, recordedAt(e.on)) })),
    );
    await store.appendToStream(stream, batch, 'no_stream');
    written += batch.length;
  };
  await append('directive-bench-1', [
    {
      type: 'DirectiveRegistered',
      on: '2020-05-25',
      data: {
        directiveId: BENCH_DIRECTIVE,
        kind: 'Quyết định',
        title: 'Quyết định mô phỏng',
        issuer: 'Thủ tướng',
        issuedOn: { value: '2020-05-25', precision: 'DAY' },
        implements: [],
        provinceId: null,
      },
    },
  ]);
  for (let p = 1; p <= scale.provinces; p++) {
    const provinceId = `tinh-${String(p).padStart(2, '0')}`;
    await append(`province-${provinceId}`, [
      { type: 'ProvinceRegistered', on: '2020-01-01', data: { provinceId, name: `Tỉnh mô phỏng ${p}`, statisticalCode: null } },
    ]);
    const unit = (name: string) => `${provinceId}.${name}`;
    for (const name of ['ubnd-tinh', 'so-khcn', 'so-khdt', 'so-tai-chinh']) {
      await append(`unit-${unit(name)}`, [
        {
          type: 'OrgUnitRegistered',
          on: '2020-01-01',
          data: { unitId: unit(name), name, kind: 'AGENCY', provinceId, parentUnitId: null, aliases: [] },
        },
      ]);
    }
    for (let k = 1; k <= scale.plansPerProvince; k++) {
      const planId = `${provinceId}.ke-hoach-${k}`;
      const issuedOn = addDays('2020-06-01', Math.floor(next() * 400));
      const monthOnly = next() < 0.1;
      await append(`plan-${planId}`, [
        {
          type: 'PlanIssued',
          on: issuedOn,
          data: {
            planId,
            provinceId,
            number: `${k}/KH-UBND`,
            title: `Kế hoạch ${k}`,
            issuerUnitId: unit('ubnd-tinh'),
            issuedOn: monthOnly ? { value: issuedOn.slice(0, 7), precision: 'MONTH' } : { value: issuedOn, precision: 'DAY' },
            implements: [BENCH_DIRECTIVE],
            parentPlanId: null,
            reportingDuties: [YEARLY_REPORT(unit('so-khcn'))],
            targets: [PLAN_TARGET],
            budget: null,
          },
        },
        // The yearly report on the plan's own target, early in November, from the year after it was issued.
        ...[2021, 2022, 2023, 2024]
          .filter((year) => `${year}` > issuedOn.slice(0, 4))
          .map((year, i) => ({
            type: 'PlanTargetValuesReported',
            on: `${year}-11-0${1 + Math.floor(next() * 9)}`,
            data: {
              planId,
              reportId: `bao-cao-${year}`,
              unitId: unit('so-khcn'),
              values: [{ targetId: PLAN_TARGET.id, value: Math.round(80 * (0.3 + 0.25 * i) * (0.9 + next() / 5)) }],
              summary: null,
            },
          })),
      ]);
      for (let t = 1; t <= scale.tasksPerPlan; t++) {
        const taskId = `${planId}.t${t}`;
        const due = addDays(issuedOn, 90 + Math.floor(next() * 1500));
        const deadline: Deadline =
          next() < 0.1
            ? { kind: 'RECURRING', due: null, start: null, recurrence: 'YEARLY', text: 'thường xuyên hàng năm' }
            : { kind: 'BY_DATE', due, start: null, recurrence: null, text: `trước ngày ${due}` };
        const withTarget = t % 4 === 0;
        const events = [
          {
            type: 'TaskDefined',
            on: issuedOn,
            data: {
              taskId,
              planId,
              provinceId,
              code: String(t),
              title: `Nhiệm vụ ${t}`,
              deadline,
              targets: withTarget ? [TASK_TARGET] : [],
            },
          },
          { type: 'TaskAssigned', on: issuedOn, data: { taskId, leadUnitIds: [unit('so-khcn')], coordinatorUnitIds: [unit('so-khdt')] } },
        ];
        let day = issuedOn;
        for (let r = 1; r <= scale.reportsPerTask; r++) {
          day = addDays(day, 20 + Math.floor(next() * 60));
          const values = withTarget
            ? { values: [{ targetId: TASK_TARGET.id, value: Math.floor((r * 2 * (0.6 + next() * 0.6)) / 8) }] }
            : {};
          events.push({
            type: 'ProgressReported',
            on: day,
            data: { taskId, reportId: `r${r}`, unitId: unit('so-khcn'), percentComplete: Math.min(100, r * 12), summary: null, ...values },
          } as never);
        }
        if (next() < 0.6)
          events.push({ type: 'TaskCompleted', on: addDays(day, Math.floor(next() * 30)), data: { taskId, summary: null } } as never);
        await append(`task-${taskId}`, events);
      }
    }
  }
  await store.close();
  // The file's pages reach the disk before anything is timed on it: the kernel writing back 1.2 GB
  // would otherwise compete with the first benchmark (the rebuild measured 242k events/s, not 350k).
  const fd = openSync(file, 'r');
  fsyncSync(fd);
  closeSync(fd);
  return written;
};
