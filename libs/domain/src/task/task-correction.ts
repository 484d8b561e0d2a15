import { invalidInput } from '../shared/errors.js';
import type { DomainEvent } from '../shared/event.js';
import { requireDistinctIds, requireText } from '../shared/ids.js';
import {
  correctedFields,
  requireReason,
  type Changes,
  type FieldCorrection,
  type RecordCorrectionData,
} from '../shared/record-correction.js';

/** What a task's record states that a correction may set right. */
export interface TaskRecord {
  readonly title: string;
  /** The lead (chủ trì) units the document names; a correction replaces the whole list. */
  readonly leadUnitIds: readonly string[];
  readonly coordinatorUnitIds: readonly string[];
}

/**
 * A task recorded wrong, set right: the lead units the document names, say, where another was
 * entered. Unlike AssignTask (a real assignment, from the day it happened), the corrected units are
 * what the task had from the start; the corrector is the command's actor.
 */
export interface CorrectTask {
  readonly type: 'CorrectTask';
  readonly taskId: string;
  readonly changes: Changes<TaskRecord>;
  readonly reason: string;
}

export type TaskFieldCorrection = { [K in keyof TaskRecord]: FieldCorrection<K, TaskRecord[K]> }[keyof TaskRecord];
export interface TaskCorrectedData extends RecordCorrectionData<TaskFieldCorrection> {
  taskId: string;
}
/** A correction of a task's record; the events it corrects stay as recorded. */
export type TaskCorrected = DomainEvent<'TaskCorrected', TaskCorrectedData>;

const units = (ids: readonly string[], field: string) => requireDistinctIds(ids, field);
const validators = {
  title: (v: string, f: string) => requireText(v, f),
  leadUnitIds: units,
  coordinatorUnitIds: units,
};
const IDENTITY = {
  id: "a task's id never changes",
  taskId: "a task's id never changes",
  planId: 'the plan a task belongs to is not corrected: define the task under the right plan',
  provinceId: "a task's province is its plan's",
  deadline: 'a deadline set right or extended is changed with changeDeadline, which keeps the original',
};

/** The TaskCorrected event for a correction of `record` (as recorded, corrections included). */
export const decideTaskCorrection = (command: CorrectTask, record: TaskRecord): TaskCorrected => {
  const fields = correctedFields<TaskRecord>(command.changes, record, validators, IDENTITY, `task ${command.taskId}`);
  const corrected = { ...record, ...Object.fromEntries(fields.map((f) => [f.field, f.value])) } as TaskRecord;
  const both = corrected.leadUnitIds.find((u) => corrected.coordinatorUnitIds.includes(u));
  if (both) throw invalidInput('coordinatorUnitIds', `unit ${both} cannot both lead and coordinate`);
  return {
    type: 'TaskCorrected',
    data: { taskId: command.taskId, fields: fields as TaskFieldCorrection[], reason: requireReason(command.reason) },
  };
};

/** The CorrectTask command from what GraphQL or a message gives: fields left out are not corrected. */
export const correctTask = ({ taskId, changes, reason }: Omit<CorrectTask, 'type'>): CorrectTask => ({
  type: 'CorrectTask',
  taskId,
  changes: Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== null)),
  reason,
});
