import { CommandRunner, type CommandOutcome } from '@monitor/application';
import { correctProgressReport, reportProgress, type TaskCommand } from '@monitor/domain';
import { Injectable } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { Principal } from '../auth/principal.js';
import type {
  ActorInput,
  AssignTaskInput,
  CancelTaskInput,
  ChangeDeadlineInput,
  CompleteTaskInput,
  CorrectProgressReportInput,
  DefineTaskInput,
  ReportProgressInput,
} from '../graphql/inputs.js';
import { contextFor, toDeadline, toTargets } from './command-context.js';

/** A task mutation: the domain command it asks for, and the official it names as having done it. */
abstract class TaskMutation<Input extends { occurredAt?: Date | null }> extends Command<CommandOutcome> {
  constructor(
    readonly input: Input,
    readonly principal: Principal,
  ) {
    super();
  }
  abstract toDomain(): { command: TaskCommand; actor: ActorInput | null | undefined };
}

export class DefineTaskCommand extends TaskMutation<DefineTaskInput> {
  toDomain() {
    const i = this.input;
    const deadline = toDeadline(i.deadline);
    // The province is read from the plan by the runner's reference checks, never from the caller.
    return {
      command: { type: 'DefineTask' as const, taskId: i.id, planId: i.planId, provinceId: '', code: i.code ?? null, title: i.title, deadline, targets: toTargets(i.targets) },
      actor: i.definedBy,
    };
  }
}

export class AssignTaskCommand extends TaskMutation<AssignTaskInput> {
  toDomain() {
    const i = this.input;
    return {
      command: { type: 'AssignTask' as const, taskId: i.taskId, leadUnitIds: i.leadUnitIds ?? [], coordinatorUnitIds: i.coordinatorUnitIds ?? [] },
      actor: i.assignedBy,
    };
  }
}

export class ChangeDeadlineCommand extends TaskMutation<ChangeDeadlineInput> {
  toDomain() {
    const i = this.input;
    return { command: { type: 'ChangeDeadline' as const, taskId: i.taskId, deadline: toDeadline(i.deadline), reason: i.reason ?? null }, actor: i.changedBy };
  }
}

export class ReportProgressCommand extends TaskMutation<ReportProgressInput> {
  toDomain() {
    return { command: reportProgress(this.input), actor: this.input.reportedBy };
  }
}

export class CorrectProgressReportCommand extends TaskMutation<CorrectProgressReportInput> {
  toDomain() {
    return { command: correctProgressReport(this.input), actor: this.input.correctedBy };
  }
}

export class CompleteTaskCommand extends TaskMutation<CompleteTaskInput> {
  toDomain() {
    return { command: { type: 'CompleteTask' as const, taskId: this.input.taskId, summary: this.input.summary ?? null }, actor: this.input.completedBy };
  }
}

export class CancelTaskCommand extends TaskMutation<CancelTaskInput> {
  toDomain() {
    return { command: { type: 'CancelTask' as const, taskId: this.input.taskId, reason: this.input.reason }, actor: this.input.cancelledBy };
  }
}

/** Every task handler does the same: map, then run through the one command runner. */
@Injectable()
abstract class TaskMutationHandler<M extends TaskMutation<{ occurredAt?: Date | null }>> {
  constructor(private readonly runner: CommandRunner) {}

  execute(mutation: M): Promise<CommandOutcome> {
    const { command, actor } = mutation.toDomain();
    return this.runner.run(command, contextFor(mutation.principal, actor, { instant: mutation.input.occurredAt }));
  }
}

@CommandHandler(DefineTaskCommand)
export class DefineTaskHandler extends TaskMutationHandler<DefineTaskCommand> {}
@CommandHandler(AssignTaskCommand)
export class AssignTaskHandler extends TaskMutationHandler<AssignTaskCommand> {}
@CommandHandler(ChangeDeadlineCommand)
export class ChangeDeadlineHandler extends TaskMutationHandler<ChangeDeadlineCommand> {}
@CommandHandler(ReportProgressCommand)
export class ReportProgressHandler extends TaskMutationHandler<ReportProgressCommand> {}
@CommandHandler(CorrectProgressReportCommand)
export class CorrectProgressReportHandler extends TaskMutationHandler<CorrectProgressReportCommand> {}
@CommandHandler(CompleteTaskCommand)
export class CompleteTaskHandler extends TaskMutationHandler<CompleteTaskCommand> {}
@CommandHandler(CancelTaskCommand)
export class CancelTaskHandler extends TaskMutationHandler<CancelTaskCommand> {}

export const taskHandlers = [DefineTaskHandler, AssignTaskHandler, ChangeDeadlineHandler, ReportProgressHandler, CorrectProgressReportHandler, CompleteTaskHandler, CancelTaskHandler];
