import { DomainError } from '@monitor/domain';
import type { CommandRunner } from '@monitor/application';
import { DuplicateEventError, type EventStore } from '@monitor/event-store';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Message, Producer } from 'kafkajs';
import { parseProvincialMessage, type ProvincialMessage } from '../message/provincial-message.js';
import { commandOf, contextOf, type Publisher } from '../message/to-command.js';
import type { Topics } from '../topics.js';
import { deadLetterOf, headerText, type Rejection } from './dead-letter.js';
import { AUTHORIZATION_HEADER, authenticatePublisher, type TokenVerifier } from './publisher-auth.js';

export interface ProvincialIngestOptions {
  readonly kafka: Kafka;
  readonly topics: Topics;
  /** Consumer group: every ingest process of one platform shares it. */
  readonly groupId: string;
  readonly runner: CommandRunner;
  readonly store: EventStore;
  readonly verifier: TokenVerifier;
  /** Kafka's consumer session timeout (default 30 s); heartbeats go at a third of it. */
  readonly sessionTimeoutMs?: number;
  /** Messages recorded in one store commit (default 4,000): fewer to hold the event loop for less time. */
  readonly messagesPerCommit?: number;
  /** Partitions handled at once (default 3): one's chunk is written while others fetch and commit. */
  readonly partitionsConsumedConcurrently?: number;
  readonly clock?: () => Date;
  /** kafkajs gave up on the consumer (it will not restart it): the process should stop and be restarted. */
  readonly onFatal?: (error: Error) => void;
}

export interface IngestCounts {
  recorded: number;
  deadLettered: number;
  /** Records delivered again after a restart whose events were already stored: skipped. */
  redelivered: number;
}

const SEND_SLICE = 250;
/**
 * Messages per commit, by default. A commit writes every page its appends touched, and event ids
 * hashed from message ids that are not UUIDv7 touch pages all over the id index (see eventIdFor):
 * measured with such ids, 500 messages per commit ingested 12,000 events/s and 4,000 (about one
 * partition fetch of 4 MiB) 21,000. The price: this process's event loop is
 * held longer (p99 ~690 ms at 4,000, ~200 ms at 500), which the embedded platform's GraphQL feels;
 * it asks for fewer (see KafkaBridge).
 */
const MESSAGES_PER_COMMIT = 4000;

type Checked = { message: ProvincialMessage; publisher: Publisher } | Rejection;

type Outcome = { kind: 'recorded' } | { kind: 'redelivered' } | { kind: 'dead-letter'; message: Message };

/** Where a record came from, kept as the events' causation id: tells a redelivery from a duplicate. */
const sourceOf = (topic: string, partition: number, offset: string): string => `kafka:${topic}/${partition}/${offset}`;

/**
 * Consumes what provincial systems publish and records it through the same CommandRunner as
 * GraphQL. Per chunk of a partition's batch: decide and append each message in order, in one store
 * commit (refusals go to the dead-letter topic, never stopping the partition), publish the dead
 * letters, make the store durable (flush), and only then commit the offsets. A crash anywhere before
 * the offset commit redelivers the chunk, and the message ids (command ids) make the second pass
 * record nothing twice.
 */
