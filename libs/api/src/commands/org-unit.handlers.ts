import { CommandRunner, type CommandOutcome } from '@monitor/application';
import type { OrgUnitCommand } from '@monitor/domain';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Principal } from '../auth/principal.js';
import type * as In from '../graphql/inputs.js';
import { contextFor } from './command-context.js';

/**
 * A unit mutation: the domain commands it asks for, recorded in order (a merger of several units is
 * one fact per unit, each on the merged unit's stream). Dated now: the day a change takes effect is
 * its `effectiveOn`, which may be later than the day it is recorded.
 */
export class OrgUnitMutation extends Command<CommandOutcome> {
  constructor(
    readonly commands: readonly OrgUnitCommand[],
    readonly principal: Principal,
  ) {
    super();
  }

  static register(i: In.RegisterOrgUnitInput, principal: Principal) {
    return new OrgUnitMutation(
      [{ type: 'RegisterOrgUnit', unitId: i.id, name: i.name, kind: i.kind, provinceId: i.province ?? null, parentUnitId: i.parentUnitId ?? null, aliases: i.aliases ?? [] }],
      principal,
    );
  }

  static rename(i: In.RenameOrgUnitInput, principal: Principal) {
    return new OrgUnitMutation([{ type: 'RenameOrgUnit', unitId: i.unitId, name: i.name, effectiveOn: i.effectiveOn, legalBasis: i.legalBasis ?? null }], principal);
  }

  static merge(i: In.MergeOrgUnitsInput, principal: Principal) {
    const { successorUnitId, effectiveOn, legalBasis } = i;
    return new OrgUnitMutation(
      i.unitIds.map((unitId) => ({ type: 'MergeOrgUnit', unitId, successorUnitId, effectiveOn, legalBasis })),
      principal,
    );
  }

  static split(i: In.SplitOrgUnitInput, principal: Principal) {
    return new OrgUnitMutation([{ type: 'SplitOrgUnit', unitId: i.unitId, successorUnitIds: i.successorUnitIds, effectiveOn: i.effectiveOn, legalBasis: i.legalBasis }], principal);
  }

  static dissolve(i: In.DissolveOrgUnitInput, principal: Principal) {
    return new OrgUnitMutation([{ type: 'DissolveOrgUnit', unitId: i.unitId, effectiveOn: i.effectiveOn, legalBasis: i.legalBasis }], principal);
  }
}

@CommandHandler(OrgUnitMutation)
export class OrgUnitMutationHandler implements ICommandHandler<OrgUnitMutation> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ commands, principal }: OrgUnitMutation): Promise<CommandOutcome> {
    if (commands.length === 0) throw new Error('a unit mutation asks for at least one command');
    let outcome: CommandOutcome | undefined;
    for (const command of commands) outcome = await this.runner.run(command, contextFor(principal, null, { instant: null }));
    return outcome!;
  }
}
