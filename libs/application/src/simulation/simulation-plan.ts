import {
  addDays,
  dayNumber,
  isoDayFromNumber,
  type Deadline,
  type PlatformCommand,
  type ReportedValue,
  type ReportingDuty,
  type Target,
} from '@monitor/domain';
import { periodByIndex, periodOfDay, type MonitoringState, type PlanDays } from '@monitor/read-models';
import type { SeededRandom } from './seeded-random.js';

/** One simulated command and the day it happened (commands are recorded in this order). */
export interface SimulatedStep {
  readonly key: string;
  readonly command: PlatformCommand;
  readonly occurredOn: string;
}

/** A task as the simulator sees it: its plan, due day, units that may report, and when it starts. */
export interface SimTask {
  readonly taskId: string;
  readonly planId: string;
  readonly startOn: string;
  readonly due: string | null;
  readonly leadUnitId: string | null;
  readonly unitIds: readonly string[];
  /** Its targets: its reports then state values reached for them. */
  readonly targets: readonly Target[];
}

/**
 * Values reached for targets when a share of the work is done: the share of each target's goal
 * (its minimum, else its maximum, else 1), give or take a tenth, so that some reach it and some not.
 */
export const valuesReached = (targets: readonly Target[], share: number, random: SeededRandom): ReportedValue[] =>
  targets.map((target) => ({
    targetId: target.id,
    value: Math.round((target.min ?? target.max ?? 1) * share * (0.9 + random.between(0, 20) / 100) * 100) / 100,
  }));

const byDate = (due: string): Deadline => ({
  kind: 'BY_DATE',
  due,
  start: null,
  recurrence: null,
  text: `đến ngày ${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}`,
});

/**
 * Plausible progress for one open task up to `until`: reports every two to five months by its lead,
 * an extension for one task in five (a second for one in twenty), completion for most, around the
 * due day (some late), and a cancellation for a few.
 */
export const taskActivity = (task: SimTask, until: string, random: SeededRandom): SimulatedStep[] => {
  if (!task.leadUnitId) return [];
  const steps: SimulatedStep[] = [];
  let due = task.due;
  let day = task.startOn;
  let percent = 0;
  const finishBy = due ? addDays(due, random.between(-120, 90)) : addDays(task.startOn, random.between(300, 1500));
  const willComplete = random.chance(0.7);
  if (due && random.chance(0.2)) {
    const movedOn = addDays(due, -random.between(5, 60));
    due = addDays(due, random.between(90, 365));
    if (movedOn > task.startOn && movedOn <= until) {
      steps.push({
        key: `${task.taskId}:deadline1`,
        occurredOn: movedOn,
        command: { type: 'ChangeDeadline', taskId: task.taskId, deadline: byDate(due), reason: 'gia hạn (mô phỏng)' },
      });
      if (random.chance(0.25)) {
        const again = addDays(due, -random.between(5, 30));
        due = addDays(due, random.between(60, 180));
        if (again > movedOn && again <= until) {
          steps.push({
            key: `${task.taskId}:deadline2`,
            occurredOn: again,
            command: { type: 'ChangeDeadline', taskId: task.taskId, deadline: byDate(due), reason: 'gia hạn lần 2 (mô phỏng)' },
          });
        }
      }
    }
  }
  for (let r = 1; ; r++) {
    day = addDays(day, random.between(60, 150));
    if (day > until || (willComplete && day > finishBy)) break;
    percent = Math.min(95, percent + random.between(10, 30));
    steps.push({
      key: `${task.taskId}:report${r}`,
      occurredOn: day,
      command: {
        type: 'ReportProgress',
        taskId: task.taskId,
        reportId: `mo-phong-${r}`,
        unitId: task.leadUnitId,
        percentComplete: percent,
        summary: null,
        ...(task.targets.length > 0 ? { values: valuesReached(task.targets, percent / 100, random) } : {}),
      },
    });
  }
  const ordered = steps.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  if (willComplete && finishBy <= until && finishBy > task.startOn) {
    return [
      ...ordered.filter((s) => s.occurredOn <= finishBy),
      {
        key: `${task.taskId}:complete`,
        occurredOn: finishBy,
        command: { type: 'CompleteTask', taskId: task.taskId, summary: 'hoàn thành (mô phỏng)' },
      },
    ];
  }
  if (!willComplete && random.chance(0.1)) {
    const on = addDays(task.startOn, random.between(100, 700));
    if (on <= until)
      return [
        ...ordered.filter((s) => s.occurredOn < on),
        {
          key: `${task.taskId}:cancel`,
          occurredOn: on,
          command: { type: 'CancelTask', taskId: task.taskId, reason: 'không còn phù hợp (mô phỏng)' },
        },
      ];
  }
  return ordered;
};

