import { vietnamDayNumber, type Actor } from '@monitor/domain';
import { unitNameOn, type OrgUnitView } from '@monitor/read-models';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MonitoringReads } from '../../platform/monitoring-reads.js';

/** Units and how they changed (renames, mergers, splits, dissolutions). */
@Resolver('OrgUnit')
export class OrgUnitResolver {
  constructor(private readonly reads: MonitoringReads) {}
  @ResolveField('province') province(@Parent() unit: OrgUnitView) {
    return unit.provinceId ? this.reads.province(unit.provinceId) : null;
  }
  @ResolveField('name') name(@Parent() unit: OrgUnitView) {
    return unitNameOn(unit, vietnamDayNumber(new Date()));
  }
  @ResolveField('names') names(@Parent() unit: OrgUnitView) {
    return unit.names.map((n) => ({ name: n.name, from: n.effectiveOn, legalBasis: n.legalBasis }));
  }
  @ResolveField('end') end(@Parent() unit: OrgUnitView) {
    return unit.end?.kind ?? null;
  }
  @ResolveField('endedOn') endedOn(@Parent() unit: OrgUnitView) {
    return unit.end?.effectiveOn ?? null;
  }
  @ResolveField('dissolvedOn') dissolvedOn(@Parent() unit: OrgUnitView) {
    return unit.end?.kind === 'DISSOLVED' ? unit.end.effectiveOn : null;
  }
  @ResolveField('endLegalBasis') endLegalBasis(@Parent() unit: OrgUnitView) {
    return unit.end?.legalBasis ?? null;
  }
  @ResolveField('successor') successor(@Parent() unit: OrgUnitView) {
    return unit.end?.kind === 'MERGED' ? (this.reads.unit(unit.end.successorIds[0]) ?? null) : null;
  }
  @ResolveField('successors') successors(@Parent() unit: OrgUnitView) {
    return this.reads.units(unit.end?.successorIds ?? []);
  }
  @ResolveField('predecessors') predecessors(@Parent() unit: OrgUnitView) {
    return this.reads.units(unit.predecessorIds);
  }
  @ResolveField('awaitingReassignment') awaitingReassignment(@Parent() unit: OrgUnitView) {
    return unit.end?.kind === 'SPLIT';
  }
}

/** The units that carry these units' duties on a day (each itself, or the unit it merged into); none for one split or dissolved. */
export const unitsOn = (reads: MonitoringReads, unitIds: readonly string[], asOf: Date | null) => {
  const day = vietnamDayNumber(asOf ?? new Date());
  const current = unitIds.map((id) => reads.unitOn(id, day)).filter((id): id is string => id !== null);
  return reads.units([...new Set(current)]);
};

@Resolver('Actor')
export class ActorResolver {
  constructor(private readonly reads: MonitoringReads) {}
  @ResolveField('unit') unit(@Parent() actor: Actor) {
    return actor.unitId ? (this.reads.unit(actor.unitId) ?? null) : null;
  }
}

@Resolver('ReportingDuty')
export class ReportingDutyResolver {
  constructor(private readonly reads: MonitoringReads) {}
  @ResolveField('reporters') reporters(@Parent() duty: { reporterUnitIds: string[] }) {
    return this.reads.units(duty.reporterUnitIds);
  }
  @ResolveField('currentReporters') currentReporters(@Parent() duty: { reporterUnitIds: string[] }, @Args('asOf') asOf: Date | null) {
    return unitsOn(this.reads, duty.reporterUnitIds, asOf);
  }
  @ResolveField('currentRecipient') currentRecipient(@Parent() duty: { recipientUnitId: string | null }, @Args('asOf') asOf: Date | null) {
    return duty.recipientUnitId ? (unitsOn(this.reads, [duty.recipientUnitId], asOf)[0] ?? null) : null;
  }
}
