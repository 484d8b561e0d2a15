import {
  addDays,
  dayNumber,
  DomainError,
  firstDay,
  isoDayFromNumber,
  lastDay,
  slugify,
  vietnamStartOfDay,
  type IssuePlan,
  type ReportingDuty,
  type Target,
} from '@monitor/domain';
import type { MonitoringState } from '@monitor/read-models';
import type { CommandRunner } from '../commands/command-runner.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';
import { dutyReports, recordedTasks, taskActivity, type SimPlan, type SimTask, type SimulatedStep } from './simulation-plan.js';

export interface SimulationOptions {
  readonly seed: number;
  /** Simulated activity happens up to this day (YYYY-MM-DD). */
  readonly until: string;
  /** The national decision the synthetic provinces' plans carry out. */
  readonly directive: string;
  /** Synthetic provinces to add ("Tỉnh mô phỏng 01", …), each with its own plans; 0 adds none. */
  readonly syntheticProvinces: number;
  readonly plansPerProvince: number;
  readonly tasksPerPlan: number;
}

export interface SimulationReport {
  readonly commands: number;
  readonly alreadyRecorded: number;
  readonly refused: number;
  readonly byType: Readonly<Record<string, number>>;
}

/** A synthetic plan's own target, reported on each year (as 41/KH-KHCN's goals are). */
const PLAN_TARGET: Target = {
  id: 'ho-so-so-hoa',
  indicator: 'Tỷ lệ hồ sơ được số hóa',
  kind: 'AT_LEAST',
  min: 80,
  max: null,
  unit: '%',
  horizon: '2025',
  text: 'ít nhất 80% hồ sơ được số hóa (mô phỏng)',
};
/** The target one synthetic task in four has: its progress reports state values for it. */
const TASK_TARGET: Target = {
  id: 'mo-hinh',
  indicator: 'Mô hình ứng dụng',
  kind: 'AT_LEAST',
  min: 2,
  max: null,
  unit: 'mô hình',
  horizon: null,
  text: 'ít nhất 02 mô hình (mô phỏng)',
};

/** Which units a synthetic province has: its People's Committee and two departments. */
const syntheticUnits = (provinceId: string) => ({
  ubnd: `${provinceId}.ubnd`,
  khcn: `${provinceId}.so-khcn`,
  khdt: `${provinceId}.so-khdt`,
});

/**
 * A synthetic province: registered, with units, plans for the directive (issued 1–14 months after it,
 * one in ten dated only by month), a yearly report due before 15/11 on a target of the plan's own, and
 * tasks led by its Sở KH&CN, one in four with a target.
 */
const syntheticProvince = (
  n: number,
  directive: { id: string; issuedLastDay: number },
  options: SimulationOptions,
  random: SeededRandom,
) => {
  const provinceId = `mo-phong-${String(n).padStart(2, '0')}`;
  const units = syntheticUnits(provinceId);
  const steps: SimulatedStep[] = [
    {
      key: `${provinceId}`,
      occurredOn: '2016-01-01',
      command: { type: 'RegisterProvince', provinceId, name: `Tỉnh mô phỏng ${String(n).padStart(2, '0')}`, statisticalCode: null },
    },
    ...Object.entries(units).map(([name, unitId]) => ({
      key: unitId,
      occurredOn: '2016-01-01',
      command: {
        type: 'RegisterOrgUnit',
        unitId,
        name: `${name} (mô phỏng)`,
        kind: 'AGENCY',
        provinceId,
        parentUnitId: null,
        aliases: [],
      } as const,
    })),
  ];
  const tasks: SimTask[] = [];
  const plans: IssuePlan[] = [];
  for (let p = 1; p <= options.plansPerProvince; p++) {
    const planId = `${provinceId}.ke-hoach-${p}`;
    const issuedOn = isoDayFromNumber(directive.issuedLastDay + random.between(30, 420));
    const monthOnly = random.chance(0.1);
    const plan: IssuePlan = {
      type: 'IssuePlan',
      planId,
      provinceId,
      number: `${p}/KH-UBND`,
      title: `Kế hoạch mô phỏng ${p}`,
      issuerUnitId: units.ubnd,
      issuedOn: monthOnly ? { value: issuedOn.slice(0, 7), precision: 'MONTH' } : { value: issuedOn, precision: 'DAY' },
      implements: [directive.id],
      parentPlanId: null,
      reportingDuties: [
        {
          id: 'hang-nam',
          reporterUnitIds: [units.khcn],
          recipient: 'UBND tỉnh',
          recipientUnitId: units.ubnd,
          frequency: 'YEARLY',
          dueMonth: 11,
          dueDay: 14,
          dataWindow: 'CALENDAR',
          text: 'hàng năm trước ngày 15/11',
        },
      ],
      targets: [PLAN_TARGET],
      budget: null,
    };
    plans.push(plan);
    steps.push({ key: planId, occurredOn: issuedOn, command: plan });
    for (let t = 1; t <= options.tasksPerPlan; t++) {
      const taskId = `${planId}.nhiem-vu-${t}`;
      const due = random.chance(0.1) ? null : addDays(issuedOn, random.between(120, 1500));
      const deadline = due
        ? {
            kind: 'BY_DATE' as const,
            due,
            start: null,
            recurrence: null,
            text: `đến ngày ${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}`,
          }
        : { kind: 'RECURRING' as const, due: null, start: null, recurrence: 'YEARLY' as const, text: 'thường xuyên hàng năm' };
      const targets = t % 4 === 0 ? [TASK_TARGET] : [];
      steps.push({
        key: taskId,
        occurredOn: issuedOn,
        command: { type: 'DefineTask', taskId, planId, code: String(t), title: `Nhiệm vụ mô phỏng ${t}`, deadline, targets },
      });
      steps.push({
        key: `${taskId}:assign`,
        occurredOn: issuedOn,
        command: { type: 'AssignTask', taskId, leadUnitIds: [units.khcn], coordinatorUnitIds: [units.khdt] },
      });
      tasks.push({ taskId, planId, startOn: issuedOn, due, leadUnitId: units.khcn, unitIds: [units.khcn, units.khdt], targets });
    }
  }
  return { steps, tasks, plans };
};