/** A plan as the simulator needs it: its id, the days its issue date can mean, and its own targets. */
export type SimPlan = PlanDays & { readonly id: string; readonly targets: readonly Target[] };

/**
 * The reports a plan's reporting duties ask for, up to `until`: for most periods each reporter sends
 * one, usually by the due day, sometimes up to a month late; some periods it sends nothing. A plan
 * with targets of its own gets a report on the plan stating values reached for them, nearer the goal
 * each period; otherwise it is a progress report on one of the plan's tasks the reporter is assigned to.
 */
export const dutyReports = (
  plan: SimPlan,
  duty: ReportingDuty,
  tasks: readonly SimTask[],
  until: string,
  random: SeededRandom,
): SimulatedStep[] => {
  const steps: SimulatedStep[] = [];
  const untilDay = dayNumber(until);
  for (const unitId of duty.reporterUnitIds) {
    const own = tasks.filter((t) => t.unitIds.includes(unitId));
    if (own.length === 0) continue;
    const first = periodOfDay(duty, plan, plan.issuedLastDay);
    if (!first) continue;
    for (let index = first.index; ; index++) {
      const period = periodByIndex(duty, plan, index);
      if (period.startDay > untilDay) break;
      if (random.chance(0.85) && period.dueDay >= plan.issuedLastDay) {
        const late = random.chance(0.2);
        const day = late ? period.dueDay + random.between(1, 30) : period.dueDay - random.between(0, 20);
        const task = own[random.between(0, own.length - 1)];
        const on = isoDayFromNumber(Math.max(day, dayNumber(task.startOn)));
        if (on <= until) {
          const reportId = `bao-cao.${duty.id}.${unitId}.${index}`;
          const summary = `${duty.text} (mô phỏng)`;
          steps.push({
            key: `${plan.id}:${duty.id}:${unitId}:${index}`,
            occurredOn: on,
            command:
              plan.targets.length > 0
                ? {
                    type: 'ReportPlanTargetValues',
                    planId: plan.id,
                    reportId,
                    unitId,
                    values: valuesReached(plan.targets, Math.min(1.2, 0.3 + 0.25 * (index - first.index)), random),
                    summary,
                  }
                : { type: 'ReportProgress', taskId: task.taskId, reportId, unitId, percentComplete: null, summary },
          });
        }
      }
      if (duty.frequency === 'ONCE') break;
    }
  }
  return steps;
};

/** The open tasks of the plans already recorded, as the simulator sees them. */
export const recordedTasks = (state: MonitoringState): SimTask[] =>
  [...state.tasks.values()]
    .filter((t) => !t.completion && !t.cancellation)
    .map((t) => ({
      taskId: t.id,
      planId: t.planId,
      startOn: isoDayFromNumber(Math.max(t.defined.occurredDay, state.plans.get(t.planId)?.issuedLastDay ?? 0)),
      due: t.deadlines[t.deadlines.length - 1].deadline.due,
      leadUnitId: t.assignments.find((a) => a.role === 'LEAD')?.unitId ?? null,
      unitIds: t.assignments.map((a) => a.unitId),
      targets: t.targets,
    }));
