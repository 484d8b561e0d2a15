import type { DirectiveView, ProjectedEvent } from '@monitor/read-models';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { MonitoringReads } from '../platform/monitoring-reads.js';
import type { MonitoringProjector } from '../platform/monitoring-views.js';
import { PushIterator } from './push-iterator.js';

/** Changes to one comparison within this window are pushed once, with the figures at its end. */
export const COALESCE_MS = 100;

/**
 * Subscribers pushed to in one turn of the event loop. Each push is executed, serialized and sent
 * for its subscriber (some 75 µs): 1,000 at once held every request for about as long as they took.
 */
export const FAN_OUT_SLICE = 50;

interface Subscriber<T> {
  readonly feed: PushIterator<T>;
  /** The figures this subscriber last received (or those when it joined); null until first computed. */
  lastFigures: string | null;
}

export interface SharedComparisonHooks {
  /** Called for each comparison computed (for the feeds' figures). */
  readonly computed: () => void;
  /** Called once, when the last subscriber has left or the comparison failed: nothing is held any more. */
  readonly closed: () => void;
  readonly failed: (error: unknown) => void;
}

/**
 * One directive's live comparison, shared by all its subscribers: one listener on the projector,
 * one coalescing window, one computation per window, fanned out to every subscriber whose last
 * figures differ. Closed, with its listener and timer released, when the last subscriber leaves.
 */
export class SharedComparison<T> {
  private readonly subscribers = new Set<Subscriber<T>>();
  private readonly touchedPlans = new Set<string>();
  private directiveTouched = false;
  private window: NodeJS.Timeout | null = null;
  /** The window being computed and pushed: the next waits for it, so no subscriber gets older figures after newer ones. */
  private flushing: Promise<void> = Promise.resolve();
  private closed = false;
  /** The figures of the last comparison computed: a subscriber that joins starts from them. */
  private figures: string | null = null;
  private readonly stopListening: () => void;
  private readonly ready: Promise<void>;

  constructor(
    projector: MonitoringProjector,
    private readonly reads: MonitoringReads,
    private readonly directive: DirectiveView,
    private readonly compute: () => Promise<T>,
    private readonly figuresOf: (comparison: T) => string,
    private readonly hooks: SharedComparisonHooks,
  ) {
    this.stopListening = projector.onApplied((events) => {
      for (const event of events) {
        const planId = reads.planOfEvent(event as unknown as ProjectedEvent);
        if (planId) this.touchedPlans.add(planId);
        else if (event.type === 'DirectiveRegistered') this.directiveTouched = true;
      }
      if (this.window || (this.touchedPlans.size === 0 && !this.directiveTouched)) return;
      this.window = setTimeout(() => {
        this.flushing = this.flushing.then(() => this.flush()).catch((error: unknown) => this.fail(error));
      }, COALESCE_MS);
    });
    // Listening before the first figures are taken, so no event falls between the two.
    this.ready = this.computeFigures().then(
      ({ figures }) => {
        for (const subscriber of this.subscribers) subscriber.lastFigures ??= figures;
      },
      (error: unknown) => {
        this.close();
        throw error;
      },
    );
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** A feed of this comparison's changes from now on; nothing is pushed on joining. */
  async join(): Promise<PushIterator<T>> {
    const subscriber: Subscriber<T> = { feed: new PushIterator<T>(() => this.leave(subscriber)), lastFigures: this.figures };
    this.subscribers.add(subscriber);
    try {
      await this.ready;
    } catch (error) {
      await subscriber.feed.return();
      throw error;
    }
    return subscriber.feed;
  }

  private leave(subscriber: Subscriber<T>): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0) this.close();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    if (this.window) clearTimeout(this.window);
    this.window = null;
    this.hooks.closed();
  }

  private async computeFigures(): Promise<{ comparison: T; figures: string }> {
    const comparison = await this.compute();
    this.hooks.computed();
    const figures = this.figuresOf(comparison);
    this.figures = figures;
    return { comparison, figures };
  }

  private concernsDirective(): boolean {
    if (this.directiveTouched) return true;
    const directive = this.reads.directive(this.directive.id) ?? this.directive;
    return this.reads.planIdsOf(directive).some((id) => this.touchedPlans.has(id));
  }

  private async flush(): Promise<void> {
    this.window = null;
    const relevant = this.concernsDirective();
    this.touchedPlans.clear();
    this.directiveTouched = false;
    if (!relevant || this.closed) return;
    await this.ready;
    if (this.closed) return;
    const { comparison, figures } = await this.computeFigures();
    const subscribers = [...this.subscribers];
    for (let i = 0; i < subscribers.length; i++) {
      if (i > 0 && i % FAN_OUT_SLICE === 0) await nextTurn();
      const subscriber = subscribers[i];
      if (subscriber.lastFigures === figures) continue;
      subscriber.lastFigures = figures;
      subscriber.feed.push(comparison);
    }
  }

  private fail(error: unknown): void {
    this.hooks.failed(error);
    const subscribers = [...this.subscribers];
    this.close();
    for (const { feed } of subscribers) feed.fail(new Error('the comparison could not be computed; subscribe again'));
  }
}
