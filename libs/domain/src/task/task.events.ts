import type { Deadline } from '../shared/deadline.js';
import type { DomainEvent } from '../shared/event.js';
import type { Target } from '../shared/target.js';
import type { TaskCorrected } from './task-correction.js';

export type TaskDefined = DomainEvent<
  'TaskDefined',
  {
    taskId: string;
    planId: string;
    provinceId: string;
    code: string | null;
    title: string;
    deadline: Deadline;
    targets: Target[];
  }
>;

export type TaskAssigned = DomainEvent<'TaskAssigned', { taskId: string; leadUnitIds: string[]; coordinatorUnitIds: string[] }>;

export type TaskDeadlineChanged = DomainEvent<
  'TaskDeadlineChanged',
  { taskId: string; previous: Deadline; deadline: Deadline; reason: string | null }
>;

export type ProgressReported = DomainEvent<
  'ProgressReported',
  {
    taskId: string;
    reportId: string;
    unitId: string;
    percentComplete: number | null;
    summary: string | null;
    /** Present only when the report gives values for the task's targets. */
    values?: { targetId: string; value: number }[];
  }
>;

/**
 * A report corrected: a new event naming the report it corrects, never a change to that report's
 * event. It carries the values as corrected and why.
 */
export type ProgressReportCorrected = DomainEvent<
  'ProgressReportCorrected',
  {
    taskId: string;
    correctsReportId: string;
    unitId: string;
    percentComplete: number | null;
    summary: string | null;
    /** Present only when the correction restates target values: those targets' values as they should have been. */
    values?: { targetId: string; value: number }[];
    reason: string;
  }
>;

export type TaskCompleted = DomainEvent<'TaskCompleted', { taskId: string; summary: string | null }>;

export type TaskCancelled = DomainEvent<'TaskCancelled', { taskId: string; reason: string }>;

export type TaskEvent =
  | TaskDefined
  | TaskAssigned
  | TaskDeadlineChanged
  | ProgressReported
  | ProgressReportCorrected
  | TaskCorrected
  | TaskCompleted
  | TaskCancelled;
