import type { EventMetadata } from '@monitor/domain';
import { assertExpectedRevision, readLimit, retriedAppendResult, serializeBatch } from './store-rules.js';
import { ChangeNotifier } from './change-notifier.js';
import {
  DuplicateEventError,
  START,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type RecordedEvent,
  type SubscribeOptions,
  headOf,
} from './event-store.port.js';
import { followAll } from './live-subscription.js';

export interface InMemoryEventStoreOptions {
  /**
   * How far apart consecutive positions are (default 1). Tests can pass more to make sure code
   * compares positions rather than counting with them, as it must with EventStoreDB.
   */
  readonly positionStep?: number;
}

/** An event as kept here: data and metadata as JSON, so readers never share objects with writers. */
interface StoredEvent {
  readonly id: string;
  readonly stream: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly revision: number;
  readonly position: Position;
}

const SUBSCRIPTION_BATCH = 1000;

const toRecorded = (event: StoredEvent): RecordedEvent => {
  const metadata = JSON.parse(event.metadata) as EventMetadata;
  return {
    id: event.id,
    stream: event.stream,
    type: event.type,
    data: JSON.parse(event.data) as unknown,
    ...headOf(metadata),
    metadata: () => metadata,
    revision: event.revision,
    position: event.position,
  };
};

/** The event store for unit tests: everything in one process's memory, the same rules as SQLite. */
export class InMemoryEventStore implements EventStore {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly byId = new Map<string, StoredEvent>();
  private readonly changes = new ChangeNotifier();
  private readonly positionStep: bigint;
  private closed = false;

  constructor(options: InMemoryEventStoreOptions = {}) {
    const step = options.positionStep ?? 1;
    if (!Number.isInteger(step) || step < 1) throw new RangeError(`positionStep must be a positive integer, not ${step}`);
    this.positionStep = BigInt(step);
  }

  async appendToStream(stream: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    // The same steps, in the same order, as the SQLite adapter.
    const serialized = serializeBatch(events);
    const first = events[0] && this.byId.get(events[0].id);
    if (first) return retriedAppendResult(stream, events, first, (id) => this.byId.get(id));

    const streamEvents = this.streams.get(stream) ?? [];
    const current = streamEvents.length - 1;
    assertExpectedRevision(stream, expectedRevision, current);
    if (events.length === 0) return { nextExpectedRevision: current, position: streamEvents.at(-1)?.position ?? START, written: false };

    const batchIds = new Set<string>();
    for (const { id } of events) {
      if (this.byId.has(id) || batchIds.has(id)) throw new DuplicateEventError(stream, id);
      batchIds.add(id);
    }
    let position = this.log.at(-1)?.position ?? START;
    const stored = events.map((event, index): StoredEvent => {
      position += this.positionStep;
      return { id: event.id, stream, type: event.type, ...serialized[index]!, revision: current + 1 + index, position };
    });
    this.log.push(...stored);
    streamEvents.push(...stored);
    this.streams.set(stream, streamEvents);
    for (const event of stored) this.byId.set(event.id, event);
    this.changes.notify();
    return { nextExpectedRevision: current + stored.length, position, written: true };
  }

  async readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    this.assertOpen();
    return (this.streams.get(stream) ?? []).filter((event) => event.revision >= fromRevision).map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.readAfter(options.from ?? START, readLimit(options.maxCount));
  }

  async headPosition(): Promise<Position> {
    this.assertOpen();
    return this.log.at(-1)?.position ?? START;
  }

  subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const source = {
      readAfter: (position: Position, maxCount: number) => this.readAfter(position, maxCount),
      changes: this.changes,
      // Every append here notifies, so there is nothing to poll for.
      pollIntervalMs: Number.POSITIVE_INFINITY,
      isClosed: () => this.closed,
    };
    return followAll(source, options, SUBSCRIPTION_BATCH);
  }

  /** Appends here are atomic one by one already; only the all-or-none on a throw is added. */
  readonly keptWhenOneCommitThrows = 'none';

  async inOneCommit<T>(work: () => Promise<T>): Promise<T> {
    this.assertOpen();
    const logLength = this.log.length;
    try {
      return await work();
    } catch (error) {
      this.rollBackTo(logLength);
      throw error;
    }
  }

  private rollBackTo(logLength: number): void {
    for (const event of this.log.splice(logLength).reverse()) {
      this.byId.delete(event.id);
      this.streams.get(event.stream)!.pop();
      if (this.streams.get(event.stream)!.length === 0) this.streams.delete(event.stream);
    }
  }

  /** Nothing here outlives the process: there is nothing to make durable. */
  async flush(): Promise<void> {
    this.assertOpen();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.changes.notify();
  }

  private readAfter(position: Position, maxCount: number): RecordedEvent[] {
    const start = this.firstIndexAfter(position);
    return this.log.slice(start, start + maxCount).map(toRecorded);
  }

  /** Binary search: positions in the log only grow. */
  private firstIndexAfter(position: Position): number {
    let low = 0;
    let high = this.log.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.log[middle]!.position <= position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the event store is closed');
  }
}
