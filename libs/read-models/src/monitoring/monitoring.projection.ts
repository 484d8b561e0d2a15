import { dayNumber, foldText, vietnamDayNumber, type Deadline } from '@monitor/domain';
import type { MonitoringState, ProjectedEvent, Provenance, TaskView } from './monitoring.state.js';

const provenance = (event: ProjectedEvent): Provenance => ({
  actor: event.metadata.actor,
  occurredAt: event.metadata.occurredAt,
  occurredDay: vietnamDayNumber(event.metadata.occurredAt),
  recordedAt: event.metadata.recordedAt,
});

const dueDayOf = (deadline: Deadline) => (deadline.due === null ? null : dayNumber(deadline.due));

const minDay = (current: number | null, day: number) => (current === null || day < current ? day : current);

/**
 * Applies one event to the monitoring views, in place (a rebuild folds millions of events).
 * Idempotence comes from the caller's checkpoint: an event at or before it is never applied again.
 */
export const applyMonitoringEvent = (state: MonitoringState, event: ProjectedEvent): void => {
  if (event.metadata.actor) state.actors.set(event.metadata.actor.id, event.metadata.actor);
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
      state.directives.set(directiveId, { id: directiveId, ...d, implementedBy: [], planIds: [] });
      for (const parent of d.implements) state.directives.get(parent)?.implementedBy.push(directiveId);
      return;
    }
    case 'PlanIssued': {
      const { planId, ...p } = event.data;
      state.plans.set(planId, { id: planId, ...p, issued: provenance(event), childPlanIds: [], taskIds: [] });
      for (const directiveId of p.implements) state.directives.get(directiveId)?.planIds.push(planId);
      if (p.parentPlanId) state.plans.get(p.parentPlanId)?.childPlanIds.push(planId);
      return;
    }
    case 'TaskDefined': {
      const t = event.data;
      const defined = provenance(event);
      state.tasks.set(t.taskId, {
        id: t.taskId,
        planId: t.planId,
        provinceId: t.provinceId,
        code: t.code,
        title: t.title,
        targets: t.targets,
        defined,
        deadlines: [{ ...defined, deadline: t.deadline, dueDay: dueDayOf(t.deadline), reason: null }],
        assignments: [],
        reports: [],
        firstReportDay: null,
        completedDay: null,
        cancelledDay: null,
        completion: null,
        cancellation: null,
      });
      state.plans.get(t.planId)?.taskIds.push(t.taskId);
      return;
    }
    default:
      applyTaskEvent(state.tasks.get(event.data.taskId), event);
  }
};

const applyTaskEvent = (task: TaskView | undefined, event: ProjectedEvent): void => {
  if (!task) return;
  const when = provenance(event);
  switch (event.type) {
    case 'TaskAssigned':
      for (const unitId of event.data.leadUnitIds) task.assignments.push({ ...when, unitId, role: 'LEAD' });
      for (const unitId of event.data.coordinatorUnitIds) task.assignments.push({ ...when, unitId, role: 'COORDINATOR' });
      return;
    case 'TaskDeadlineChanged':
      task.deadlines.push({ ...when, deadline: event.data.deadline, dueDay: dueDayOf(event.data.deadline), reason: event.data.reason });
      return;
    case 'ProgressReported': {
      const { reportId, unitId, percentComplete, summary } = event.data;
      task.reports.push({ ...when, id: reportId, taskId: task.id, unitId, percentComplete, summary });
      task.firstReportDay = minDay(task.firstReportDay, when.occurredDay);
      return;
    }
    case 'TaskCompleted':
      task.completion = { ...when, summary: event.data.summary };
      task.completedDay = when.occurredDay;
      return;
    case 'TaskCancelled':
      task.cancellation = { ...when, reason: event.data.reason };
      task.cancelledDay = when.occurredDay;
      return;
  }
};
