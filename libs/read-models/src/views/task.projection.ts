import { dayNumber, vietnamDayNumber, type Deadline } from '@monitor/domain';
import type {
  AssignmentView,
  DeadlineChange,
  MonitoringState,
  ProjectedEvent,
  Provenance,
  RecordCorrectionView,
  TaskView,
} from './monitoring.state.js';
import { correctionOf, provenance } from './event-provenance.js';
import { knownMsOf } from './provenance.js';
import { recordReport, reportsChanged, restateValues } from './recorded-reports.js';

// What a task's own events do to its view.

export const dueDayOf = (deadline: Deadline) => (deadline.due === null ? null : dayNumber(deadline.due));

// Facts with their provenance, written member by member: a rebuild makes hundreds of thousands,
// and V8 builds `{ ...when, unitId }` a property at a time (measured: the fold's hottest lines).
const assignmentOf = (when: Provenance, unitId: string, role: AssignmentView['role']): AssignmentView => ({
  actor: when.actor,
  occurredAt: when.occurredAt,
  occurredDay: when.occurredDay,
  recordedAt: when.recordedAt,
  knownMs: when.knownMs,
  unitId,
  role,
});
export const deadlineChangeOf = (when: Provenance, deadline: Deadline, dueDay: number | null, reason: string | null): DeadlineChange => ({
  actor: when.actor,
  occurredAt: when.occurredAt,
  occurredDay: when.occurredDay,
  recordedAt: when.recordedAt,
  knownMs: when.knownMs,
  deadline,
  dueDay,
  reason,
});

export const applyTaskEvent = (state: MonitoringState, task: TaskView, event: ProjectedEvent): void => {
  if (event.type === 'ProgressReported') {
    task.reportCount++;
    const day = vietnamDayNumber(event.occurredAt);
    const knownMs = knownMsOf(event.recordedAt);
    if (!task.reportFrontier) task.reportFrontier = [[knownMs, day]];
    else if (day < task.reportFrontier[task.reportFrontier.length - 1][1]) {
      // A report recorded late that happened before every report known so far: keep both facts.
      task.reportFrontier.push([knownMs, day]);
    }
    recordReport(task, state.plans.get(task.planId), event.data, event.occurredAt, day, knownMs);
    reportsChanged(state, task.provinceId);
    return;
  }
  if (event.type === 'ProgressReportCorrected') {
    if (event.data.values) {
      restateValues(task, event.data.correctsReportId, event.data.values, knownMsOf(event.recordedAt));
      reportsChanged(state, task.provinceId);
    }
    return;
  }
  const when = provenance(state, event);
  switch (event.type) {
    case 'TaskCorrected':
      correctTask(task, correctionOf(state, event, event.data));
      return;
    case 'TaskAssigned':
      for (const unitId of event.data.leadUnitIds) task.assignments.push(assignmentOf(when, unitId, 'LEAD'));
      for (const unitId of event.data.coordinatorUnitIds) task.assignments.push(assignmentOf(when, unitId, 'COORDINATOR'));
      return;
    case 'TaskDeadlineChanged':
      task.deadlines.push(deadlineChangeOf(when, event.data.deadline, dueDayOf(event.data.deadline), event.data.reason));
      return;
    case 'TaskCompleted':
      task.completion = { ...when, summary: event.data.summary };
      return;
    case 'TaskCancelled':
      task.cancellation = { ...when, reason: event.data.reason };
      return;
  }
};

/**
 * A task's record set right: its title, or the units it had from the start. A unit taken out of a
 * role leaves the task's assignments; one put in takes the date of the first assignment to that
 * role (the document named it then), known from the correction on.
 */
const correctTask = (task: TaskView, correction: RecordCorrectionView): void => {
  (task.corrections ??= []).push(correction);
  for (const { field, value } of correction.fields) {
    if (field === 'title') Object.assign(task, { title: value });
    const role = field === 'leadUnitIds' ? 'LEAD' : field === 'coordinatorUnitIds' ? 'COORDINATOR' : null;
    if (!role) continue;
    const units = value as readonly string[];
    const first = task.assignments.find((a) => a.role === role) ?? correction;
    const kept = task.assignments.filter((a) => a.role !== role || units.includes(a.unitId));
    const added = units.filter((u) => !kept.some((a) => a.role === role && a.unitId === u));
    task.assignments.splice(
      0,
      task.assignments.length,
      ...kept,
      ...added.map((u) => assignmentOf({ ...first, knownMs: correction.knownMs, recordedAt: correction.recordedAt }, u, role)),
    );
  }
};
