import type { Decider } from '../shared/decider.js';
import { validateDeadline, type Deadline } from '../shared/deadline.js';
import type { CommandContext } from '../shared/event.js';
import { alreadyExists, forbidden, invalidInput, notFound, ruleViolated } from '../shared/errors.js';
import { optionalText, requireId, requireText } from '../shared/ids.js';
import { reportFactsOf, requireRecordedReport, requireValuesTheReportGave, type ReportFacts } from '../shared/report-facts.js';
import { validateReportedValues, validateTargets, type ReportedValue } from '../shared/target.js';
import type { CheckedTaskCommand } from './task.commands.js';
import { decideTaskCorrection } from './task-correction.js';
import type { TaskEvent } from './task.events.js';

export interface TaskState {
  readonly lifecycle: 'undefined' | 'open' | 'completed' | 'cancelled';
  readonly provinceId: string | null;
  readonly title: string | null;
  readonly deadline: Deadline | null;
  readonly leads: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  /** Each report recorded: the unit that made it (a correction keeps it) and the targets it gave values for. */
  readonly reports: ReadonlyMap<string, ReportFacts>;
  readonly targetIds: readonly string[];
}

const initialState = (): TaskState => ({
  lifecycle: 'undefined',
  provinceId: null,
  title: null,
  deadline: null,
  leads: new Set(),
  coordinators: new Set(),
  reports: new Map(),
  targetIds: [],
});

const evolve = (state: TaskState, event: TaskEvent): TaskState => {
  switch (event.type) {
    case 'TaskDefined':
      return {
        ...state,
        lifecycle: 'open',
        provinceId: event.data.provinceId,
        title: event.data.title,
        deadline: event.data.deadline,
        targetIds: event.data.targets.map((t) => t.id),
      };
    case 'TaskAssigned':
      return {
        ...state,
        leads: new Set([...state.leads, ...event.data.leadUnitIds]),
        coordinators: new Set([...state.coordinators, ...event.data.coordinatorUnitIds]),
      };
    case 'TaskDeadlineChanged':
      return { ...state, deadline: event.data.deadline };
    case 'ProgressReported':
      return { ...state, reports: new Map([...state.reports, [event.data.reportId, reportFactsOf(event.data)]]) };
    case 'ProgressReportCorrected':
      return state;
    case 'TaskCorrected': {
      const corrected = Object.fromEntries(event.data.fields.map((f) => [f.field, f.value]));
      return {
        ...state,
        title: (corrected.title as string | undefined) ?? state.title,
        leads: corrected.leadUnitIds ? new Set(corrected.leadUnitIds as string[]) : state.leads,
        coordinators: corrected.coordinatorUnitIds ? new Set(corrected.coordinatorUnitIds as string[]) : state.coordinators,
      };
    }
    case 'TaskCompleted':
      return { ...state, lifecycle: 'completed' };
    case 'TaskCancelled':
      return { ...state, lifecycle: 'cancelled' };
  }
};

/** Every command but DefineTask needs a task that exists, in the caller's province, not cancelled. */
const requireOpenTask = (taskId: string, state: TaskState, context: CommandContext, action: string) => {
  if (state.lifecycle === 'undefined') throw notFound('taskId', `task ${taskId} is not defined: cannot ${action}`);
  if (context.actingForProvince && state.provinceId !== context.actingForProvince) {
    throw forbidden(`task ${taskId} belongs to ${state.provinceId}, not to ${context.actingForProvince}`, 'taskId');
  }
  if (state.lifecycle === 'cancelled') throw ruleViolated(`task ${taskId} is cancelled: cannot ${action}`, 'taskId');
};

const validPercent = (percentComplete: number | null): number | null => {
  if (percentComplete !== null && (!Number.isInteger(percentComplete) || percentComplete < 0 || percentComplete > 100)) {
    throw invalidInput('percentComplete', `must be a whole number from 0 to 100, got ${percentComplete}`);
  }
  return percentComplete;
};

/** A report's values, when it gives any: each for one of the task's own targets. */
const validReportedValues = (values: readonly ReportedValue[] | undefined, state: TaskState, taskId: string): ReportedValue[] | undefined =>
  values && validateReportedValues(values, state.targetIds, `task ${taskId}`);

