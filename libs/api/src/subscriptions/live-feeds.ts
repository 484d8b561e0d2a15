import type { RecordedEvent } from '@monitor/event-store';
import { planOfEvent, plansForDirective, provinceOfEvent, type DirectiveView, type ProjectedEvent } from '@monitor/read-models';
import { Injectable, Logger } from '@nestjs/common';
import { MonitoringProjector } from '../platform/monitoring-views.js';
import { PushIterator } from './push-iterator.js';

/** Changes to one comparison within this window are pushed once, with the figures at its end. */
export const COALESCE_MS = 100;

/**
 * Live feeds for GraphQL subscriptions, fed by the read-model projector: it follows the event
 * store's own subscription, so events recorded by any process (another replica, another writer on
 * the same store) reach every process's subscribers, and each arrives after the views applied it.
 */
@Injectable()
export class LiveFeeds {
  private readonly logger = new Logger('Subscriptions');

  constructor(private readonly projector: MonitoringProjector) {}

  /** Every event recorded from now on, or only those about one province. */
  events(provinceId: string | null): PushIterator<RecordedEvent> {
    const feed = new PushIterator<RecordedEvent>(() => stop());
    const stop = this.projector.onApplied((events) => {
      for (const event of events) {
        if (provinceId === null || provinceOfEvent(this.projector.state, event as unknown as ProjectedEvent) === provinceId) feed.push(event);
      }
    });
    return feed;
  }

  /**
   * A comparison, pushed again when an event about one of the directive's plans (or a directive)
   * changed its figures. A burst is coalesced: the first relevant event opens a COALESCE_MS window,
   * and the comparison is computed once at its end; it is pushed only if its figures differ from
   * the last ones pushed (or, first, from those when the subscription started).
   */
  async comparisons<T>(directive: DirectiveView, compute: () => Promise<T>, figuresOf: (comparison: T) => string): Promise<PushIterator<T>> {
    let lastFigures: string | null = null;
    const touchedPlans = new Set<string>();
    let directiveTouched = false;
    let window: NodeJS.Timeout | null = null;

    const concernsDirective = () => directiveTouched || plansForDirective(this.projector.state, this.projector.state.directives.get(directive.id) ?? directive).some((id) => touchedPlans.has(id));
    const flush = async () => {
      window = null;
      const relevant = concernsDirective();
      touchedPlans.clear();
      directiveTouched = false;
      if (!relevant || feed.isClosed) return;
      const comparison = await compute();
      const figures = figuresOf(comparison);
      if (figures === lastFigures) return;
      lastFigures = figures;
      feed.push(comparison);
    };
    const feed = new PushIterator<T>(() => {
      stop();
      if (window) clearTimeout(window);
    });
    const stop = this.projector.onApplied((events) => {
      for (const event of events) {
        const planId = planOfEvent(this.projector.state, event as unknown as ProjectedEvent);
        if (planId) touchedPlans.add(planId);
        else if (event.type === 'DirectiveRegistered') directiveTouched = true;
      }
      if (window || (touchedPlans.size === 0 && !directiveTouched)) return;
      window = setTimeout(() => {
        flush().catch((error: unknown) => {
          this.logger.error({ message: 'a comparison for a subscription could not be computed', directive: directive.id, error: String(error) });
          feed.fail(new Error('the comparison could not be computed; subscribe again'));
        });
      }, COALESCE_MS);
    });
    // Registered before the first figures are taken, so no event falls between the two.
    lastFigures = figuresOf(await compute());
    return feed;
  }
}
