import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { READERS, Roles } from '../auth/roles.js';
import { MonitoringReads } from '../platform/monitoring-reads.js';
import { comparisonOf, type ComparisonAnswer } from '../queries/monitoring.queries.js';
import { LiveFeeds } from './live-feeds.js';

/** The figures a comparisonChanged push is about: its rows (not `asOf`, which moves with the clock). */
const figuresOf = (comparison: ComparisonAnswer) => JSON.stringify(comparison.rows);

/** The contract's Subscription type, served over graphql-ws at /graphql. */
@Resolver('Subscription')
export class SubscriptionResolver {
  constructor(
    private readonly feeds: LiveFeeds,
    private readonly reads: MonitoringReads,
  ) {}

  /**
   * The live form of auditTrail, so the same roles: each entry names who recorded it (token
   * subjects) and carries the event's data, which is audit information, not an analyst's figure.
   */
  @Subscription('eventRecorded', { resolve: (event: unknown) => event })
  @Roles('AUDITOR', 'ADMIN')
  eventRecorded(@Args('province') province: string | null) {
    const provinceId = province ? this.reads.requireProvince(province).id : null;
    return this.feeds.events(provinceId);
  }

  @Subscription('comparisonChanged', { resolve: (comparison: unknown) => comparison })
  @Roles(...READERS)
  comparisonChanged(@Args('directive') typed: string) {
    const directive = this.reads.requireDirective(typed);
    const compute = async () => comparisonOf(this.reads, directive.id, new Date(), null);
    return this.feeds.comparisons(directive, compute, figuresOf);
  }
}