const decide = (command: CheckedTaskCommand, state: TaskState, context: CommandContext): TaskEvent[] => {
  switch (command.type) {
    case 'DefineTask': {
      if (context.actingForProvince && command.provinceId !== context.actingForProvince) {
        throw forbidden(`plan ${command.planId} belongs to ${command.provinceId}, not to ${context.actingForProvince}`, 'planId');
      }
      const taskId = requireId(command.taskId, 'id');
      const planId = requireId(command.planId, 'planId');
      const title = requireText(command.title, 'title');
      const deadline = validateDeadline(command.deadline);
      const targets = validateTargets(command.targets);
      if (state.lifecycle !== 'undefined') throw alreadyExists(`task ${taskId} is already defined`, 'id');
      return [
        {
          type: 'TaskDefined',
          data: { taskId, planId, provinceId: command.provinceId, code: optionalText(command.code), title, deadline, targets },
        },
      ];
    }
    case 'AssignTask': {
      requireOpenTask(command.taskId, state, context, 'assign it');
      if (state.lifecycle === 'completed') throw ruleViolated(`task ${command.taskId} is already completed: cannot assign it`, 'taskId');
      if (command.leadUnitIds.length + command.coordinatorUnitIds.length === 0) {
        throw invalidInput('leadUnitIds', 'name at least one lead or coordinating unit');
      }
      const leadUnitIds = command.leadUnitIds.map((u, i) => requireId(u, `leadUnitIds[${i}]`));
      const coordinatorUnitIds = command.coordinatorUnitIds.map((u, i) => requireId(u, `coordinatorUnitIds[${i}]`));
      const twice = [command.leadUnitIds, command.coordinatorUnitIds].find((ids) => new Set(ids).size !== ids.length);
      if (twice) throw invalidInput(twice === command.leadUnitIds ? 'leadUnitIds' : 'coordinatorUnitIds', 'names the same unit twice');
      const both = command.leadUnitIds.find((u) => command.coordinatorUnitIds.includes(u));
      if (both) throw invalidInput('coordinatorUnitIds', `unit ${both} cannot both lead and coordinate`);
      const leadAgain = command.leadUnitIds.find((u) => state.leads.has(u));
      if (leadAgain) throw alreadyExists(`unit ${leadAgain} already leads task ${command.taskId}`, 'leadUnitIds');
      const coordinatorAgain = command.coordinatorUnitIds.find((u) => state.coordinators.has(u));
      if (coordinatorAgain)
        throw alreadyExists(`unit ${coordinatorAgain} already coordinates task ${command.taskId}`, 'coordinatorUnitIds');
      // A unit holds one role on a task: leading and coordinating the same work would count it twice.
      const switching = [
        ...command.leadUnitIds.filter((u) => state.coordinators.has(u)),
        ...command.coordinatorUnitIds.filter((u) => state.leads.has(u)),
      ];
      if (switching.length > 0) {
        throw ruleViolated(
          `unit ${switching[0]} already holds the other role on task ${command.taskId}; a unit either leads or coordinates`,
          command.leadUnitIds.includes(switching[0]) ? 'leadUnitIds' : 'coordinatorUnitIds',
        );
      }
      return [
        {
          type: 'TaskAssigned',
          data: {
            taskId: command.taskId,
            leadUnitIds,
            coordinatorUnitIds,
          },
        },
      ];
    }
    case 'ChangeDeadline': {
      requireOpenTask(command.taskId, state, context, 'change its deadline');
      if (state.lifecycle === 'completed') {
        throw ruleViolated(`task ${command.taskId} is already completed: its deadline can no longer change`, 'taskId');
      }
      const deadline = validateDeadline(command.deadline);
      return [
        {
          type: 'TaskDeadlineChanged',
          data: { taskId: command.taskId, previous: state.deadline!, deadline, reason: optionalText(command.reason) },
        },
      ];
    }
    case 'ReportProgress': {
      requireOpenTask(command.taskId, state, context, 'report progress');
      requireId(command.unitId, 'unitId');
      requireId(command.reportId, 'reportId');
      const percentComplete = validPercent(command.percentComplete);
      const assigned = (unitId: string | null | undefined) => !!unitId && (state.leads.has(unitId) || state.coordinators.has(unitId));
      if (!assigned(command.unitId) && !assigned(command.inPlaceOf)) {
        throw ruleViolated(`unit ${command.unitId} is not assigned to task ${command.taskId}: it cannot report on it`, 'unitId');
      }
      if (state.reports.has(command.reportId)) throw alreadyExists(`report ${command.reportId} is already recorded`, 'reportId');
      const values = validReportedValues(command.values, state, command.taskId);
      return [
        {
          type: 'ProgressReported',
          data: {
            taskId: command.taskId,
            reportId: requireId(command.reportId, 'reportId'),
            unitId: command.unitId,
            percentComplete,
            summary: optionalText(command.summary),
            ...(values && values.length > 0 ? { values } : {}),
          },
        },
      ];
    }
    case 'CorrectProgressReport': {
      // A completed task's reports may still be corrected: the record of what was done must be right.
      requireOpenTask(command.taskId, state, context, 'correct its reports');
      const report = requireRecordedReport(state.reports, command.reportId, `task ${command.taskId}`);
      const values = validReportedValues(command.values, state, command.taskId);
      if (values) requireValuesTheReportGave(values, report, command.reportId);
      return [
        {
          type: 'ProgressReportCorrected',
          data: {
            taskId: command.taskId,
            correctsReportId: command.reportId,
            unitId: report.unitId,
            percentComplete: validPercent(command.percentComplete),
            summary: optionalText(command.summary),
            ...(values && values.length > 0 ? { values } : {}),
            reason: requireText(command.reason, 'reason'),
          },
        },
      ];
    }
    case 'CorrectTask': {
      // A completed task's record may still be set right, like its reports.
      requireOpenTask(command.taskId, state, context, 'correct it');
      const record = { title: state.title!, leadUnitIds: [...state.leads], coordinatorUnitIds: [...state.coordinators] };
      return [decideTaskCorrection(command, record)];
    }
    case 'CompleteTask': {
      requireOpenTask(command.taskId, state, context, 'complete it');
      if (state.lifecycle === 'completed') throw alreadyExists(`task ${command.taskId} is already completed`, 'taskId');
      if (state.leads.size === 0)
        throw ruleViolated(`task ${command.taskId} has no lead unit: it cannot be completed before it is assigned`, 'taskId');
      return [{ type: 'TaskCompleted', data: { taskId: command.taskId, summary: optionalText(command.summary) } }];
    }
    case 'CancelTask': {
      requireOpenTask(command.taskId, state, context, 'cancel it');
      if (state.lifecycle === 'completed') throw ruleViolated(`task ${command.taskId} is completed: it cannot be cancelled`, 'taskId');
      return [{ type: 'TaskCancelled', data: { taskId: command.taskId, reason: requireText(command.reason, 'reason') } }];
    }
  }
};

export const taskDecider: Decider<CheckedTaskCommand, TaskState, TaskEvent> = { decide, evolve, initialState };
