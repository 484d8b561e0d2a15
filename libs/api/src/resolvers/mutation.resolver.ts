import type { CommandOutcome } from '@monitor/application';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '../auth/principal.js';
import { Roles, WRITERS } from '../auth/roles.js';
import { mutations } from '../commands/mutations.js';
import type { RecordMutation } from '../commands/record-mutation.js';
import type * as In from '../graphql/inputs.js';
import { MonitoringReads } from '../platform/monitoring-reads.js';
import { MonitoringProjector } from '../platform/monitoring-views.js';
import { ProgressReportsReader } from '../platform/progress-reports.reader.js';

// Not a method: Nest's schema-first resolvers would take every method for a schema field.
const recordAndWait = async (commands: CommandBus, projector: MonitoringProjector, command: RecordMutation) => {
  const outcome = await commands.execute(command);
  await projector.waitFor(outcome.position);
  return outcome;
};

/** The ids the command recorded (a reference typed "HA-NAM.…" or "27/NQ-CP (2016)" is stored as its id). */
const recorded = (outcome: CommandOutcome) =>
  outcome.events[0]?.data as { directiveId?: string; planId?: string; taskId?: string } | undefined;
const recordedPlan = (outcome: CommandOutcome, typed: string) => recorded(outcome)?.planId ?? typed;
const recordedTask = (outcome: CommandOutcome, typed: string) => recorded(outcome)?.taskId ?? typed;

/**
 * Mutations send a command through the command bus, then wait until the read models have applied
 * what it recorded, so the answer (read as every query reads, through MonitoringReads) shows the
 * caller's own write.
 */
@Resolver('Mutation')
export class MutationResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly projector: MonitoringProjector,
    private readonly reads: MonitoringReads,
    private readonly reports: ProgressReportsReader,
  ) {}

  @Mutation('registerDirective')
  @Roles(...WRITERS)
  async registerDirective(@Args('input') input: In.RegisterDirectiveInput, @Context('principal') principal: Principal) {
    const outcome = await recordAndWait(this.commands, this.projector, mutations.registerDirective(input, principal));
    // A second document with a number is registered under a qualified id (see directive-identity.ts).
    return this.reads.directive(recorded(outcome)?.directiveId ?? '') ?? this.reads.requireDirective(input.id, 'id');
  }

  @Mutation('issuePlan')
  @Roles(...WRITERS)
  async issuePlan(@Args('input') input: In.IssuePlanInput, @Context('principal') principal: Principal) {
    const outcome = await recordAndWait(this.commands, this.projector, mutations.issuePlan(input, principal));
    return this.reads.plan(recordedPlan(outcome, input.id));
  }

  @Mutation('reportPlanTargetValues')
  @Roles(...WRITERS)
  async reportPlanTargetValues(@Args('input') input: In.ReportPlanTargetValuesInput, @Context('principal') principal: Principal) {
    const outcome = await recordAndWait(this.commands, this.projector, mutations.reportPlanTargetValues(input, principal));
    return this.reads.plan(recordedPlan(outcome, input.planId));
  }

  @Mutation('correctPlanTargetValues')
  @Roles(...WRITERS)
  async correctPlanTargetValues(@Args('input') input: In.CorrectPlanTargetValuesInput, @Context('principal') principal: Principal) {
    const outcome = await recordAndWait(this.commands, this.projector, mutations.correctPlanTargetValues(input, principal));
    return this.reads.plan(recordedPlan(outcome, input.planId));
  }

  @Mutation('defineTask')
  @Roles(...WRITERS)
  async defineTask(@Args('input') input: In.DefineTaskInput, @Context('principal') principal: Principal) {
    const outcome = await recordAndWait(this.commands, this.projector, mutations.defineTask(input, principal));
    return this.reads.task(recordedTask(outcome, input.id));
  }

  @Mutation('assignTask')
  @Roles(...WRITERS)
  async assignTask(@Args('input') input: In.AssignTaskInput, @Context('principal') principal: Principal) {
    const outcome = await recordAndWait(this.commands, this.projector, mutations.assignTask(input, principal));
    return this.reads.task(recordedTask(outcome, input.taskId));
  }

  @Mutation('changeDeadline')
  @Roles(...WRITERS)
  async changeDeadline(@Args('input') input: In.ChangeDeadlineInput, @Context('principal') principal: Principal) {
    const outcome = await recordAndWait(this.commands, this.projector, mutations.changeDeadline(input, principal));
    return this.reads.task(recordedTask(outcome, input.taskId));
  }

  @Mutation('reportProgress')
  @Roles(...WRITERS)
  async reportProgress(@Args('input') input: In.ReportProgressInput, @Context('principal') principal: Principal) {
    const outcome = await recordAndWait(this.commands, this.projector, mutations.reportProgress(input, principal));
    return (await this.reports.forTask(recordedTask(outcome, input.taskId))).find((r) => r.id === input.reportId);
  }

  @Mutation('correctProgressReport')
  @Roles(...WRITERS)
  async correctProgressReport(@Args('input') input: In.CorrectProgressReportInput, @Context('principal') principal: Principal) {
    const outcome = await recordAndWait(this.commands, this.projector, mutations.correctProgressReport(input, principal));
    return (await this.reports.forTask(recordedTask(outcome, input.taskId))).find((r) => r.id === input.reportId);
  }

  @Mutation('completeTask')
  @Roles(...WRITERS)
  async completeTask(@Args('input') input: In.CompleteTaskInput, @Context('principal') principal: Principal) {
    const outcome = await recordAndWait(this.commands, this.projector, mutations.completeTask(input, principal));
    return this.reads.task(recordedTask(outcome, input.taskId));
  }

  @Mutation('cancelTask')
  @Roles(...WRITERS)
  async cancelTask(@Args('input') input: In.CancelTaskInput, @Context('principal') principal: Principal) {
    const outcome = await recordAndWait(this.commands, this.projector, mutations.cancelTask(input, principal));
    return this.reads.task(recordedTask(outcome, input.taskId));
  }

  @Mutation('correctDirective')
  @Roles('ADMIN')
  async correctDirective(@Args('input') input: In.CorrectDirectiveInput, @Context('principal') principal: Principal) {
    await recordAndWait(this.commands, this.projector, mutations.correctDirective(input, principal));
    return this.reads.requireDirective(input.directiveId, 'directiveId');
  }

  @Mutation('correctPlan')
  @Roles(...WRITERS)
  async correctPlan(@Args('input') input: In.CorrectPlanInput, @Context('principal') principal: Principal) {
    await recordAndWait(this.commands, this.projector, mutations.correctPlan(input, principal));
    return this.reads.plan(input.planId);
  }

  @Mutation('correctTask')
  @Roles(...WRITERS)
  async correctTask(@Args('input') input: In.CorrectTaskInput, @Context('principal') principal: Principal) {
    await recordAndWait(this.commands, this.projector, mutations.correctTask(input, principal));
    return this.reads.task(input.taskId);
  }
}
