import { DomainError } from '@monitor/domain';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Message, Producer } from 'kafkajs';
import { parseProvincialMessage, type MessageParse } from '../message/provincial-message.js';
import { commandOf, contextOf } from '../message/to-command.js';
import type { Topics } from '../topics.js';
import { ChunkWriter } from './chunk-writer.js';
import { deadLetterOf, headerText, type Rejection } from './dead-letter.js';
import type { IngestCommand, IngestWriter, WriteOutcome } from './ingest-writer.js';
import { watchConsumer, type IngestState } from './ingest-state.js';
import { PartitionLane } from './partition-lane.js';
import {
  AUTHORIZATION_HEADER,
  authorizePublisher,
  bearerToken,
  verifyTokens,
  type TokenVerifier,
  type VerifiedTokens,
} from './publisher-auth.js';
import { unexpectedError } from './write-failures.js';

export interface ProvincialIngestOptions {
  readonly kafka: Kafka;
  readonly topics: Topics;
  /** Consumer group: every ingest process of one platform shares it. */
  readonly groupId: string;
  /** Where chunks are recorded: on this thread (StoreIngestWriter) or a thread of its own (WorkerIngestWriter). */
  readonly writer: IngestWriter;
  readonly verifier: TokenVerifier;
  /** Kafka's consumer session timeout (default 30 s); heartbeats go at a third of it. */
  readonly sessionTimeoutMs?: number;
  /** Messages recorded in one store commit (default 2,000): fewer to hold the event loop for less time. */
  readonly messagesPerCommit?: number;
  /** Partitions handled at once (default 3): one's chunk is written while others fetch and commit. */
  readonly partitionsConsumedConcurrently?: number;
  readonly clock?: () => Date;
  /** A chunk was not kept (the store or the broker failed): it, or an earlier one that failed too, is taken again after a short wait. */
  readonly onError?: (error: unknown) => void;
  /** kafkajs gave up on the consumer (it will not restart it): the process should stop and be restarted. */
  readonly onFatal?: (error: Error) => void;
  /** The consumer started, crashed, restarted or stopped (see IngestState). */
  readonly onStateChange?: (state: IngestState) => void;
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
 * hashed from message ids that are not UUIDv7 touch pages all over the id index (see eventIdFor), so
 * larger commits write fewer pages per message; but a chunk is parsed on the consuming thread in one
 * go, which holds its event loop. Measured in `bench:kafka` with the writer in its own thread:
 * 1,000 messages per commit 18,400–20,300 events/s (loop held p99 ~100 ms), 2,000 20,600–21,300
 * (~160 ms), 4,000 18,800–21,400 (~200 ms).
 */
const MESSAGES_PER_COMMIT = 2000;
/**
 * Chunks of a partition prepared and handed to its lane but not yet settled, at most: enough that
 * the writer has work while kafkajs ends one fetch round (it waits for every partition's batch) and
 * starts the next. Measured in `bench:kafka`: waiting for each batch's last chunk to settle left the
 * writer idle a quarter of the time.
 */
const CHUNKS_AHEAD = 2;

type Prepared = IngestCommand | Rejection;

/** Part of a partition's batch, recorded in one store commit. */
interface Chunk {
  readonly firstOffset: bigint;
  readonly records: readonly KafkaMessage[];
  readonly prepared: readonly Prepared[];
}

/** Where a record came from, kept as the events' causation id: tells a redelivery from a duplicate. */
const sourceOf = (topic: string, partition: number, offset: string): string => `kafka:${topic}/${partition}/${offset}`;

/**
 * Consumes what provincial systems publish and records it through the same commands as GraphQL.
 * Per chunk of a partition's batch: parse, authenticate and turn each message into its command; have
 * the writer decide and append them in order, in one store commit (refusals go to the dead-letter
 * topic, never stopping the partition); publish the dead letters, make the store durable (flush),
 * and only then commit the offsets. A partition's chunks go through its PartitionLane, in order,
 * while the consumer fetches ahead. A crash anywhere before the offset commit redelivers the chunk,
 * and the message ids (command ids) make the second pass record nothing twice.
 */
export class ProvincialIngest {
  readonly counts: IngestCounts = { recorded: 0, deadLettered: 0, redelivered: 0 };
  private current: IngestState = { status: 'starting' };
  private readonly chunkWriter: ChunkWriter;
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  /** The chunk being written: partitions are fetched, dead-lettered and committed at once, but written in turn. */
  private writing: Promise<unknown> = Promise.resolve();
  private readonly lanes = new Map<string, PartitionLane<Chunk, WriteOutcome[]>>();
  private stopping = false;

