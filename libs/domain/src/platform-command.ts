import { documentDraftDecider, type DocumentDraftCommand } from './draft/document-draft.decider.js';
import { directiveDecider, type DirectiveCommand } from './directive/directive.decider.js';
import { orgUnitDecider, type OrgUnitCommand } from './org-unit/org-unit.decider.js';
import { planDecider, type PlanCommand } from './plan/plan.decider.js';
import { provinceDecider, type ProvinceCommand } from './province/province.decider.js';
import type { Decider } from './shared/decider.js';
import type { DomainEvent } from './shared/event.js';
import { requireInstantInRange } from './shared/partial-date.js';
import { streams } from './streams.js';
import type { DefineTask, DefineTaskInProvince, TaskCommand } from './task/task.commands.js';
import { taskDecider } from './task/task.decider.js';

/** Every command the platform accepts. */
export type PlatformCommand = ProvinceCommand | OrgUnitCommand | DirectiveCommand | PlanCommand | TaskCommand | DocumentDraftCommand;

/**
 * A command once the reference checks have resolved it (reference-checks.ts in the application): what
 * the deciders decide. It carries what the record says and no caller states, such as a task's province.
 */
export type CheckedCommand = Exclude<PlatformCommand, DefineTask> | DefineTaskInProvince;

export interface CommandRoute {
  readonly stream: string;
  // The runner treats every aggregate alike; each decider's own types are checked where it is written.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly decider: Decider<any, any, any>;
}

/**
 * The decider, deciding only once what the caller states about the world checks: when it happened
 * (a date-time in the accepted years, see MIN_YEAR). Every path (GraphQL, Kafka, seeds) comes here.
 */
const checkingContext = <C, S, E extends DomainEvent>(decider: Decider<C, S, E>): Decider<C, S, E> => ({
  ...decider,
  decide: (command, state, context) => {
    requireInstantInRange(context.occurredAt, 'occurredAt');
    return decider.decide(command, state, context);
  },
});

const deciders = {
  province: checkingContext(provinceDecider),
  orgUnit: checkingContext(orgUnitDecider),
  directive: checkingContext(directiveDecider),
  plan: checkingContext(planDecider),
  task: checkingContext(taskDecider),
  documentDraft: checkingContext(documentDraftDecider),
};

/** Which stream a command acts on, and which decider decides it. */
export const routeCommand = (command: CheckedCommand): CommandRoute => {
  switch (command.type) {
    case 'RegisterProvince':
      return { stream: streams.province(command.provinceId), decider: deciders.province };
    case 'MergeProvinces':
      return { stream: streams.province(command.successorProvinceId), decider: deciders.province };
    case 'RegisterOrgUnit':
    case 'RenameOrgUnit':
    case 'MergeOrgUnit':
    case 'SplitOrgUnit':
    case 'DissolveOrgUnit':
      return { stream: streams.orgUnit(command.unitId), decider: deciders.orgUnit };
    case 'RegisterDirective':
    case 'CorrectDirective':
      return { stream: streams.directive(command.directiveId), decider: deciders.directive };
    case 'IssuePlan':
    case 'ReportPlanTargetValues':
    case 'CorrectPlanTargetValues':
    case 'CorrectPlan':
      return { stream: streams.plan(command.planId), decider: deciders.plan };
    case 'DefineTask':
    case 'AssignTask':
    case 'ChangeDeadline':
    case 'ReportProgress':
    case 'CorrectProgressReport':
    case 'CompleteTask':
    case 'CancelTask':
    case 'CorrectTask':
      return { stream: streams.task(command.taskId), decider: deciders.task };
    case 'ReceiveDocument':
    case 'ProposeDraft':
    case 'EditDraft':
    case 'ApproveDraft':
    case 'RejectDraft':
      return { stream: streams.documentDraft(command.draftId), decider: deciders.documentDraft };
    default: {
      const unknown: never = command;
      throw new Error(`no route for command ${JSON.stringify(unknown)}`);
    }
  }
};
