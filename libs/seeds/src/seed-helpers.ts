import {
  addDays,
  parseDeadline,
  parseVietnameseNumber,
  type Actor,
  type IssuePlan,
  type OrgUnitKind,
  type PartialDate,
  type ReportFrequency,
  type ReportingDuty,
  type Target,
  type TargetKind,
} from '@monitor/domain';
import type { SeedCommand } from './seed-command.js';

/**
 * A unit as the seeds attest it. Registration is not the unit's founding: `attestedOn` is the date of
 * the earliest seed document that names it, the only date the seeds give.
 */
export const orgUnit = (
  unitId: string,
  name: string,
  attestedOn: PartialDate,
  options: { kind?: OrgUnitKind; provinceId: string; parentUnitId?: string; aliases?: readonly string[] },
): SeedCommand => ({
  command: {
    type: 'RegisterOrgUnit',
    unitId,
    name,
    kind: options.kind ?? 'AGENCY',
    provinceId: options.provinceId,
    parentUnitId: options.parentUnitId ?? null,
    aliases: options.aliases ?? [],
  },
  actor: null,
  occurredOn: attestedOn,
});

/** A target with its numbers read as the document writes them ("02", "1,5", "1.634.630"). */
export const target = (
  id: string,
  indicator: string,
  kind: TargetKind,
  numbers: { min?: string; max?: string },
  unit: string,
  horizon: string | null,
  text: string,
): Target => ({
  id,
  indicator,
  kind,
  min: numbers.min === undefined ? null : parseVietnameseNumber(numbers.min, `${id}.min`),
  max: numbers.max === undefined ? null : parseVietnameseNumber(numbers.max, `${id}.max`),
  unit,
  horizon,
  text,
});

/**
 * The last on-time day of a yearly "trước ngày D/M": strictly before, so "trước ngày 15/11" is 14/11
 * and "trước ngày 01/11" is 31/10. Counted in a common year; no seed names a day near 29/2.
 */
export const yearlyStrictlyBefore = (day: number, month: number): { dueMonth: number; dueDay: number } => {
  const due = addDays(`2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, -1);
  return { dueMonth: Number(due.slice(5, 7)), dueDay: Number(due.slice(8, 10)) };
};

export const duty = (
  id: string,
  reporterUnitIds: readonly string[],
  recipient: { name: string; unitId: string | null },
  frequency: ReportFrequency,
  due: { dueMonth: number; dueDay: number } | null,
  text: string,
): ReportingDuty => ({
  id,
  reporterUnitIds,
  recipient: recipient.name,
  recipientUnitId: recipient.unitId,
  frequency,
  dueMonth: due?.dueMonth ?? null,
  dueDay: due?.dueDay ?? null,
  // No seed document says its reports follow Nghị định 09/2019/NĐ-CP's windows.
  dataWindow: 'CALENDAR',
  text,
});

/** A task as a plan lists it: `deadline` is the original wording, '' where the document gives none. */
export interface TaskSeed {
  readonly code: string | null;
  readonly title: string;
  readonly deadline: string;
  readonly leads?: readonly string[];
  readonly coordinators?: readonly string[];
  readonly targets?: readonly Target[];
}

export const taskId = (planId: string, index: number) => `${planId}.t${String(index + 1).padStart(2, '0')}`;

/**
 * A plan and, in document order, each of its tasks followed by its assignment. The signer issues
 * the plan and assigns its tasks; a task left without a named unit is defined but not assigned.
 */
export const planSeeds = (
  plan: Omit<IssuePlan, 'type'>,
  signer: Actor | null,
  issuedOn: PartialDate,
  tasks: readonly TaskSeed[],
): SeedCommand[] => {
  const seeds: SeedCommand[] = [{ command: { type: 'IssuePlan', ...plan }, actor: signer, occurredOn: issuedOn }];
  tasks.forEach((task, index) => {
    const id = taskId(plan.planId, index);
    seeds.push({
      command: {
        type: 'DefineTask',
        taskId: id,
        planId: plan.planId,
        provinceId: plan.provinceId,
        code: task.code,
        title: task.title,
        deadline: parseDeadline(task.deadline, `${id}.deadline`),
        targets: task.targets ?? [],
      },
      actor: signer,
      occurredOn: issuedOn,
    });
    const leadUnitIds = task.leads ?? [];
    const coordinatorUnitIds = task.coordinators ?? [];
    if (leadUnitIds.length + coordinatorUnitIds.length > 0) {
      seeds.push({ command: { type: 'AssignTask', taskId: id, leadUnitIds, coordinatorUnitIds }, actor: signer, occurredOn: issuedOn });
    }
  });
  return seeds;
};