export class ProvincialIngest {
  readonly counts: IngestCounts = { recorded: 0, deadLettered: 0, redelivered: 0 };
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  /** The chunk being written: partitions are fetched, dead-lettered and committed at once, but written in turn. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ProvincialIngestOptions) {}

  async start(): Promise<void> {
    const { kafka, topics, groupId } = this.options;
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: Number.MAX_SAFE_INTEGER } });
    const sessionTimeout = this.options.sessionTimeoutMs ?? 30_000;
    this.consumer = kafka.consumer({ groupId, maxBytesPerPartition: 4 * 1024 * 1024, sessionTimeout, heartbeatInterval: Math.floor(sessionTimeout / 3) });
    await this.producer.connect();
    await this.consumer.connect();
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.options.onFatal?.(payload.error);
    });
    await this.consumer.subscribe({ topic: topics.commands, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
    this.consumer = undefined;
    this.producer = undefined;
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    const size = this.options.messagesPerCommit ?? MESSAGES_PER_COMMIT;
    for (let start = 0; start < batch.messages.length; start += size) {
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(start, start + size);
      // Validated and authenticated first: verifying a token waits on real I/O, and nothing inside
      // the commit may, or other connections of this process would wait on a lock it cannot release.
      const checked = await Promise.all(chunk.map((record) => this.check(record)));
      const handled: Outcome[] = [];
      // One commit for the chunk's appends; if the store or the broker fails, none of them are
      // kept, no offset moves, and kafkajs delivers the chunk again.
      await this.oneWriterAtATime(() =>
        this.options.store.inOneCommit(async () => {
          for (let i = 0; i < chunk.length; i++) handled.push(await this.record(topic, partition, chunk[i]!, checked[i]!));
        }),
      );
      const deadLetters = handled.flatMap((o) => (o.kind === 'dead-letter' ? [o.message] : []));
      const last = chunk[chunk.length - 1]!.offset;
      await this.settle(topic, partition, deadLetters, last);
      resolveOffset(last);
      for (const outcome of handled) if (outcome.kind !== 'dead-letter') this.counts[outcome.kind] += 1;
      await heartbeat();
    }
  }

  private oneWriterAtATime<T>(write: () => Promise<T>): Promise<T> {
    const turn = this.writing.then(write);
    this.writing = turn.catch(() => undefined);
    return turn;
  }

  /** Dead letters published, events durable, then the offset committed: in that order. */
  private async settle(topic: string, partition: number, deadLetters: Message[], lastHandled: string): Promise<void> {
    // In slices: the broker refuses a request above its message size limit (1 MB by default).
    for (let i = 0; i < deadLetters.length; i += SEND_SLICE) {
      await this.producer!.send({ topic: this.options.topics.deadLetter, messages: deadLetters.slice(i, i + SEND_SLICE), acks: -1 });
    }
    this.counts.deadLettered += deadLetters.length;
    await this.options.store.flush();
    await this.consumer!.commitOffsets([{ topic, partition, offset: (BigInt(lastHandled) + 1n).toString() }]);
  }

  /** Parses and authenticates one record: the message and its publisher, or why it is refused. */
  private async check(record: KafkaMessage): Promise<Checked> {
    const parsed = parseProvincialMessage(record.value);
    if (!parsed.ok) return { reason: 'MALFORMED', problem: parsed.problem };
    const message = parsed.message;
    const key = record.key === null ? null : record.key.toString();
    const auth = await authenticatePublisher(this.options.verifier, headerText(record.headers, AUTHORIZATION_HEADER), key, message);
    if (!auth.ok) return { reason: auth.reason, problem: auth.problem, messageId: message.messageId };
    return { message, publisher: auth.publisher };
  }

  /** Runs a checked message's command; a refusal (or a refused check) becomes a dead letter. */
  private async record(topic: string, partition: number, record: KafkaMessage, checked: Checked): Promise<Outcome> {
    const source = sourceOf(topic, partition, record.offset);
    const refuse = (rejection: Rejection): Outcome => ({
      kind: 'dead-letter',
      message: deadLetterOf({ topic, partition }, record, rejection, (this.options.clock ?? (() => new Date()))()),
    });
    if (!('message' in checked)) return refuse(checked);
    const { message, publisher } = checked;

    try {
      const outcome = await this.options.runner.run(commandOf(message), contextOf(message, publisher, source));
      if (!outcome.alreadyRecorded) return { kind: 'recorded' };
      const first = (await this.options.store.readStream(outcome.stream)).find((e) => e.id === outcome.eventIds[0]);
      if (first?.metadata.causationId === source) return { kind: 'redelivered' };
      return refuse({ reason: 'DUPLICATE', problem: `message ${message.messageId} is already recorded (from ${first?.metadata.causationId ?? 'another source'})`, messageId: message.messageId });
    } catch (error) {
      if (error instanceof DomainError) return refuse({ reason: error.code, problem: error.message, field: error.field, messageId: message.messageId });
      if (error instanceof DuplicateEventError) {
        return refuse({ reason: 'DUPLICATE', problem: `message id ${message.messageId} is already recorded for another stream`, messageId: message.messageId });
      }
      throw error;
    }
  }
}
