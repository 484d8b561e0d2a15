import { CommandRunner, type CommandOutcome } from '@monitor/application';
import { correctDirective, correctPlan, correctTask, parsePartialDate, type PartialDate, type PlatformCommand } from '@monitor/domain';
import { Injectable } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { Principal } from '../auth/principal.js';
import type { ActorInput, CorrectDirectiveInput, CorrectPlanInput, CorrectTaskInput } from '../graphql/inputs.js';
import { contextFor, toActor } from './command-context.js';

type CorrectionInput = { readonly reason: string; readonly correctedBy?: ActorInput | null; readonly occurredAt?: Date | null };

/** A field a correction leaves out: GraphQL gives undefined when it is not sent, null when sent as null. */
const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
const issuedOn = (value: string | null | undefined): PartialDate | undefined => (value == null ? undefined : parsePartialDate(value, 'issuedOn'));
const signer = (value: ActorInput | null | undefined) => (value ? toActor(value) : undefined);

/** A correction mutation: the domain command it asks for; the corrector is the command's actor. */
abstract class CorrectionMutation<Input extends CorrectionInput> extends Command<CommandOutcome> {
  constructor(
    readonly input: Input,
    readonly principal: Principal,
  ) {
    super();
  }
  abstract toDomain(): PlatformCommand;
}

export class CorrectDirectiveCommand extends CorrectionMutation<CorrectDirectiveInput> {
  toDomain() {
    const i = this.input;
    return correctDirective({
      directiveId: i.directiveId,
      changes: { kind: given(i.kind), title: given(i.title), issuer: given(i.issuer), issuedOn: issuedOn(i.issuedOn), signedBy: signer(i.signedBy) },
      reason: i.reason,
    });
  }
}

export class CorrectPlanCommand extends CorrectionMutation<CorrectPlanInput> {
  toDomain() {
    const i = this.input;
    return correctPlan({
      planId: i.planId,
      changes: {
        // Sent as null, the number is corrected to blank ("Số: /KH-UBND"); left out, it is kept.
        number: i.number,
        title: given(i.title),
        issuedOn: issuedOn(i.issuedOn),
        signedBy: signer(i.signedBy),
        implements: given(i.implements),
        cites: given(i.cites),
      },
      reason: i.reason,
    });
  }
}

export class CorrectTaskCommand extends CorrectionMutation<CorrectTaskInput> {
  toDomain() {
    const i = this.input;
    return correctTask({ taskId: i.taskId, changes: { title: given(i.title), leadUnitIds: given(i.leadUnitIds), coordinatorUnitIds: given(i.coordinatorUnitIds) }, reason: i.reason });
  }
}

/** Every correction handler does the same: map, then run through the one command runner. */
@Injectable()
abstract class CorrectionHandler<M extends CorrectionMutation<CorrectionInput>> {
  constructor(private readonly runner: CommandRunner) {}

  execute(mutation: M): Promise<CommandOutcome> {
    return this.runner.run(mutation.toDomain(), contextFor(mutation.principal, mutation.input.correctedBy, { instant: mutation.input.occurredAt }));
  }
}

@CommandHandler(CorrectDirectiveCommand)
export class CorrectDirectiveHandler extends CorrectionHandler<CorrectDirectiveCommand> {}
@CommandHandler(CorrectPlanCommand)
export class CorrectPlanHandler extends CorrectionHandler<CorrectPlanCommand> {}
@CommandHandler(CorrectTaskCommand)
export class CorrectTaskHandler extends CorrectionHandler<CorrectTaskCommand> {}

export const correctionHandlers = [CorrectDirectiveHandler, CorrectPlanHandler, CorrectTaskHandler];
