import { metadataOf, type EventStore, type Position, type RecordedEvent } from '@monitor/event-store';
import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import type { RelayCheckpoint } from './relay-checkpoint.js';

export interface EventRelayOptions {
  readonly kafka: Kafka;
  readonly store: EventStore;
  /** The outbound topic, e.g. monitor.events.v1. */
  readonly topic: string;
  readonly checkpoint: RelayCheckpoint;
  /** Events per send (default 250: a request stays under the broker's 1 MB limit). */
  readonly batchSize?: number;
  /** How long to wait when the store has nothing new (default 50 ms). */
  readonly idleMs?: number;
  /** Told of each failed attempt to publish (the relay keeps its checkpoint and tries again). */
  readonly onError?: (error: unknown) => void;
}

/** Headers of each outbound message, so consumers can route and drop repeats without parsing. */
export const EVENT_HEADERS = { id: 'event-id', type: 'event-type', stream: 'stream', revision: 'revision', position: 'position' } as const;

/** One recorded event as an outbound message: keyed by its stream, so a stream stays in one partition, in order. */
export const outboundMessageOf = (event: RecordedEvent): Message => ({
  key: event.stream,
  value: JSON.stringify({
    id: event.id,
    stream: event.stream,
    type: event.type,
    revision: event.revision,
    position: event.position.toString(),
    data: event.data,
    metadata: metadataOf(event),
  }),
  headers: {
    [EVENT_HEADERS.id]: event.id,
    [EVENT_HEADERS.type]: event.type,
    [EVENT_HEADERS.stream]: event.stream,
    [EVENT_HEADERS.revision]: String(event.revision),
    [EVENT_HEADERS.position]: event.position.toString(),
  },
});

// The abort listener goes when the timer fires: an idle relay sleeps 20 times a second, and each
// listener left behind on the one signal would stay until the relay stops.
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const woken = () => (clearTimeout(timer), resolve());
    const timer = setTimeout(() => (signal.removeEventListener('abort', woken), resolve()), ms);
    signal.addEventListener('abort', woken, { once: true });
  });

/**
 * Publishes every recorded event to the outbound topic, reading the store itself from a checkpoint
 * (no dual write: the store is the only source). The checkpoint moves only after the broker has
 * acknowledged a batch (acks from all in-sync replicas, idempotent producer, one request in flight,
 * so batches land in order), so a crash in between publishes that batch again: at-least-once, and
 * every message carries its event id for consumers to drop the repeat.
 */
export class EventRelay {
  private producer: Producer | undefined;
  private running: Promise<void> | undefined;
  private readonly abort = new AbortController();
  private position: Position = 0n;
  /** Events published since start. */
  published = 0;
  lastError: unknown;

  constructor(private readonly options: EventRelayOptions) {}

  get checkpoint(): Position {
    return this.position;
  }

  async start(): Promise<void> {
    this.producer = this.options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: Number.MAX_SAFE_INTEGER },
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await this.producer.connect();
    this.position = await this.options.checkpoint.load();
    this.running = this.follow();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.running;
    await this.producer?.disconnect();
  }

  /** Publishes what is stored after the checkpoint, batch by batch; how many events it published. */
  async publishPending(): Promise<number> {
    let count = 0;
    const batchSize = this.options.batchSize ?? 250;
    for (;;) {
      const events = await this.options.store.readAll({ from: this.position, maxCount: batchSize });
      if (events.length === 0) return count;
      await this.producer!.send({ topic: this.options.topic, messages: events.map(outboundMessageOf), acks: -1 });
      const last = events[events.length - 1]!.position;
      await this.options.checkpoint.save(last);
      this.position = last;
      count += events.length;
      this.published += events.length;
      if (events.length < batchSize) return count;
    }
  }

  private async follow(): Promise<void> {
    const signal = this.abort.signal;
    while (!signal.aborted) {
      try {
        const published = await this.publishPending();
        if (published === 0) await sleep(this.options.idleMs ?? 50, signal);
      } catch (error) {
        // The broker may be away for a while: keep the checkpoint, try again shortly.
        this.lastError = error;
        this.options.onError?.(error);
        await sleep(1000, signal);
      }
    }
  }
}
