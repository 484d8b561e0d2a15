import { invalidInput } from '@monitor/domain';
import { START, type EventStore, type Position, type RecordedEvent } from '@monitor/event-store';
import { outOfOrderReason, parkedEvent, type ParkedEvent, type ReplayReport } from './parked-events.js';
import type { Projection, SnapshotStore } from './projection.js';

// Measured over the 1.45 M-event national history with SQLite's read-ahead worker: 2,048 per batch
// rebuilds at 344,000–355,000 events/s, 1,000 at 258,000–283,000 (more round trips to the worker),
// 4,096 at 334,000–339,000 (more garbage alive at once).
const CATCH_UP_BATCH = 2048;

export interface ProjectorOptions {
  /** Save a snapshot once no event has arrived for this long (ms); 0 saves only on stop. */
  readonly snapshotWhenIdleMs?: number;
  readonly onError?: (event: RecordedEvent, error: unknown) => void;
  /** The clock that stamps parked events; tests pass their own. */
  readonly now?: () => Date;
}

/** Told the events the projection has just handled (applied or parked), in global order. */
export type AppliedListener = (events: readonly RecordedEvent[]) => void;

const byPosition = (a: { position: Position }, b: { position: Position }) =>
  a.position < b.position ? -1 : a.position > b.position ? 1 : 0;

/**
 * Keeps one projection current from the store's global order: starts from its snapshot's checkpoint
 * (or from the beginning), catches up, then follows live events. An event at or before the
 * checkpoint is never applied twice. An event the projection cannot apply is parked with its reason
 * (kept in the snapshot, beside the checkpoint it is part of) and the projection goes on; an
 * operator lists parked events and replays them once the cause is fixed.
 */
