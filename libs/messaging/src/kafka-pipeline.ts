import type { EventStore } from '@monitor/event-store';
import type { Kafka, Producer } from 'kafkajs';
import { createKafka } from './kafka-client.js';
import { ProvincialIngest } from './ingest/provincial-ingest.js';
import type { IngestWriter } from './ingest/ingest-writer.js';
import type { IngestState } from './ingest/ingest-state.js';
import { CachingTokenVerifier, type TokenVerifier } from './ingest/publisher-auth.js';
import { EventRelay } from './relay/event-relay.js';
import { FileRelayCheckpoint } from './relay/relay-checkpoint.js';
import { ensureTopics, topicsNamed, type Topics } from './topics.js';

export interface KafkaSettings {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly topicPrefix: string;
  readonly groupId: string;
  /** Partitions of the topics the platform creates. */
  readonly partitions: number;
  readonly sessionTimeoutMs?: number;
  /** Messages per store commit; absent: the ingest's default (see ProvincialIngest). */
  readonly messagesPerCommit?: number | null;
  readonly ingest: boolean;
  readonly relay: boolean;
}

export interface KafkaPipelineParts {
  /** Where the ingest records (see IngestWriter); the pipeline closes it when it stops. */
  readonly ingestWriter: IngestWriter;
  /** The store the relay reads. */
  readonly relayStore: EventStore;
  readonly verifier: TokenVerifier;
  readonly relayCheckpointFile: string;
  /** A failure the pipeline recovers from by itself (the relay retries, the ingest takes the chunk again): log it. */
  readonly onError?: (error: unknown, part: 'ingest' | 'relay') => void;
  /** The ingest's consumer stopped for good: stop the process, or alert. */
  readonly onFatal?: (error: Error) => void;
  /** The ingest's consumer started, crashed, restarted or stopped: log it. */
  readonly onIngestState?: (state: IngestState) => void;
}

/** Ingest and relay as one unit: topics created, then started; stopped before the stores close. */
export class KafkaPipeline {
  readonly kafka: Kafka;
  readonly topics: Topics;
  readonly ingest: ProvincialIngest | undefined;
  readonly relay: EventRelay | undefined;
  private readonly ingestWriter: IngestWriter;
  private anchorProducer: Promise<Producer> | undefined;

  constructor(
    readonly settings: KafkaSettings,
    parts: KafkaPipelineParts,
  ) {
    this.kafka = createKafka(settings.brokers, settings.clientId);
    this.topics = topicsNamed(settings.topicPrefix);
    this.ingestWriter = parts.ingestWriter;
    this.ingest = settings.ingest
      ? new ProvincialIngest({
          kafka: this.kafka,
          topics: this.topics,
          groupId: settings.groupId,
          sessionTimeoutMs: settings.sessionTimeoutMs,
          messagesPerCommit: settings.messagesPerCommit ?? undefined,
          writer: parts.ingestWriter,
          verifier: new CachingTokenVerifier(parts.verifier),
          onError: (error) => parts.onError?.(error, 'ingest'),
          onFatal: parts.onFatal,
          onStateChange: parts.onIngestState,
        })
      : undefined;
    this.relay = settings.relay
      ? new EventRelay({
          kafka: this.kafka,
          store: parts.relayStore,
          topic: this.topics.events,
          checkpoint: new FileRelayCheckpoint(parts.relayCheckpointFile),
          onError: (error) => parts.onError?.(error, 'relay'),
        })
      : undefined;
  }

  async start(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, this.topics, this.settings.partitions);
    } finally {
      await admin.disconnect();
    }
    await this.relay?.start();
    await this.ingest?.start();
  }

  /**
   * Publishes an audit checkpoint's receipt to the audit-checkpoints topic, keyed by its sequence:
   * a copy outside the store, which removing checkpoints from the store cannot reach.
   */
  async publishCheckpointReceipt(sequence: number, receipt: object): Promise<void> {
    this.anchorProducer ??= (async () => {
      const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      return producer;
    })();
    const producer = await this.anchorProducer;
    await producer.send({
      topic: this.topics.auditCheckpoints,
      acks: -1,
      messages: [{ key: String(sequence), value: JSON.stringify(receipt) }],
    });
  }

  async stop(): Promise<void> {
    await this.ingest?.stop();
    await this.relay?.stop();
    await this.ingestWriter.close();
    await (await this.anchorProducer?.catch(() => undefined))?.disconnect();
  }
}
