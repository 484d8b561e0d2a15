import type { PlatformEvent, ReportDataWindow, ReportFrequency } from '@monitor/domain';
import {
  cancelled,
  completed,
  correctedValues,
  deadlineChanged,
  directive,
  merged,
  plan,
  planReporting,
  planValues,
  planValuesCorrected,
  province,
  reportedBy,
  reportedValues,
  taskWithTargets,
  unit,
  unitMerged,
  type Fact,
} from './monitoring-fixtures.js';

/** A small deterministic generator (mulberry32), so a failing history can be replayed from its seed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const DAY_MS = 86_400_000;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const FREQUENCIES: ReportFrequency[] = ['MONTHLY', 'QUARTERLY', 'SEMIANNUAL', 'YEARLY', 'ONCE'];
const target = {
  id: 't',
  indicator: 'mô hình',
  kind: 'AT_LEAST' as const,
  min: 2,
  max: null,
  unit: 'mô hình',
  horizon: '2025',
  text: 'ít nhất 02 mô hình',
};

/**
 * A seeded history of four provinces carrying out a directive and one implementing it: plans dated
 * by day or by month, cascading plans, reporting duties of every frequency and window, tasks with
 * every kind of deadline, reports (some by units no duty names), deadline moves, completions,
 * cancellations, target values and corrections (of tasks and of plans' own targets), a unit merger
 * and a province merger; a third of
 * the facts recorded late, up to half a year. Facts are in the order recorded.
 */
export const randomHistory = (seed: number): Fact[] => {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const between = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
  const facts: [PlatformEvent, number, number][] = [];
  const record = (event: PlatformEvent, occurred: number, after = occurred): number => {
    const recorded = Math.max(after, next() < 0.3 ? occurred + between(1, 180) : occurred);
    facts.push([event, occurred, recorded]);
    return recorded;
  };
  const start = dayOf('2016-01-01');
  const provinces = ['p0', 'p1', 'p2', 'p3'];
  for (const id of provinces) {
    record(province(id, `Tỉnh ${id}`), start);
    for (const u of ['a', 'b']) record(unit(`${id}.${u}`, id), start);
  }
  record(unitMerged('p1.b', 'p1.a', '2021-07-01'), dayOf('2021-07-01'));
  record(merged('p2', ['p3'], '2022-01-01'), dayOf('2022-01-01'));
  const d1 = record(directive('D', '2020-05-25'), dayOf('2020-05-25'));
  const d2 = record(directive('D2', '2020-08', ['D']), dayOf('2020-08-01'), d1);
  for (const provinceId of provinces) {
    const planIds: [string, number, number][] = [];
    for (let p = 0; p < between(1, 3); p++) {
      const planId = `${provinceId}-k${p}`;
      const issued = between(dayOf('2020-06-01'), dayOf('2021-12-31'));
      const iso = isoDay(issued);
      const byMonth = next() < 0.3;
      const issuedOn = byMonth ? iso.slice(0, 7) : iso;
      const occurred = byMonth ? dayOf(`${iso.slice(0, 7)}-01`) : issued;
      const parent = planIds.length > 0 && next() < 0.3 ? pick(planIds) : null;
      const frequency = pick(FREQUENCIES);
      const dataWindow: ReportDataWindow = frequency !== 'ONCE' && next() < 0.4 ? 'DECREE_09_2019' : 'CALENDAR';
      const dueDay = next() < 0.5 ? null : 20;
      const event = parent
        ? plan(planId, provinceId, issuedOn, [], parent[0])
        : planReporting(planId, provinceId, issuedOn, [pick(['D', 'D2'])], {
            frequency,
            dueMonth: frequency === 'YEARLY' && dueDay ? 11 : null,
            dueDay,
            reporters: [`${provinceId}.a`, `${provinceId}.b`],
            dataWindow,
          });
      const withTarget = next() < 0.5;
      const targeted = withTarget ? ({ ...event, data: { ...event.data, targets: [target] } } as PlatformEvent) : event;
      const recorded = record(targeted, Math.max(occurred, parent ? parent[1] : 0), Math.max(d2, parent ? parent[2] : 0));
      planIds.push([planId, occurred, recorded]);
      if (withTarget) addPlanValues(planId, provinceId, occurred, recorded);
      for (let t = 0; t < between(1, 6); t++) addTask(`${planId}-t${t}`, planId, provinceId, occurred, recorded);
    }
  }
  function addPlanValues(planId: string, provinceId: string, from: number, after: number) {
    const reports = between(0, 3);
    for (let r = 0; r < reports; r++) {
      const value = between(0, 3);
      const occurred = from + between(0, 900);
      const known = record(planValues(planId, `${planId}-v${r}`, `${provinceId}.a`, [{ targetId: 't', value }]), occurred, after);
      if (next() < 0.3)
        record(planValuesCorrected(planId, `${planId}-v${r}`, `${provinceId}.a`, [{ targetId: 't', value: 3 - value }]), occurred, known);
    }
  }
  function addTask(taskId: string, planId: string, provinceId: string, from: number, after: number) {
    const defined = from + between(0, 30);
    const deadline = pick([
      'trước ngày 10/06/2021',
      'trong năm 2021',
      'không',
      'thường xuyên hàng năm',
      'từ năm 2021',
      `đến ngày ${vn(isoDay(defined + between(30, 500)))}`,
    ]);
    const known = record(taskWithTargets(taskId, planId, provinceId, deadline, next() < 0.3 ? [target] : []), defined, after);
    const at = () => defined + between(0, 900);
    for (let r = 0; r < between(0, 4); r++) {
      const unitId = pick([`${provinceId}.a`, `${provinceId}.b`, 'u', 'p1.a']);
      record(
        next() < 0.3
          ? reportedValues(taskId, `${taskId}-r${r}`, [{ targetId: 't', value: between(0, 3) }])
          : reportedBy(taskId, `${taskId}-r${r}`, unitId),
        at(),
        known,
      );
    }
    if (next() < 0.2) record(correctedValues(taskId, `${taskId}-r0`, [{ targetId: 't', value: 3 }]), at(), known);
    if (next() < 0.3) record(deadlineChanged(taskId, `trước ngày ${vn(isoDay(at()))}`), at(), known);
    if (next() < 0.2) record(deadlineChanged(taskId, 'trong năm 2022'), at(), known);
    if (next() < 0.5) record(completed(taskId), at(), known);
    else if (next() < 0.2) record(cancelled(taskId), at(), known);
  }
  return facts
    .map(([event, occurred, recorded], i) => ({ event, occurred, recorded, i }))
    .sort((a, b) => a.recorded - b.recorded || a.i - b.i)
    .map(({ event, occurred, recorded }): Fact => [event, isoDay(occurred), isoDay(recorded)]);
};
