import { closeSync, fsyncSync, openSync } from 'node:fs';
import { vietnamStartOfDay, addDays, type Deadline, type EventMetadata } from '@monitor/domain';
import { chainBatch, GENESIS } from '@monitor/application';
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
const YEARLY_REPORT = (reporter: string) => ({ id: 'hang-nam', reporterUnitIds: [reporter], recipient: 'UBND tỉnh', recipientUnitId: null, frequency: 'YEARLY' as const, dueMonth: 11, dueDay: 14, text: 'hàng năm trước ngày 15/11' });

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
    new Date(Date.parse(vietnamStartOfDay(on)) + (next() < 0.1 ? 30 + Math.floor(next() * 90) : 0) * 86_400_000 + 8 * 3_600_000).toISOString();
  const append = async (stream: string, events: { type: string; data: unknown; on: string }[]) => {
    // Chained as the command runner chains them: each stream is written whole, from revision 0.
    const batch = chainBatch(stream, 0, GENESIS, events.map((e): EventToAppend => ({ id: timeOrderedUuid(), type: e.type, data: e.data, metadata: meta(e.on, recordedAt(e.on)) })));
    await store.appendToStream(stream, batch, 'no_stream');
    written += batch.length;
  };
  await append('directive-bench-1', [{ type: 'DirectiveRegistered', on: '2020-05-25', data: { directiveId: BENCH_DIRECTIVE, kind: 'Quyết định', title: 'Quyết định mô phỏng', issuer: 'Thủ tướng', issuedOn: { value: '2020-05-25', precision: 'DAY' }, implements: [], provinceId: null } }]);
  for (let p = 1; p <= scale.provinces; p++) {
    const provinceId = `tinh-${String(p).padStart(2, '0')}`;
    await append(`province-${provinceId}`, [{ type: 'ProvinceRegistered', on: '2020-01-01', data: { provinceId, name: `Tỉnh mô phỏng ${p}`, statisticalCode: null } }]);
    const unit = (name: string) => `${provinceId}.${name}`;
    for (const name of ['ubnd-tinh', 'so-khcn', 'so-khdt', 'so-tai-chinh']) {
      await append(`unit-${unit(name)}`, [{ type: 'OrgUnitRegistered', on: '2020-01-01', data: { unitId: unit(name), name, kind: 'AGENCY', provinceId, parentUnitId: null, aliases: [] } }]);
    }
    for (let k = 1; k <= scale.plansPerProvince; k++) {
      const planId = `${provinceId}.ke-hoach-${k}`;
      const issuedOn = addDays('2020-06-01', Math.floor(next() * 400));
      const monthOnly = next() < 0.1;
      await append(`plan-${planId}`, [{ type: 'PlanIssued', on: issuedOn, data: { planId, provinceId, number: `${k}/KH-UBND`, title: `Kế hoạch ${k}`, issuerUnitId: unit('ubnd-tinh'), issuedOn: monthOnly ? { value: issuedOn.slice(0, 7), precision: 'MONTH' } : { value: issuedOn, precision: 'DAY' }, implements: [BENCH_DIRECTIVE], parentPlanId: null, reportingDuties: [YEARLY_REPORT(unit('so-khcn'))], targets: [], budget: null } }]);
      for (let t = 1; t <= scale.tasksPerPlan; t++) {
        const taskId = `${planId}.t${t}`;
        const due = addDays(issuedOn, 90 + Math.floor(next() * 1500));
        const deadline: Deadline = next() < 0.1
          ? { kind: 'RECURRING', due: null, start: null, recurrence: 'YEARLY', text: 'thường xuyên hàng năm' }
          : { kind: 'BY_DATE', due, start: null, recurrence: null, text: `trước ngày ${due}` };
        const events = [
          { type: 'TaskDefined', on: issuedOn, data: { taskId, planId, provinceId, code: String(t), title: `Nhiệm vụ ${t}`, deadline, targets: [] } },
          { type: 'TaskAssigned', on: issuedOn, data: { taskId, leadUnitIds: [unit('so-khcn')], coordinatorUnitIds: [unit('so-khdt')] } },
        ];
        let day = issuedOn;
        for (let r = 1; r <= scale.reportsPerTask; r++) {
          day = addDays(day, 20 + Math.floor(next() * 60));
          events.push({ type: 'ProgressReported', on: day, data: { taskId, reportId: `r${r}`, unitId: unit('so-khcn'), percentComplete: Math.min(100, r * 12), summary: null } } as never);
        }
        if (next() < 0.6) events.push({ type: 'TaskCompleted', on: addDays(day, Math.floor(next() * 30)), data: { taskId, summary: null } } as never);
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
