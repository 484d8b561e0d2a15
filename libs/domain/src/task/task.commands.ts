import type { Deadline } from '../shared/deadline.js';
import type { ReportedValue, Target } from '../shared/target.js';
import type { CorrectTask } from './task-correction.js';

export interface DefineTask {
  readonly type: 'DefineTask';
  readonly taskId: string;
  readonly planId: string;
  /** The numbering the document gives ("1", "II.2", "Nhiệm vụ 3"), when it gives one. */
  readonly code: string | null;
  readonly title: string;
  readonly deadline: Deadline;
  readonly targets: readonly Target[];
}

/**
 * A DefineTask once the reference checks have read its plan: the task's province is the plan's,
 * read from the plan's stream, never stated by a caller. The decider decides this one.
 */
export interface DefineTaskInProvince extends DefineTask {
  readonly provinceId: string;
}

/** Adds lead (chủ trì) and coordinating (phối hợp) units; the assigning official is the actor. */
export interface AssignTask {
  readonly type: 'AssignTask';
  readonly taskId: string;
  readonly leadUnitIds: readonly string[];
  readonly coordinatorUnitIds: readonly string[];
}

export interface ChangeDeadline {
  readonly type: 'ChangeDeadline';
  readonly taskId: string;
  readonly deadline: Deadline;
  readonly reason: string | null;
}

export interface ReportProgress {
  readonly type: 'ReportProgress';
  readonly taskId: string;
  readonly reportId: string;
  readonly unitId: string;
  readonly percentComplete: number | null;
  readonly summary: string | null;
  /** Values reached for the task's targets, when the report gives them. */
  readonly values?: readonly ReportedValue[];
  /**
   * The unit assigned to the task whose duties the reporting unit carries on the report's day (it
   * merged into it): read from the record by the reference checks, never taken from a caller.
   */
  readonly inPlaceOf?: string | null;
}

/** Corrects a recorded report: the values as they should have been, and why. */
export interface CorrectProgressReport {
  readonly type: 'CorrectProgressReport';
  readonly taskId: string;
  readonly reportId: string;
  readonly percentComplete: number | null;
  readonly summary: string | null;
  /**
   * Target values restated: only for targets the report gave a value for (a value it did not give
   * is a new report); targets left out keep the value reported.
   */
  readonly values?: readonly ReportedValue[];
  readonly reason: string;
}

/** A report's or a correction's fields as an API gives them: what it leaves out is null, or no values. */
type Optional<C, K extends keyof C> = Omit<C, 'type' | K> & { readonly [P in K]?: C[P] | null };

const reportedFields = ({
  percentComplete,
  summary,
  values,
}: {
  percentComplete?: number | null;
  summary?: string | null;
  values?: readonly ReportedValue[] | null;
}) => ({
  percentComplete: percentComplete ?? null,
  summary: summary ?? null,
  ...(values ? { values } : {}),
});

/** The ReportProgress command from what GraphQL or a provincial message gives. */
export const reportProgress = ({
  taskId,
  reportId,
  unitId,
  ...given
}: Optional<ReportProgress, 'percentComplete' | 'summary' | 'values'>): ReportProgress => ({
  type: 'ReportProgress',
  taskId,
  reportId,
  unitId,
  ...reportedFields(given),
});

/** The CorrectProgressReport command from what GraphQL or a provincial message gives. */
export const correctProgressReport = ({
  taskId,
  reportId,
  reason,
  ...given
}: Optional<CorrectProgressReport, 'percentComplete' | 'summary' | 'values'>): CorrectProgressReport => ({
  type: 'CorrectProgressReport',
  taskId,
  reportId,
  ...reportedFields(given),
  reason,
});

export interface CompleteTask {
  readonly type: 'CompleteTask';
  readonly taskId: string;
  readonly summary: string | null;
}

export interface CancelTask {
  readonly type: 'CancelTask';
  readonly taskId: string;
  readonly reason: string;
}

/** What a caller asks of a task. */
export type TaskCommand =
  DefineTask | AssignTask | ChangeDeadline | ReportProgress | CorrectProgressReport | CorrectTask | CompleteTask | CancelTask;

/** What the task decider decides: the same commands, a DefineTask with its plan's province. */
export type CheckedTaskCommand = Exclude<TaskCommand, DefineTask> | DefineTaskInProvince;
