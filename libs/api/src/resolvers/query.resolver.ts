import type { RecordedEvent } from '@monitor/event-store';
import type { BreakdownKey, ProvinceLevel } from '@monitor/read-models';
import { invalidInput, notFound } from '@monitor/domain';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { READERS, Roles } from '../auth/roles.js';
import { MonitoringReads } from '../platform/monitoring-reads.js';
import { AuditTrail } from '../queries/audit-trail.query.js';
import { LateReportCorrections } from '../queries/late-report-corrections.query.js';
import { breakdownOf, comparisonOf } from '../queries/monitoring.queries.js';

// Unit names for a page of the audit trail: more is a list to page, not a look-up.
const MAX_UNIT_IDS = 200;

/** Top-level queries read the views through MonitoringReads (why not a query bus: see there), the log through its readers. */
@Resolver('Query')
export class QueryResolver {
  constructor(
    private readonly reads: MonitoringReads,
    private readonly audit: AuditTrail,
    private readonly lateCorrections: LateReportCorrections,
  ) {}

  @Query('provinces')
  @Roles(...READERS)
  provinces() {
    return this.reads.provincesByName();
  }

  @Query('directives')
  @Roles(...READERS)
  directives() {
    return this.reads.directivesByIssueDate();
  }

  @Query('directive')
  @Roles(...READERS)
  directive(@Args('id') id: string) {
    return this.reads.findDirective(id, 'id') ?? null;
  }

  @Query('plan')
  @Roles(...READERS)
  plan(@Args('id') id: string) {
    return this.reads.findPlan(id) ?? null;
  }

  @Query('task')
  @Roles(...READERS)
  task(@Args('id') id: string) {
    return this.reads.findTask(id) ?? null;
  }

  @Query('orgUnit')
  @Roles(...READERS)
  orgUnit(@Args('id') id: string) {
    return this.reads.unit(id) ?? null;
  }

  @Query('orgUnits')
  @Roles(...READERS)
  orgUnits(@Args('province') province: string | null, @Args('ids') ids: string[] | null, @Args('includeEnded') includeEnded: boolean) {
    // One or the other: a province's list, or a look-up by ids.
    if ((province != null) === (ids != null)) throw invalidInput('province', 'give either a province or unit ids, not both or neither');
    if (ids) {
      if (ids.length > MAX_UNIT_IDS) throw invalidInput('ids', `at most ${MAX_UNIT_IDS} unit ids at once, got ${ids.length}`);
      return this.reads.units(ids);
    }
    if (!this.reads.province(province!)) throw notFound('province', `no province ${province}`);
    return this.reads.unitsOfProvince(province!, includeEnded);
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
    return comparisonOf(this.reads, directive, asOf ?? new Date(), provinces ?? null, {
      knownAsOf: knownAsOf ?? null,
      provinceLevel,
      includeSimulated,
    });
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
    return breakdownOf(this.reads, {
      directive,
      by,
      provinces: provinces ?? null,
      asOf: asOf ?? new Date(),
      knownAsOf: knownAsOf ?? null,
      includeSimulated,
    });
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
    return this.audit.find(entity, from ?? null, to ?? null, { timeField: timeField ?? 'OCCURRED_AT', types, actor, first, after });
  }

  @Query('lateReportCorrections')
  @Roles('AUDITOR', 'ADMIN')
  lateReportCorrections(@Args('province') province: string | null, @Args('from') from: Date | null, @Args('to') to: Date | null) {
    return this.lateCorrections.find(province ?? null, from ?? null, to ?? null);
  }
}
