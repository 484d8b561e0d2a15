import {
  headOf,
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
import { rethrowAsStoreFailure } from './write-failures.js';

/**
 * An event just appended, as the deciders will read it back: its data is the object decided (not a
 * copy parsed from the stored JSON: a decider's data is plain JSON already, and nothing changes it).
 * It keeps the metadata, not the event appended: that one also holds the JSON text the store wrote,
 * which kept for every cached stream made the writer thread's old generation, and its GC, larger.
 */
const recordedAs = (stream: string, event: EventToAppend, result: AppendResult): RecordedEvent => {
  const metadata = event.metadata;
  return {
    id: event.id,
    stream,
    revision: result.nextExpectedRevision,
    type: event.type,
    data: event.data ?? null,
    ...headOf(metadata),
    metadata: () => metadata,
    position: result.position,
  };
};

/**
 * The ingest's view of the store: keeps the streams it has read (a task's stream, the units it
 * refers to) so that the next message about them reads nothing, and adds what it appends itself.
 * Safe with other writers: streams only grow, so a stale copy is only ever missing events at its
 * end, and deciding on one makes the append fail on its expected revision; the copy is dropped then,
 * and the runner reads again. Empty streams are not kept (one may appear), and a rolled back commit
 * drops everything. Copies are frozen: every reader shares them. What the store itself throws is
 * marked as such (isStoreFailure): the writer tells it from an error of the message's own.
 */
export class StreamCachingStore implements EventStore {
  private readonly streams = new Map<string, readonly RecordedEvent[]>();

  constructor(
    private readonly inner: EventStore,
    private readonly maxStreams = 5000,
  ) {}

  async readStream(stream: string, fromRevision = 0): Promise<readonly RecordedEvent[]> {
    // Not moved to the end on a hit: a lookup per message is the common case, and an often used
    // stream (a province, a unit) evicted after 5,000 newer ones costs one read to bring back.
    let events = this.streams.get(stream);
    if (!events) {
      events = Object.freeze(await this.inner.readStream(stream).catch(rethrowAsStoreFailure));
      if (events.length > 0) this.keep(stream, events);
    }
    return fromRevision === 0 ? events : events.slice(fromRevision);
  }

  async appendToStream(stream: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    let result: AppendResult;
    try {
      result = await this.inner.appendToStream(stream, events, expectedRevision);
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) this.streams.delete(stream);
      return rethrowAsStoreFailure(error);
    }
    const cached = this.streams.get(stream) ?? (expectedRevision === 'no_stream' ? [] : undefined);
    if (!cached) return result;
    // One event written after the copy's last: it is known without reading it back. Otherwise
    // (several, whose positions the result does not give, or a retry) the tail is read.
    const recorded =
      result.written && events.length === 1 && result.nextExpectedRevision === cached.length
        ? [recordedAs(stream, events[0]!, result)]
        : await this.inner.readStream(stream, cached.length).catch(rethrowAsStoreFailure);
    this.keep(stream, Object.freeze([...cached, ...recorded]));
    return result;
  }

  get keptWhenOneCommitThrows(): EventStore['keptWhenOneCommitThrows'] {
    return this.inner.keptWhenOneCommitThrows;
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

  private keep(stream: string, events: readonly RecordedEvent[]): void {
    this.streams.delete(stream);
    if (this.streams.size >= this.maxStreams) this.streams.delete(this.streams.keys().next().value!);
    if (events.length > 0) this.streams.set(stream, events);
  }
}
