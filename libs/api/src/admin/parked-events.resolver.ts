import type { ParkedEvent, ReplayReport } from '@monitor/application';
import { invalidInput } from '@monitor/domain';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Args, Mutation, Query as GqlQuery, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.js';
import { MonitoringProjector } from '../platform/monitoring-views.js';

/** A parked event as GraphQL shows it: the position as a decimal string, as AuditEntry's. */
const shown = (parked: ParkedEvent) => ({ ...parked, position: parked.position.toString() });

const parsePositions = (positions: readonly string[]): bigint[] =>
  positions.map((typed, index) => {
    if (!/^\d+$/.test(typed.trim()))
      throw invalidInput(`positions[${index}]`, `"${typed}" is not a position: give it as parkedEvents lists it`);
    return BigInt(typed.trim());
  });

export class ReplayParkedEventsCommand extends Command<ReplayReport> {
  constructor(readonly positions: readonly bigint[] | null) {
    super();
  }
}

@CommandHandler(ReplayParkedEventsCommand)
export class ReplayParkedEventsHandler implements ICommandHandler<ReplayParkedEventsCommand> {
  constructor(private readonly projector: MonitoringProjector) {}
  execute({ positions }: ReplayParkedEventsCommand) {
    return this.projector.replayParked(positions ?? undefined);
  }
}

/**
 * Operators' view of the events the read models could not apply (read from the projector, as reads
 * are: no query bus), and their replay, a command: ADMIN only.
 */
@Resolver()
export class ParkedEventsResolver {
  constructor(
    private readonly projector: MonitoringProjector,
    private readonly commands: CommandBus,
  ) {}

  @GqlQuery('parkedEvents')
  @Roles('ADMIN')
  async parkedEvents() {
    return this.projector.parked.map(shown);
  }

  @Mutation('replayParkedEvents')
  @Roles('ADMIN')
  async replayParkedEvents(@Args('positions') positions: string[] | null) {
    const report = await this.commands.execute(new ReplayParkedEventsCommand(positions ? parsePositions(positions) : null));
    return {
      replayed: report.replayed.map(shown),
      failedAgain: report.failedAgain.map(shown),
      refused: report.refused.map(({ event, reason }) => ({ event: shown(event), reason })),
    };
  }
}

export const parkedEventsProviders = [ReplayParkedEventsHandler, ParkedEventsResolver];