  constructor(private readonly options: ProvincialIngestOptions) {
    this.chunkWriter = new ChunkWriter(options.writer);
  }

  /** What the consumer is doing: a `stopped` one records nothing until the process is restarted. */
  get state(): IngestState {
    return this.current;
  }

  async start(): Promise<void> {
    const { kafka, topics, groupId } = this.options;
    this.stopping = false;
    this.changeState({ status: 'starting' });
    // Before anything is consumed: a store that cannot be opened stops the start.
    await this.options.writer.open();
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: Number.MAX_SAFE_INTEGER } });
    const sessionTimeout = this.options.sessionTimeoutMs ?? 30_000;
    this.consumer = kafka.consumer({
      groupId,
      maxBytesPerPartition: 4 * 1024 * 1024,
      sessionTimeout,
      heartbeatInterval: Math.floor(sessionTimeout / 3),
    });
    await this.producer.connect();
    await this.consumer.connect();
    watchConsumer(this.consumer, {
      stopping: () => this.stopping,
      change: (state) => this.changeState(state),
      fatal: (error) => this.options.onFatal?.(error),
    });
    // After a (re)join, kafkajs starts each partition from its committed offset: before any failed chunk.
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      for (const lane of this.lanes.values()) lane.restarted();
    });
    await this.consumer.subscribe({ topic: topics.commands, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /** Settles the chunks already handed to the lanes (nothing more is taken), then leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    try {
      // Paused, the consumer does not fetch (again and again) what the stopping ingest no longer takes.
      this.consumer?.pause([{ topic: this.options.topics.commands }]);
    } catch {
      // Not running (it never joined its group, or kafkajs gave up on it): nothing to pause.
    }
    await Promise.all([...this.lanes.values()].map((lane) => lane.idle()));
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
    this.consumer = undefined;
    this.producer = undefined;
    this.changeState({ status: 'stopped', since: new Date().toISOString(), reason: 'stopped with the process' });
  }

  private changeState(state: IngestState): void {
    this.current = state;
    this.options.onStateChange?.(state);
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    const lane = this.laneOf(topic, partition);
    const size = this.options.messagesPerCommit ?? MESSAGES_PER_COMMIT;
    const goOn = () => !this.stopping && isRunning() && !isStale();
    // The next chunk is parsed and authenticated while the lane writes the ones before it.
    for (let start = 0; start < batch.messages.length && goOn(); start += size) {
      const records = batch.messages.slice(start, start + size);
      const prepared = await this.prepareChunk(topic, partition, records);
      if (!goOn() || !lane.push({ firstOffset: BigInt(records[0]!.offset), records, prepared })) return;
      // kafkajs fetches on from here; the group's committed offset moves only once the chunk is settled.
      resolveOffset(records[records.length - 1]!.offset);
      await lane.room();
      await heartbeat();
    }
  }

  private laneOf(topic: string, partition: number): PartitionLane<Chunk, WriteOutcome[]> {
    const key = `${topic}/${partition}`;
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = new PartitionLane<Chunk, WriteOutcome[]>(
        {
          // One commit for the chunk; if the store fails, none of it is kept.
          write: (chunk) => this.oneWriterAtATime(() => this.chunkWriter.write(key, chunk.firstOffset, chunk.prepared.filter(isCommand))),
          settle: (chunk, written) => this.settle(topic, partition, chunk, mergeOutcomes(chunk.prepared, written)),
          failed: (chunk, error, deliverAgain) => {
            this.options.onError?.(error);
            if (deliverAgain) this.redeliver(topic, partition, chunk);
          },
        },
        CHUNKS_AHEAD,
      );
      this.lanes.set(key, lane);
    }
    return lane;
  }

  /** A chunk not kept (the store or the broker failed): kafkajs fetches the partition again from it. */
  private redeliver(topic: string, partition: number, chunk: Chunk): void {
    try {
      this.consumer?.seek({ topic, partition, offset: chunk.firstOffset.toString() });
    } catch {
      // The consumer is not running (stopping, or rejoining its group): it resumes from the committed offset anyway.
    }
  }

  private oneWriterAtATime<T>(write: () => Promise<T>): Promise<T> {
    const turn = this.writing.then(write);
    this.writing = turn.catch(() => undefined);
    return turn;
  }

  /** Dead letters published, events durable, then the offset committed: in that order. */
  private async settle(topic: string, partition: number, chunk: Chunk, outcomes: readonly WriteOutcome[]): Promise<void> {
    const deadLetters = outcomes.flatMap((outcome, i) =>
      outcome.kind === 'refused' ? [this.deadLetter(topic, partition, chunk.records[i]!, outcome.rejection)] : [],
    );
    // In slices: the broker refuses a request above its message size limit (1 MB by default).
    for (let i = 0; i < deadLetters.length; i += SEND_SLICE) {
      await this.producer!.send({ topic: this.options.topics.deadLetter, messages: deadLetters.slice(i, i + SEND_SLICE), acks: -1 });
    }
    await this.options.writer.flush();
    const lastHandled = chunk.records[chunk.records.length - 1]!.offset;
    await this.consumer!.commitOffsets([{ topic, partition, offset: (BigInt(lastHandled) + 1n).toString() }]);
    for (const outcome of outcomes) this.counts[outcome.kind === 'refused' ? 'deadLettered' : outcome.kind] += 1;
  }

  /**
   * Parses the chunk, verifies the tokens its well-formed messages carry (each once), then turns each
   * record into its command. No error of one message leaves here: it is that message's refusal.
   */
  private async prepareChunk(topic: string, partition: number, chunk: readonly KafkaMessage[]): Promise<Prepared[]> {
    const parsed = chunk.map((record) => parseSafely(record.value));
    const tokens = chunk.map((record, i) => (parsed[i]!.ok ? bearerToken(headerText(record.headers, AUTHORIZATION_HEADER)) : undefined));
    const verified = await verifyTokens(this.options.verifier, tokens);
    return chunk.map((record, i) => {
      try {
        return this.prepare(topic, partition, record, parsed[i]!, tokens[i], verified);
      } catch (error) {
        // A date or deadline whose wording the domain cannot read; or a defect, which must not stop the partition.
        const messageId = parsed[i]!.ok ? parsed[i].message.messageId : null;
        if (error instanceof DomainError) return { reason: error.code, problem: error.message, field: error.field, messageId };
        return unexpectedError(error, messageId);
      }
    });
  }

  /** Authorizes one parsed record and turns it into the command it asks for, or says why it is refused. */
  private prepare(
    topic: string,
    partition: number,
    record: KafkaMessage,
    parsed: MessageParse,
    token: string | undefined,
    verified: VerifiedTokens,
  ): Prepared {
    if (!parsed.ok) return { reason: 'MALFORMED', problem: parsed.problem };
    const message = parsed.message;
    const messageId = message.messageId;
    const key = record.key === null ? null : record.key.toString();
    const auth = authorizePublisher(token, verified, key, message);
    if (!auth.ok) return { reason: auth.reason, problem: auth.problem, messageId };
    return {
      messageId,
      command: commandOf(message),
      context: contextOf(message, auth.publisher, sourceOf(topic, partition, record.offset)),
    };
  }

  private deadLetter(topic: string, partition: number, record: KafkaMessage, rejection: Rejection): Message {
    return deadLetterOf({ topic, partition }, record, rejection, (this.options.clock ?? (() => new Date()))());
  }
}

const isCommand = (prepared: Prepared): prepared is IngestCommand => 'command' in prepared;

/** The parse, or the error it threw (a defect) as a malformed message's problem. */
const parseSafely = (value: Buffer | null): MessageParse => {
  try {
    return parseProvincialMessage(value);
  } catch (error) {
    return { ok: false, problem: unexpectedError(error).problem };
  }
};

/** Each message's outcome, in chunk order: refused before writing, or as the writer says. */
const mergeOutcomes = (prepared: readonly Prepared[], written: readonly WriteOutcome[]): WriteOutcome[] => {
  let next = 0;
  return prepared.map((p) => (isCommand(p) ? written[next++]! : { kind: 'refused', rejection: p }));
};