/** A plan command as the simulator reads it: its id, the days its issue date can mean, its targets. */
const simPlanOf = (plan: IssuePlan): SimPlan => ({
  id: plan.planId,
  targets: plan.targets,
  issuedFirstDay: dayNumber(firstDay(plan.issuedOn)),
  issuedLastDay: dayNumber(lastDay(plan.issuedOn)),
});

/**
 * Generates years of plausible activity — progress reports, deadline changes, late reports,
 * completions — for the plans already recorded and for synthetic provinces, and records it through
 * the command runner with every event marked `simulated`. The same seed gives the same history, and
 * each step has a command id from the seed and its key, so running again records nothing twice.
 */
export const simulateActivity = async (
  runner: CommandRunner,
  state: MonitoringState,
  options: SimulationOptions,
): Promise<SimulationReport> => {
  const random = seededRandom(options.seed);
  const directive = [...state.directives.values()].find((d) => d.id === options.directive || slugify(d.id) === slugify(options.directive));
  if (!directive) throw new Error(`no directive "${options.directive}" is recorded: synthetic plans need one to carry out`);
  const steps: SimulatedStep[] = [];
  const tasks: SimTask[] = [];
  const plans: { view: SimPlan; duties: readonly ReportingDuty[]; tasks: SimTask[] }[] = [];
  const byPlan = new Map<string, SimTask[]>();
  const tasksOf = (planId: string) => byPlan.get(planId) ?? [];
  const addTasks = (added: readonly SimTask[]) => {
    for (const task of added) {
      tasks.push(task);
      const list = byPlan.get(task.planId);
      if (list) list.push(task);
      else byPlan.set(task.planId, [task]);
    }
  };
  addTasks(recordedTasks(state).filter((t) => t.startOn <= options.until));
  for (let n = 1; n <= options.syntheticProvinces; n++) {
    const synthetic = syntheticProvince(n, directive, options, random);
    for (const step of synthetic.steps) steps.push(step);
    addTasks(synthetic.tasks);
    for (const plan of synthetic.plans) {
      plans.push({ view: simPlanOf(plan), duties: plan.reportingDuties, tasks: tasksOf(plan.planId) });
    }
  }
  for (const plan of state.plans.values()) plans.push({ view: plan, duties: plan.reportingDuties, tasks: tasksOf(plan.id) });
  const activity: SimulatedStep[] = [];
  for (const task of tasks) for (const step of taskActivity(task, options.until, random)) activity.push(step);
  for (const { view, duties, tasks: own } of plans) {
    for (const duty of duties) for (const step of dutyReports(view, duty, own, options.until, random)) activity.push(step);
  }
  // Structure first, then what happened, in the order it happened (a loop: millions of steps overflow a spread).
  for (const step of activity.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))) steps.push(step);
  return record(runner, steps, options.seed);
};

const record = async (runner: CommandRunner, steps: readonly SimulatedStep[], seed: number): Promise<SimulationReport> => {
  let commands = 0;
  let alreadyRecorded = 0;
  let refused = 0;
  const byType: Record<string, number> = {};
  for (const step of steps) {
    const commandId = `simulation:${seed}:${step.key}`;
    try {
      const outcome = await runner.run(step.command, {
        commandId,
        actor: { id: 'simulator', name: 'Cán bộ mô phỏng', role: 'Chuyên viên (mô phỏng)', unitId: null },
        occurredAt: vietnamStartOfDay(step.occurredOn),
        occurredAtPrecision: 'DAY',
        recordedBy: 'system:simulator',
        actingForProvince: null,
        correlationId: commandId,
        causationId: null,
        simulated: true,
      });
      if (outcome.alreadyRecorded) alreadyRecorded++;
      else {
        commands++;
        byType[step.command.type] = (byType[step.command.type] ?? 0) + 1;
      }
    } catch (error) {
      // A rule refusing a simulated step (a reporter not assigned to any task, a task cancelled by
      // real events since) is expected: the simulator never forces its history over what is recorded.
      if (!(error instanceof DomainError)) throw error;
      refused++;
    }
  }
  return { commands, alreadyRecorded, refused, byType };
};