export class CheckpointedProjector<State> {
  state: State;
  private checkpointPosition: Position = START;
  private readonly abort = new AbortController();
  private loop: Promise<void> | null = null;
  private waiters: { position: Position; resolve: () => void }[] = [];
  private dirty = false;
  private lastEventAt = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private parkedEvents = new Map<Position, ParkedEvent>();
  private readonly appliedListeners = new Set<AppliedListener>();
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly projection: Projection<State>,
    private readonly snapshots: SnapshotStore,
    private readonly options: ProjectorOptions = {},
  ) {
    this.state = projection.initialState();
  }

  get checkpoint(): Position {
    return this.checkpointPosition;
  }

  /** Parked events, oldest first. */
  get parked(): ParkedEvent[] {
    return [...this.parkedEvents.values()].sort(byPosition);
  }

  /** How many listeners follow the applied events (subscriptions clean up after themselves). */
  get appliedListenerCount(): number {
    return this.appliedListeners.size;
  }

  /**
   * Calls `listener` after each batch of events has been handled, so what it reads from `state`
   * includes them. Returns the function that removes it.
   */
  onApplied(listener: AppliedListener): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
  }

  /** Restores the snapshot (if it is of this projection's version) and starts following the store. */
  async start(): Promise<void> {
    const snapshot = await this.snapshots.load<State>(this.projection.name);
    if (snapshot && snapshot.version === this.projection.version) {
      this.state = snapshot.state;
      this.checkpointPosition = BigInt(snapshot.checkpoint);
      this.parkedEvents = new Map((snapshot.parked ?? []).map((p) => [p.position, p]));
    }
    this.loop = this.follow();
    const idleMs = this.options.snapshotWhenIdleMs ?? 0;
    if (idleMs > 0) {
      this.idleTimer = setInterval(
        () => {
          if (this.dirty && Date.now() - this.lastEventAt >= idleMs) void this.saveSnapshot();
        },
        Math.min(idleMs, 1000),
      );
      this.idleTimer.unref();
    }
  }

  /**
   * Resolves once every event recorded before this call has been applied. Folding a whole store from
   * a remote one (a new replica on KurrentDB) takes longer than a request may wait: give it a budget.
   */
  async catchUp(timeoutMs?: number): Promise<void> {
    await this.waitFor(await this.store.headPosition(), timeoutMs);
  }

  /** Resolves once the event at `position` (or a later one) has been applied. */
  waitFor(position: Position, timeoutMs = 10_000): Promise<void> {
    if (this.checkpointPosition >= position) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`projection ${this.projection.name} did not reach ${position} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({ position, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** Saves state, checkpoint and parked events together, as they are at this call. */
  saveSnapshot(): Promise<void> {
    this.dirty = false;
    const snapshot = {
      version: this.projection.version,
      checkpoint: this.checkpointPosition.toString(),
      state: this.state,
      parked: this.parked,
    };
    const saved = this.snapshots.save(this.projection.name, snapshot);
    this.saving = Promise.allSettled([this.saving, saved]).then(() => undefined);
    return saved;
  }

  async stop(): Promise<void> {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.abort.abort();
    await this.loop;
    if (this.dirty) await this.saveSnapshot();
    await this.saving;
  }

  /**
   * Applies parked events again, oldest first, on top of the current state: those that apply leave
   * the list; those that fail again stay with the new reason; those whose stream has moved on (see
   * outOfOrderReason) are refused and stay as they were. All parked events when `positions` is
   * omitted. The result is saved at once, so a restart does not replay them a second time.
   */
  async replayParked(positions?: readonly Position[]): Promise<ReplayReport> {
    const selected = positions ? this.selectParked(positions) : this.parked;
    const report: ReplayReport = { replayed: [], failedAgain: [], refused: [] };
    for (const chosen of selected.sort(byPosition)) {
      const streamEvents = await this.store.readStream(chosen.stream);
      // Read again after the await: a replay running beside this one may have applied it meanwhile.
      const parked = this.parkedEvents.get(chosen.position);
      if (!parked) continue;
      const event = streamEvents.find((e) => e.position === parked.position);
      if (!event) {
        report.refused.push({ event: parked, reason: `event ${parked.eventId} is no longer in ${parked.stream}` });
        continue;
      }
      const refusal = outOfOrderReason(parked, streamEvents, new Set(this.parkedEvents.keys()), this.checkpointPosition);
      if (refusal) {
        report.refused.push({ event: parked, reason: refusal });
        continue;
      }
      try {
        this.projection.apply(this.state, event);
        this.parkedEvents.delete(parked.position);
        report.replayed.push(parked);
      } catch (error) {
        const again = { ...parked, reason: String(error), attempts: parked.attempts + 1 };
        this.parkedEvents.set(parked.position, again);
        report.failedAgain.push(again);
      }
    }
    if (report.replayed.length + report.failedAgain.length > 0) await this.saveSnapshot();
    return report;
  }

  private selectParked(positions: readonly Position[]): ParkedEvent[] {
    return [...new Set(positions)].map((position, index) => {
      const parked = this.parkedEvents.get(position);
      if (!parked) throw invalidInput(`positions[${index}]`, `no event is parked at position ${position}`);
      return parked;
    });
  }

  /**
   * Catch-up reads stored events in large batches (one await per batch, not per event: a rebuild
   * folds millions), then the live subscription takes over from the checkpoint reached.
   */
  private async follow(): Promise<void> {
    const signal = this.abort.signal;
    for (;;) {
      if (signal.aborted) return;
      const batch = await this.store.readAll({ from: this.checkpointPosition, maxCount: CATCH_UP_BATCH });
      if (batch.length === 0) break;
      for (const event of batch) this.applyOne(event);
      this.afterApplying(batch);
    }
    for await (const event of this.store.subscribeToAll({ from: this.checkpointPosition, signal })) {
      this.applyOne(event);
      this.afterApplying([event]);
    }
  }

  private applyOne(event: RecordedEvent): void {
    try {
      this.projection.apply(this.state, event);
    } catch (error) {
      this.parkedEvents.set(event.position, parkedEvent(event, error, this.options.now?.() ?? new Date()));
      this.options.onError?.(event, error);
    }
    this.checkpointPosition = event.position;
  }

  private afterApplying(events: readonly RecordedEvent[]): void {
    this.dirty = true;
    this.lastEventAt = Date.now();
    if (this.waiters.length > 0) this.releaseWaiters();
    for (const listener of this.appliedListeners) {
      try {
        listener(events);
      } catch (error) {
        // A listener's fault must not stop the read model; it is reported like a projection's.
        this.options.onError?.(events[events.length - 1], error);
      }
    }
  }

  private releaseWaiters() {
    const reached = this.waiters.filter((w) => w.position <= this.checkpointPosition);
    this.waiters = this.waiters.filter((w) => w.position > this.checkpointPosition);
    for (const waiter of reached) waiter.resolve();
  }
}
