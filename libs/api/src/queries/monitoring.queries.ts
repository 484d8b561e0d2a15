import {
  asKnownBy,
  type BreakdownKey,
  type BreakdownRow,
  type DirectiveComparisonResult,
  type OrgUnitView,
  type PlanView,
  type ProvinceLevel,
  type DirectiveView,
  type ProvinceView,
} from '@monitor/read-models';
import type { MonitoringReads } from '../platform/monitoring-reads.js';

export interface ComparisonOptions {
  /** Only events recorded by then (what the platform showed); null: everything recorded. */
  readonly knownAsOf: Date | null;
  readonly provinceLevel: ProvinceLevel;
  readonly includeSimulated: boolean;
}

export type ComparisonAnswer = DirectiveComparisonResult & {
  directive: DirectiveView;
  includesSimulated: boolean;
  provincesWithoutPlan: ProvinceView[];
  coverageRate: number | null;
  coverageDenominator: DirectiveComparisonResult['coverage']['denominator'];
  /** With knownAsOf, each row's plans as the platform showed them then (a correction recorded later undone). */
  rows: (DirectiveComparisonResult['rows'][number] & { province: ProvinceView; memberProvinces: ProvinceView[]; plans?: PlanView[] })[];
};

/** The provinces' implementation of a directive compared, with the entities GraphQL shows beside the figures. */
export const comparisonOf = (
  reads: MonitoringReads,
  typedDirective: string,
  asOf: Date,
  provinces: readonly string[] | null,
  options: ComparisonOptions = { knownAsOf: null, provinceLevel: 'HISTORICAL', includeSimulated: false },
): ComparisonAnswer => {
  const scoped = reads.includingSimulated(options.includeSimulated);
  const provinceIds = provinces?.map((p, i) => scoped.requireProvince(p, `provinces[${i}]`).id);
  const comparison = scoped.compareProvinces({
    directive: scoped.requireDirective(typedDirective, 'directive'),
    asOf: asOf.toISOString(),
    knownAsOf: options.knownAsOf?.toISOString() ?? null,
    provinceIds,
    provinceLevel: options.provinceLevel,
  });
  const province = (id: string) => scoped.province(id)!;
  const knownMs = options.knownAsOf?.getTime() ?? null;
  // With knownAsOf, the directive and the plans are shown as they were then, as their figures are.
  const plansShown = (planIds: readonly string[]) =>
    knownMs === null ? {} : { plans: planIds.map((id) => asKnownBy(scoped.plan(id)!, knownMs)) };
  const directiveView = scoped.directive(comparison.directiveId)!;
  // Fields filled here rather than by field resolvers: a national comparison has many rows, and
  // each field resolver costs more than the figure it returns.
  return {
    ...comparison,
    directive: knownMs === null ? directiveView : asKnownBy(directiveView, knownMs),
    includesSimulated: options.includeSimulated,
    provincesWithoutPlan: comparison.coverage.provinceIdsWithoutPlan.map(province),
    coverageRate: comparison.coverage.rate,
    coverageDenominator: comparison.coverage.denominator,
    rows: comparison.rows.map((row) => ({
      ...row,
      province: province(row.provinceId),
      memberProvinces: row.memberProvinceIds.map(province),
      ...plansShown(row.planIds),
    })),
  };
};

export interface BreakdownRequest {
  readonly directive: string;
  readonly by: BreakdownKey;
  readonly provinces: readonly string[] | null;
  readonly asOf: Date;
  readonly knownAsOf: Date | null;
  readonly includeSimulated: boolean;
}

export type BreakdownAnswer = BreakdownRow & { province: ProvinceView; plan: PlanView | null; unit: OrgUnitView | null };

/** A directive's implementation broken down by plan or by unit, in each province asked for (all with a plan by default). */
export const breakdownOf = (reads: MonitoringReads, request: BreakdownRequest): BreakdownAnswer[] => {
  const scoped = reads.includingSimulated(request.includeSimulated);
  const directive = scoped.requireDirective(request.directive, 'directive');
  const provinceIds = request.provinces
    ? request.provinces.map((p, i) => scoped.requireProvince(p, `provinces[${i}]`).id)
    : [...scoped.plansByProvince(directive).keys()];
  const rows = scoped.breakdown({
    directive,
    by: request.by,
    asOf: request.asOf.toISOString(),
    knownAsOf: request.knownAsOf?.toISOString() ?? null,
    provinceIds,
  });
  return rows.map((row) => ({
    ...row,
    province: scoped.province(row.provinceId)!,
    plan: request.by === 'PLAN' ? (scoped.plan(row.key) ?? null) : null,
    unit: request.by === 'PLAN' ? null : (scoped.unit(row.key) ?? null),
  }));
};
