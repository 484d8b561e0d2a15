import { foldId } from '@monitor/domain';
import { asKnownBy, breakdown, compareProvinces, directivePlansByProvince, findDirective, type BreakdownKey, type BreakdownRow, type DirectiveComparisonResult, type ProvinceLevel, type DirectiveView, type PlanView, type OrgUnitView, type ProvinceView, type TaskView } from '@monitor/read-models';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { MonitoringViews } from '../platform/monitoring-views.js';

export class ListProvincesQuery extends Query<ProvinceView[]> {}
export class ListDirectivesQuery extends Query<DirectiveView[]> {}
export class FindDirectiveQuery extends Query<DirectiveView | null> {
  constructor(readonly id: string) {
    super();
  }
}
export class FindPlanQuery extends Query<PlanView | null> {
  constructor(readonly id: string) {
    super();
  }
}
export class FindTaskQuery extends Query<TaskView | null> {
  constructor(readonly id: string) {
    super();
  }
}
export interface ComparisonOptions {
  /** Only events recorded by then (what the platform showed); null: everything recorded. */
  readonly knownAsOf: Date | null;
  readonly provinceLevel: ProvinceLevel;
  readonly includeSimulated: boolean;
}

export class CompareProvincesQuery extends Query<ComparisonAnswer> {
  constructor(
    readonly directive: string,
    readonly asOf: Date,
    readonly provinces: readonly string[] | null,
    readonly options: ComparisonOptions = { knownAsOf: null, provinceLevel: 'HISTORICAL', includeSimulated: false },
  ) {
    super();
  }
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

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'vi');

@QueryHandler(ListProvincesQuery)
export class ListProvincesHandler implements IQueryHandler<ListProvincesQuery> {
  constructor(private readonly views: MonitoringViews) {}
  async execute() {
    return [...this.views.state.provinces.values()].sort(byName);
  }
}

@QueryHandler(ListDirectivesQuery)
export class ListDirectivesHandler implements IQueryHandler<ListDirectivesQuery> {
  constructor(private readonly views: MonitoringViews) {}
  async execute() {
    return [...this.views.state.directives.values()].sort((a, b) => a.issuedOn.value.localeCompare(b.issuedOn.value));
  }
}

@QueryHandler(FindDirectiveQuery)
export class FindDirectiveHandler implements IQueryHandler<FindDirectiveQuery> {
  constructor(private readonly views: MonitoringViews) {}
  async execute({ id }: FindDirectiveQuery) {
    return findDirective(this.views.state, id, 'id') ?? null;
  }
}

@QueryHandler(FindPlanQuery)
export class FindPlanHandler implements IQueryHandler<FindPlanQuery> {
  constructor(private readonly views: MonitoringViews) {}
  async execute({ id }: FindPlanQuery) {
    return this.views.state.plans.get(id) ?? this.views.state.plans.get(foldId(id)) ?? null;
  }
}

@QueryHandler(FindTaskQuery)
export class FindTaskHandler implements IQueryHandler<FindTaskQuery> {
  constructor(private readonly views: MonitoringViews) {}
  async execute({ id }: FindTaskQuery) {
    return this.views.state.tasks.get(id) ?? this.views.state.tasks.get(foldId(id)) ?? null;
  }
}

@QueryHandler(CompareProvincesQuery)
export class CompareProvincesHandler implements IQueryHandler<CompareProvincesQuery> {
  constructor(private readonly views: MonitoringViews) {}
  async execute({ directive, asOf, provinces, options }: CompareProvincesQuery): Promise<ComparisonAnswer> {
    // Simulated events live only in the full views: leaving them out is choosing the other views.
    const state = options.includeSimulated ? this.views.state : this.views.state.withoutSimulated!;
    const provinceIds = provinces?.map((p, i) => this.views.requireProvince(p, `provinces[${i}]`, state).id);
    const comparison = compareProvinces(state, {
      directive: this.views.requireDirective(directive, 'directive', state),
      asOf: asOf.toISOString(),
      knownAsOf: options.knownAsOf?.toISOString() ?? null,
      provinceIds,
      provinceLevel: options.provinceLevel,
    });
    const province = (id: string) => state.provinces.get(id)!;
    const knownMs = options.knownAsOf?.getTime() ?? null;
    // With knownAsOf, the directive and the plans are shown as they were then, as their figures are.
    const plansShown = (planIds: readonly string[]) => (knownMs === null ? {} : { plans: planIds.map((id) => asKnownBy(state.plans.get(id)!, knownMs)) });
    const directiveView = state.directives.get(comparison.directiveId)!;
    // Fields filled here rather than by field resolvers: a national comparison has many rows, and
    // each field resolver costs more than the figure it returns.
    return {
      ...comparison,
      directive: knownMs === null ? directiveView : asKnownBy(directiveView, knownMs),
      includesSimulated: options.includeSimulated,
      provincesWithoutPlan: comparison.coverage.provinceIdsWithoutPlan.map(province),
      coverageRate: comparison.coverage.rate,
      coverageDenominator: comparison.coverage.denominator,
      rows: comparison.rows.map((row) => ({ ...row, province: province(row.provinceId), memberProvinces: row.memberProvinceIds.map(province), ...plansShown(row.planIds) })),
    };
  }
}

export class BreakdownQuery extends Query<BreakdownAnswer[]> {
  constructor(
    readonly directive: string,
    readonly by: BreakdownKey,
    readonly provinces: readonly string[] | null,
    readonly asOf: Date,
    readonly knownAsOf: Date | null,
    readonly includeSimulated: boolean,
  ) {
    super();
  }
}

export type BreakdownAnswer = BreakdownRow & { province: ProvinceView; plan: PlanView | null; unit: OrgUnitView | null };

@QueryHandler(BreakdownQuery)
export class BreakdownHandler implements IQueryHandler<BreakdownQuery> {
  constructor(private readonly views: MonitoringViews) {}
  async execute(query: BreakdownQuery): Promise<BreakdownAnswer[]> {
    const state = query.includeSimulated ? this.views.state : this.views.state.withoutSimulated!;
    const directive = this.views.requireDirective(query.directive, 'directive', state);
    const provinceIds = query.provinces
      ? query.provinces.map((p, i) => this.views.requireProvince(p, `provinces[${i}]`, state).id)
      : [...directivePlansByProvince(state, directive).keys()];
    const rows = breakdown(state, { directive, by: query.by, asOf: query.asOf.toISOString(), knownAsOf: query.knownAsOf?.toISOString() ?? null, provinceIds });
    return rows.map((row) => ({
      ...row,
      province: state.provinces.get(row.provinceId)!,
      plan: query.by === 'PLAN' ? (state.plans.get(row.key) ?? null) : null,
      unit: query.by === 'PLAN' ? null : (state.units.get(row.key) ?? null),
    }));
  }
}

export const monitoringQueryHandlers = [
  BreakdownHandler,
  ListProvincesHandler,
  ListDirectivesHandler,
  FindDirectiveHandler,
  FindPlanHandler,
  FindTaskHandler,
  CompareProvincesHandler,
];
