import type { RecordedEvent } from '@monitor/event-store';
import type { BreakdownKey, ProvinceLevel } from '@monitor/read-models';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { READERS, Roles } from '../auth/roles.js';
import { AuditTrailQuery } from '../queries/audit-trail.query.js';
import { LateReportCorrectionsQuery } from '../queries/late-report-corrections.query.js';
import {
  BreakdownQuery,
  CompareProvincesQuery,
  FindDirectiveQuery,
  FindPlanQuery,
  FindTaskQuery,
  ListDirectivesQuery,
  ListProvincesQuery,
} from '../queries/monitoring.queries.js';

@Resolver('Query')
export class QueryResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query('provinces')
  @Roles(...READERS)
  provinces() {
    return this.queries.execute(new ListProvincesQuery());
  }

  @Query('directives')
  @Roles(...READERS)
  directives() {
    return this.queries.execute(new ListDirectivesQuery());
  }

  @Query('directive')
  @Roles(...READERS)
  directive(@Args('id') id: string) {
    return this.queries.execute(new FindDirectiveQuery(id));
  }

  @Query('plan')
  @Roles(...READERS)
  plan(@Args('id') id: string) {
    return this.queries.execute(new FindPlanQuery(id));
  }

  @Query('task')
  @Roles(...READERS)
  task(@Args('id') id: string) {
    return this.queries.execute(new FindTaskQuery(id));
  }

  @Query('compareProvinces')
  @Roles(...READERS)
  async compareProvinces(
    @Args('directive') directive: string,
    @Args('asOf') asOf: Date | null,
    @Args('provinces') provinces: string[] | null,
    @Args('knownAsOf') knownAsOf: Date | null,
    @Args('provinceLevel') provinceLevel: ProvinceLevel,
    @Args('includeSimulated') includeSimulated: boolean,
  ) {
    return this.queries.execute(
      new CompareProvincesQuery(directive, asOf ?? new Date(), provinces ?? null, { knownAsOf: knownAsOf ?? null, provinceLevel, includeSimulated }),
    );
  }

  @Query('implementationBreakdown')
  @Roles(...READERS)
  implementationBreakdown(
    @Args('directive') directive: string,
    @Args('by') by: BreakdownKey,
    @Args('provinces') provinces: string[] | null,
    @Args('asOf') asOf: Date | null,
    @Args('knownAsOf') knownAsOf: Date | null,
    @Args('includeSimulated') includeSimulated: boolean,
  ) {
    return this.queries.execute(new BreakdownQuery(directive, by, provinces ?? null, asOf ?? new Date(), knownAsOf ?? null, includeSimulated));
  }

  @Query('auditTrail')
  @Roles('AUDITOR', 'ADMIN')
  auditTrail(
    @Args('entity') entity: string,
    @Args('from') from: Date | null,
    @Args('to') to: Date | null,
    @Args('timeField') timeField: 'OCCURRED_AT' | 'RECORDED_AT' | null,
    @Args('types') types: string[] | null,
    @Args('actor') actor: string | null,
    @Args('first') first: number | null,
    @Args('after') after: string | null,
  ): Promise<RecordedEvent[]> {
    return this.queries.execute(new AuditTrailQuery(entity, from ?? null, to ?? null, { timeField: timeField ?? 'OCCURRED_AT', types, actor, first, after }));
  }

  @Query('lateReportCorrections')
  @Roles('AUDITOR', 'ADMIN')
  lateReportCorrections(@Args('province') province: string | null, @Args('from') from: Date | null, @Args('to') to: Date | null) {
    return this.queries.execute(new LateReportCorrectionsQuery(province ?? null, from ?? null, to ?? null));
  }
}
