import {
  correctProgressReport,
  correctTask as correction,
  reportProgress,
  type AssignTask,
  type CancelTask,
  type ChangeDeadline,
  type CompleteTask,
  type CorrectTask,
  type DefineTask,
} from '@monitor/domain';
import { deadlineOf, targetsOf, TOP_LEVEL, type DeadlineFields, type FieldNames, type TargetFields } from './readings.js';

type Maybe<T> = T | null | undefined;

export interface DefineTaskFields {
  readonly taskId: string;
  readonly planId: string;
  readonly code?: Maybe<string>;
  readonly title: string;
  readonly deadline?: Maybe<DeadlineFields>;
  readonly targets?: Maybe<readonly TargetFields[]>;
}

/** The task's province is its plan's: the command runner reads it from the plan, so no caller states it. */
export const defineTask = (given: DefineTaskFields, at: FieldNames = TOP_LEVEL): DefineTask => ({
  type: 'DefineTask',
  taskId: given.taskId,
  planId: given.planId,
  code: given.code ?? null,
  title: given.title,
  deadline: deadlineOf(given.deadline, at.deadline),
  targets: targetsOf(given.targets),
});

export const assignTask = (given: {
  readonly taskId: string;
  readonly leadUnitIds?: Maybe<readonly string[]>;
  readonly coordinatorUnitIds?: Maybe<readonly string[]>;
}): AssignTask => ({
  type: 'AssignTask',
  taskId: given.taskId,
  leadUnitIds: given.leadUnitIds ?? [],
  coordinatorUnitIds: given.coordinatorUnitIds ?? [],
});

export const changeDeadline = (
  given: { readonly taskId: string; readonly deadline: DeadlineFields; readonly reason?: Maybe<string> },
  at: FieldNames = TOP_LEVEL,
): ChangeDeadline => ({
  type: 'ChangeDeadline',
  taskId: given.taskId,
  deadline: deadlineOf(given.deadline, at.deadline),
  reason: given.reason ?? null,
});

export const completeTask = (given: { readonly taskId: string; readonly summary?: Maybe<string> }): CompleteTask => ({
  type: 'CompleteTask',
  taskId: given.taskId,
  summary: given.summary ?? null,
});

export const cancelTask = (given: { readonly taskId: string; readonly reason: string }): CancelTask => ({
  type: 'CancelTask',
  taskId: given.taskId,
  reason: given.reason,
});

export { correctProgressReport, reportProgress };

/** A field a correction leaves out keeps its value, whether it is not sent (undefined) or sent as null. */
export const kept = <T>(value: Maybe<T>): T | undefined => value ?? undefined;

export interface CorrectTaskFields {
  readonly taskId: string;
  readonly title?: Maybe<string>;
  readonly leadUnitIds?: Maybe<readonly string[]>;
  readonly coordinatorUnitIds?: Maybe<readonly string[]>;
  readonly reason: string;
}

export const correctTask = (given: CorrectTaskFields): CorrectTask =>
  correction({
    taskId: given.taskId,
    changes: { title: kept(given.title), leadUnitIds: kept(given.leadUnitIds), coordinatorUnitIds: kept(given.coordinatorUnitIds) },
    reason: given.reason,
  });
