import { directiveDecider, type DirectiveCommand } from './directive/directive.js';
import { orgUnitDecider, type OrgUnitCommand } from './org-unit/org-unit.js';
import { planDecider, type PlanCommand } from './plan/plan.js';
import { provinceDecider, type ProvinceCommand } from './province/province.js';
import type { Decider } from './shared/decider.js';
import { streams } from './streams.js';
import type { TaskCommand } from './task/task.commands.js';
import { taskDecider } from './task/task.decider.js';

/** Every command the platform accepts. */
export type PlatformCommand = ProvinceCommand | OrgUnitCommand | DirectiveCommand | PlanCommand | TaskCommand;

export interface CommandRoute {
  readonly stream: string;
  // The runner treats every aggregate alike; each decider's own types are checked where it is written.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly decider: Decider<any, any, any>;
}

/** Which stream a command acts on, and which decider decides it. */
export const routeCommand = (command: PlatformCommand): CommandRoute => {
  switch (command.type) {
    case 'RegisterProvince':
      return { stream: streams.province(command.provinceId), decider: provinceDecider };
    case 'MergeProvinces':
      return { stream: streams.province(command.successorProvinceId), decider: provinceDecider };
    case 'RegisterOrgUnit':
      return { stream: streams.orgUnit(command.unitId), decider: orgUnitDecider };
    case 'RegisterDirective':
      return { stream: streams.directive(command.directiveId), decider: directiveDecider };
    case 'IssuePlan':
    case 'ReportPlanTargetValues':
    case 'CorrectPlanTargetValues':
      return { stream: streams.plan(command.planId), decider: planDecider };
    case 'DefineTask':
    case 'AssignTask':
    case 'ChangeDeadline':
    case 'ReportProgress':
    case 'CorrectProgressReport':
    case 'CompleteTask':
    case 'CancelTask':
      return { stream: streams.task(command.taskId), decider: taskDecider };
    default: {
      const unknown: never = command;
      throw new Error(`no route for command ${JSON.stringify(unknown)}`);
    }
  }
};
