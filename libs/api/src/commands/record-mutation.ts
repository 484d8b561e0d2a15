import { CommandRunner, type CommandOutcome } from '@monitor/application';
import type { PlatformCommand } from '@monitor/domain';
import type { ActorFields } from '@monitor/intake';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Principal } from '../auth/principal.js';
import { contextFor, type Occurrence } from './command-context.js';

/**
 * A mutation as the command bus carries it: the complete domain commands the intake made of its input,
 * recorded in order (a merger of several units is one fact per unit), who sent it, the official it
 * names as having done it and when it happened. Built in mutations.ts, one factory per mutation.
 */
export class RecordMutation extends Command<CommandOutcome> {
  constructor(
    readonly commands: readonly PlatformCommand[],
    readonly principal: Principal,
    readonly actor: ActorFields | null | undefined,
    readonly when: Occurrence,
  ) {
    super();
  }
}

/** The one mutation handler: each command through the one command runner. */
@CommandHandler(RecordMutation)
export class RecordMutationHandler implements ICommandHandler<RecordMutation> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ commands, principal, actor, when }: RecordMutation): Promise<CommandOutcome> {
    if (commands.length === 0) throw new Error('a mutation asks for at least one command');
    let outcome: CommandOutcome | undefined;
    for (const command of commands) outcome = await this.runner.run(command, contextFor(principal, actor, when));
    return outcome!;
  }
}
