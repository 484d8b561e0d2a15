import { START, type EventStore, type Position, type RecordedEvent } from '@monitor/event-store';
import type { Projection, SnapshotStore } from './projection.js';

// Measured here: batches of about a thousand fold faster than larger ones, which cost more in GC.
const CATCH_UP_BATCH = 1000;

export interface ProjectorOptions {
  /** Save a snapshot once no event has arrived for this long (ms); 0 saves only on stop. */
  readonly snapshotWhenIdleMs?: number;
  readonly onError?: (event: RecordedEvent, error: unknown) => void;
}

export interface FailedEvent {
  readonly position: Position;
  readonly stream: string;
  readonly type: string;
  readonly reason: string;
}

/**
 * Keeps one projection current from the store's global order: starts from its snapshot's checkpoint
 * (or from the beginning), catches up, then follows live events. An event at or before the
 * checkpoint is never applied twice. An event the projection cannot apply is set aside with its
 * reason and the projection goes on.
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
  readonly failed: FailedEvent[] = [];

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

  /** Restores the snapshot (if it is of this projection's version) and starts following the store. */
  async start(): Promise<void> {
    const snapshot = await this.snapshots.load<State>(this.projection.name);
    if (snapshot && snapshot.version === this.projection.version) {
      this.state = snapshot.state;
      this.checkpointPosition = BigInt(snapshot.checkpoint);
    }
    this.loop = this.follow();
    const idleMs = this.options.snapshotWhenIdleMs ?? 0;
    if (idleMs > 0) {
      this.idleTimer = setInterval(() => {
        if (this.dirty && Date.now() - this.lastEventAt >= idleMs) void this.saveSnapshot();
      }, Math.min(idleMs, 1000));
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
      const timer = setTimeout(() => reject(new Error(`projection ${this.projection.name} did not reach ${position} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ position, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  async saveSnapshot(): Promise<void> {
    this.dirty = false;
    await this.snapshots.save(this.projection.name, {
      version: this.projection.version,
      checkpoint: this.checkpointPosition.toString(),
      state: this.state,
    });
  }

  async stop(): Promise<void> {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.abort.abort();
    await this.loop;
    if (this.dirty) await this.saveSnapshot();
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
      this.afterApplying();
    }
    for await (const event of this.store.subscribeToAll({ from: this.checkpointPosition, signal })) {
      this.applyOne(event);
      this.afterApplying();
    }
  }

  private applyOne(event: RecordedEvent): void {
    try {
      this.projection.apply(this.state, event);
    } catch (error) {
      this.failed.push({ position: event.position, stream: event.stream, type: event.type, reason: String(error) });
      this.options.onError?.(event, error);
    }
    this.checkpointPosition = event.position;
  }

  private afterApplying(): void {
    this.dirty = true;
    this.lastEventAt = Date.now();
    if (this.waiters.length > 0) this.releaseWaiters();
  }

  private releaseWaiters() {
    const reached = this.waiters.filter((w) => w.position <= this.checkpointPosition);
    this.waiters = this.waiters.filter((w) => w.position > this.checkpointPosition);
    for (const waiter of reached) waiter.resolve();
  }
}
