import type { RecordedEvent } from '@monitor/event-store';
import type { DirectiveView, ProjectedEvent } from '@monitor/read-models';
import { Injectable, Logger } from '@nestjs/common';
import { MonitoringReads } from '../platform/monitoring-reads.js';
import { MonitoringProjector } from '../platform/monitoring-views.js';
import { PushIterator } from './push-iterator.js';
import { SharedComparison } from './shared-comparison.js';

export { COALESCE_MS } from './shared-comparison.js';

/**
 * Live feeds for GraphQL subscriptions, fed by the read-model projector: it follows the event
 * store's own subscription, so events recorded by any process (another replica, another writer on
 * the same store) reach every process's subscribers, and each arrives after the views applied it.
 */
@Injectable()
export class LiveFeeds {
  private readonly logger = new Logger('Subscriptions');
  /** One shared comparison per directive with subscribers, and none once they all left. */
  private readonly shared = new Map<string, SharedComparison<unknown>>();
  private computed = 0;

  private readonly reads: MonitoringReads;

  constructor(private readonly projector: MonitoringProjector) {
    this.reads = MonitoringReads.of(projector);
  }

  /** Every event recorded from now on, or only those about one province. */
  events(provinceId: string | null): PushIterator<RecordedEvent> {
    const feed = new PushIterator<RecordedEvent>(() => stop());
    const stop = this.projector.onApplied((events) => {
      for (const event of events) {
        if (provinceId === null || this.reads.provinceOfEvent(event as unknown as ProjectedEvent) === provinceId) feed.push(event);
      }
    });
    return feed;
  }

  /**
   * A directive's comparison, pushed again when an event about one of its plans (or a directive)
   * changed its figures. Subscribers of one directive share the work (see SharedComparison): a burst
   * is coalesced into one COALESCE_MS window, at whose end the comparison is computed once and
   * pushed to each subscriber whose last figures differ (first: those when it joined). `compute` and
   * `figuresOf` must depend on the directive alone: the first subscriber's serve all of them.
   */
  comparisons<T>(directive: DirectiveView, compute: () => Promise<T>, figuresOf: (comparison: T) => string): Promise<PushIterator<T>> {
    // Every subscriber of a directive passes the same kind of comparison, so the one found is a SharedComparison<T>.
    let shared = this.shared.get(directive.id) as SharedComparison<T> | undefined;
    if (!shared) {
      const created: SharedComparison<T> = new SharedComparison(this.projector, this.reads, directive, compute, figuresOf, {
        computed: () => this.computed++,
        closed: () => {
          if (this.shared.get(directive.id) === created) this.shared.delete(directive.id);
        },
        failed: (error) =>
          this.logger.error({
            message: 'a comparison for subscriptions could not be computed',
            directive: directive.id,
            error: String(error),
          }),
      });
      shared = created;
      this.shared.set(directive.id, shared as unknown as SharedComparison<unknown>);
    }
    return shared.join();
  }

  /** What the comparisons hold now, and how many were computed since start (for tests and operators). */
  get stats(): { directives: number; comparisonSubscribers: number; comparisonsComputed: number } {
    let comparisonSubscribers = 0;
    for (const shared of this.shared.values()) comparisonSubscribers += shared.subscriberCount;
    return { directives: this.shared.size, comparisonSubscribers, comparisonsComputed: this.computed };
  }
}
