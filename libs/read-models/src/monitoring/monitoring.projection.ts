import { dayNumber, firstDay, foldText, lastDay, vietnamDayNumber, type Actor, type Deadline } from '@monitor/domain';
import type { MonitoringState, ProjectedEvent, Provenance, TaskView } from './monitoring.state.js';
import { addTaskRow } from './task-table.js';

const STRUCTURAL = new Set(['ProvinceRegistered', 'DirectiveRegistered', 'PlanIssued', 'TaskDefined']);

const dueDayOf = (deadline: Deadline) => (deadline.due === null ? null : dayNumber(deadline.due));

/** One actor object per official, however many events name them: millions of events, a few people. */
const internActor = (state: MonitoringState, actor: Actor | null): Actor | null => {
  if (!actor) return null;
  const known = state.actors.get(actor.id);
  if (known && known.name === actor.name && known.role === actor.role && known.unitId === actor.unitId) return known;
  state.actors.set(actor.id, actor);
  return actor;
};

const provenance = (state: MonitoringState, event: ProjectedEvent): Provenance => ({
  actor: internActor(state, event.metadata.actor),
  occurredAt: event.occurredAt,
  occurredDay: vietnamDayNumber(event.occurredAt),
  recordedAt: event.recordedAt,
});

/**
 * Applies one event to the monitoring views, in place (a rebuild folds millions of events).
 * Idempotence comes from the caller's checkpoint: an event at or before it is never applied again.
 */
export const applyMonitoringEvent = (state: MonitoringState, event: ProjectedEvent): void => {
  if (STRUCTURAL.has(event.type)) state.structureVersion++;
  switch (event.type) {
    case 'ProvinceRegistered': {
      const { provinceId, name, statisticalCode } = event.data;
      state.provinces.set(provinceId, { id: provinceId, name, statisticalCode, folded: foldText(name) });
      return;
    }
    case 'OrgUnitRegistered': {
      const { unitId, name, kind, provinceId, aliases } = event.data;
      state.units.set(unitId, { id: unitId, name, kind, provinceId, aliases });
      return;
    }
    case 'DirectiveRegistered': {
      const { directiveId, ...d } = event.data;
      const issuedFirstDay = dayNumber(firstDay(d.issuedOn));
      const issuedLastDay = dayNumber(lastDay(d.issuedOn));
      state.directives.set(directiveId, { id: directiveId, ...d, issuedFirstDay, issuedLastDay, implementedBy: [], planIds: [] });
      for (const parent of d.implements) state.directives.get(parent)?.implementedBy.push(directiveId);
      return;
    }
    case 'PlanIssued': {
      const { planId, ...p } = event.data;
      state.plans.set(planId, {
        id: planId,
        ...p,
        issued: provenance(state, event),
        issuedFirstDay: dayNumber(firstDay(p.issuedOn)),
        issuedLastDay: dayNumber(lastDay(p.issuedOn)),
        childPlanIds: [],
        taskIds: [],
        taskRows: [],
      });
      for (const directiveId of p.implements) state.directives.get(directiveId)?.planIds.push(planId);
      if (p.parentPlanId) state.plans.get(p.parentPlanId)?.childPlanIds.push(planId);
      return;
    }
    case 'TaskDefined': {
      const t = event.data;
      const defined = provenance(state, event);
      const dueDay = dueDayOf(t.deadline);
      const row = addTaskRow(state.taskTable, defined.occurredDay, dueDay);
      const task: TaskView = {
        id: t.taskId,
        planId: t.planId,
        provinceId: t.provinceId,
        code: t.code,
        title: t.title,
        targets: t.targets,
        defined,
        deadlines: [{ ...defined, deadline: t.deadline, dueDay, reason: null }],
        assignments: [],
        reportCount: 0,
        row,
        completion: null,
        cancellation: null,
      };
      state.tasks.set(t.taskId, task);
      state.tasksByRow.push(task);
      const plan = state.plans.get(t.planId);
      plan?.taskIds.push(t.taskId);
      plan?.taskRows.push(row);
      return;
    }
    default: {
      const task = state.tasks.get(event.data.taskId);
      if (task) applyTaskEvent(state, task, event);
    }
  }
};

const applyTaskEvent = (state: MonitoringState, task: TaskView, event: ProjectedEvent): void => {
  const table = state.taskTable;
  if (event.type === 'ProgressReported') {
    task.reportCount++;
    const day = vietnamDayNumber(event.occurredAt);
    if (day < table.firstReportDay[task.row]) table.firstReportDay[task.row] = day;
    return;
  }
  const when = provenance(state, event);
  switch (event.type) {
    case 'TaskAssigned':
      for (const unitId of event.data.leadUnitIds) task.assignments.push({ ...when, unitId, role: 'LEAD' });
      for (const unitId of event.data.coordinatorUnitIds) task.assignments.push({ ...when, unitId, role: 'COORDINATOR' });
      return;
    case 'TaskDeadlineChanged':
      task.deadlines.push({ ...when, deadline: event.data.deadline, dueDay: dueDayOf(event.data.deadline), reason: event.data.reason });
      table.deadlineChanged[task.row] = 1;
      return;
    case 'TaskCompleted':
      task.completion = { ...when, summary: event.data.summary };
      table.completedDay[task.row] = when.occurredDay;
      return;
    case 'TaskCancelled':
      task.cancellation = { ...when, reason: event.data.reason };
      table.cancelledDay[task.row] = when.occurredDay;
      return;
  }
};
