import { CommandRunner, type CommandOutcome } from '@monitor/application';
import { correctPlanTargetValues, parsePartialDate, reportPlanTargetValues } from '@monitor/domain';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Principal } from '../auth/principal.js';
import type { CorrectPlanTargetValuesInput, IssuePlanInput, RegisterDirectiveInput, ReportPlanTargetValuesInput } from '../graphql/inputs.js';
import { contextFor, toTargets } from './command-context.js';

/** A mutation's input and the principal who sent it: all a handler here needs. */
abstract class InputCommand<Input> extends Command<CommandOutcome> {
  constructor(
    readonly input: Input,
    readonly principal: Principal,
  ) {
    super();
  }
}

export class RegisterDirectiveCommand extends InputCommand<RegisterDirectiveInput> {}

@CommandHandler(RegisterDirectiveCommand)
export class RegisterDirectiveHandler implements ICommandHandler<RegisterDirectiveCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ input, principal }: RegisterDirectiveCommand): Promise<CommandOutcome> {
    const issuedOn = parsePartialDate(input.issuedOn, 'issuedOn');
    return this.runner.run(
      {
        type: 'RegisterDirective',
        directiveId: input.id,
        kind: input.kind,
        title: input.title,
        issuer: input.issuer,
        issuedOn,
        implements: input.implements ?? [],
        provinceId: input.province ?? null,
      },
      contextFor(principal, input.signedBy, { partial: issuedOn }),
    );
  }
}

export class IssuePlanCommand extends InputCommand<IssuePlanInput> {}

@CommandHandler(IssuePlanCommand)
export class IssuePlanHandler implements ICommandHandler<IssuePlanCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ input, principal }: IssuePlanCommand): Promise<CommandOutcome> {
    const issuedOn = parsePartialDate(input.issuedOn, 'issuedOn');
    return this.runner.run(
      {
        type: 'IssuePlan',
        planId: input.id,
        provinceId: input.province,
        number: input.number ?? null,
        title: input.title,
        issuerUnitId: input.issuerUnitId,
        issuedOn,
        implements: input.implements ?? [],
        cites: input.cites ?? [],
        statesNoBasis: input.statesNoBasis ?? false,
        parentPlanId: input.parentPlanId ?? null,
        reportingDuties: (input.reportingDuties ?? []).map((d) => ({
          ...d,
          recipientUnitId: d.recipientUnitId ?? null,
          dueMonth: d.dueMonth ?? null,
          dueDay: d.dueDay ?? null,
          dataWindow: d.dataWindow ?? 'CALENDAR',
        })),
        targets: toTargets(input.targets),
        budget: input.budget ? { ...input.budget, parts: input.budget.parts ?? [] } : null,
      },
      contextFor(principal, input.signedBy, { partial: issuedOn }),
    );
  }
}

export class ReportPlanTargetValuesCommand extends InputCommand<ReportPlanTargetValuesInput> {}

@CommandHandler(ReportPlanTargetValuesCommand)
export class ReportPlanTargetValuesHandler implements ICommandHandler<ReportPlanTargetValuesCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ input, principal }: ReportPlanTargetValuesCommand): Promise<CommandOutcome> {
    return this.runner.run(reportPlanTargetValues(input), contextFor(principal, input.reportedBy, { instant: input.occurredAt }));
  }
}

export class CorrectPlanTargetValuesCommand extends InputCommand<CorrectPlanTargetValuesInput> {}

@CommandHandler(CorrectPlanTargetValuesCommand)
export class CorrectPlanTargetValuesHandler implements ICommandHandler<CorrectPlanTargetValuesCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ input, principal }: CorrectPlanTargetValuesCommand): Promise<CommandOutcome> {
    return this.runner.run(correctPlanTargetValues(input), contextFor(principal, input.correctedBy, { instant: input.occurredAt }));
  }
}
