import type { CommandOutcome } from '@monitor/application';
import { invalidInput } from '@monitor/domain';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '../auth/principal.js';
import { Roles, WRITERS } from '../auth/roles.js';
import { mutations } from '../commands/mutations.js';
import type { RecordMutation } from '../commands/record-mutation.js';
import type * as In from '../graphql/inputs.js';
import { MonitoringReads } from '../platform/monitoring-reads.js';
import { MonitoringProjector } from '../platform/monitoring-views.js';

// Not a method: Nest's schema-first resolvers would take every method for a schema field.
const record = async (resolver: OrgUnitMutationResolver, mutation: RecordMutation, unitId: string) => {
  const outcome: CommandOutcome = await resolver.commands.execute(mutation);
  await resolver.projector.waitFor(outcome.position);
  return resolver.reads.unit(unitId);
};

/**
 * Units' mutations. Registering and renaming are a province's too, for its own units (the command
 * runner keeps it to them); merging, splitting and dissolving change the reports a province owes,
 * so they are national administrators' only.
 */
@Resolver('Mutation')
export class OrgUnitMutationResolver {
  constructor(
    readonly commands: CommandBus,
    readonly projector: MonitoringProjector,
    readonly reads: MonitoringReads,
  ) {}

  @Mutation('registerOrgUnit')
  @Roles(...WRITERS)
  registerOrgUnit(@Args('input') input: In.RegisterOrgUnitInput, @Context('principal') principal: Principal) {
    return record(this, mutations.registerOrgUnit(input, principal), input.id);
  }

  @Mutation('renameOrgUnit')
  @Roles(...WRITERS)
  renameOrgUnit(@Args('input') input: In.RenameOrgUnitInput, @Context('principal') principal: Principal) {
    return record(this, mutations.renameOrgUnit(input, principal), input.unitId);
  }

  @Mutation('mergeOrgUnits')
  @Roles('ADMIN')
  mergeOrgUnits(@Args('input') input: In.MergeOrgUnitsInput, @Context('principal') principal: Principal) {
    if (input.unitIds.length === 0) throw invalidInput('unitIds', 'name at least one unit that merges');
    return record(this, mutations.mergeOrgUnits(input, principal), input.successorUnitId);
  }

  @Mutation('splitOrgUnit')
  @Roles('ADMIN')
  splitOrgUnit(@Args('input') input: In.SplitOrgUnitInput, @Context('principal') principal: Principal) {
    return record(this, mutations.splitOrgUnit(input, principal), input.unitId);
  }

  @Mutation('dissolveOrgUnit')
  @Roles('ADMIN')
  dissolveOrgUnit(@Args('input') input: In.DissolveOrgUnitInput, @Context('principal') principal: Principal) {
    return record(this, mutations.dissolveOrgUnit(input, principal), input.unitId);
  }
}
