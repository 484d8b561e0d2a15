import type { PlanView, ProvinceImplementationRow, ProvinceView } from '@monitor/read-models';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MonitoringReads } from '../../platform/monitoring-reads.js';

/** Province lineage, from the ProvincesMerged events (the 2025 mergers are seeded). */
@Resolver('Province')
export class ProvinceResolver {
  constructor(private readonly reads: MonitoringReads) {}
  @ResolveField('mergedOn') mergedOn(@Parent() province: ProvinceView) {
    return province.merger?.effectiveOn ?? null;
  }
  @ResolveField('mergerLegalBasis') mergerLegalBasis(@Parent() province: ProvinceView) {
    return province.merger?.legalBasis ?? null;
  }
  @ResolveField('successor') successor(@Parent() province: ProvinceView) {
    return province.merger ? (this.reads.province(province.merger.successorId) ?? null) : null;
  }
  @ResolveField('predecessors') predecessors(@Parent() province: ProvinceView) {
    return this.reads.provinces(province.predecessorIds);
  }
}

@Resolver('ProvinceImplementation')
export class ProvinceImplementationResolver {
  constructor(private readonly reads: MonitoringReads) {}
  /** As the comparison shows them: with knownAsOf, as they were then (the query filled them in). */
  @ResolveField('plans') plans(@Parent() row: ProvinceImplementationRow & { readonly plans?: readonly PlanView[] }) {
    return row.plans ?? this.reads.plans(row.planIds);
  }
}
