import {
  WrongExpectedRevisionError,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type RecordedEvent,
  type SubscribeOptions,
} from '@monitor/event-store';

/**
 * The ingest's view of the store: keeps the streams it has read (a task's stream, the units it
 * refers to) so that the next message about them reads only what was appended since, instead of
 * the whole stream again. Safe with other writers: streams only grow, so a stale copy is only ever
 * missing events at its end, and deciding on one makes the append fail on its expected revision;
 * the copy is dropped then, and the runner reads again. Empty streams are not kept (one may appear),
 * and a rolled back commit drops everything.
 */
export class StreamCachingStore implements EventStore {
  private readonly streams = new Map<string, RecordedEvent[]>();

  constructor(
    private readonly inner: EventStore,
    private readonly maxStreams = 5000,
  ) {}

  async readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    const cached = this.streams.get(stream);
    if (!cached) {
      const events = await this.inner.readStream(stream);
      if (events.length > 0) this.keep(stream, events);
      return events.slice(fromRevision);
    }
    // Recently used streams stay: Map order is the eviction order.
    this.streams.delete(stream);
    this.streams.set(stream, cached);
    return cached.slice(fromRevision);
  }

  async appendToStream(stream: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    try {
      const result = await this.inner.appendToStream(stream, events, expectedRevision);
      const cached = this.streams.get(stream);
      if (cached) cached.push(...(await this.inner.readStream(stream, cached.length)));
      return result;
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) this.streams.delete(stream);
      throw error;
    }
  }

  async inOneCommit<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.inner.inOneCommit(work);
    } catch (error) {
      this.streams.clear();
      throw error;
    }
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }

  headPosition(): Promise<Position> {
    return this.inner.headPosition();
  }

  subscribeToAll(options?: SubscribeOptions): AsyncIterable<RecordedEvent> {
    return this.inner.subscribeToAll(options);
  }

  flush(): Promise<void> {
    return this.inner.flush();
  }

  async close(): Promise<void> {
    this.streams.clear();
    await this.inner.close();
  }

  private keep(stream: string, events: RecordedEvent[]): void {
    if (this.streams.size >= this.maxStreams) this.streams.delete(this.streams.keys().next().value!);
    this.streams.set(stream, events);
  }
}
