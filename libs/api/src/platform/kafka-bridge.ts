import type { EventStore } from '@monitor/event-store';
import { KafkaPipeline, type IngestState } from '@monitor/messaging';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { join } from 'node:path';
import { TOKEN_VERIFIER, type TokenVerifier } from '../auth/token-verifier.js';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/platform-config.js';
import { openIngestWriter } from './event-store.factory.js';
import { EVENT_STORE } from './tokens.js';

/**
 * With KAFKA_BROKERS set, this process also ingests provincial messages and relays recorded events
 * (each part can be switched off, e.g. when apps/ingest runs the ingest). The ingest appends through
 * a writer of its own (see openIngestWriter); GraphQL writes keep theirs, durable on return.
 */
@Injectable()
export class KafkaBridge {
  private readonly logger = new Logger('Kafka');
  private pipeline: KafkaPipeline | undefined;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier,
  ) {}

  async start(): Promise<void> {
    const kafka = this.config.kafka;
    if (!kafka) return;
    this.pipeline = new KafkaPipeline(
      // GraphQL shares this event loop, where each chunk is parsed in one go (the writer has a thread
      // of its own): smaller chunks hold it less. Measured in `bench:kafka`: p99 ~100 ms at 1,000
      // messages per commit, ~160 ms at 2,000, at about the same speed.
      { ...kafka, clientId: 'monitor-platform', messagesPerCommit: kafka.messagesPerCommit ?? 1000 },
      {
        ingestWriter: openIngestWriter(this.config),
        relayStore: this.store,
        verifier: this.tokens,
        relayCheckpointFile: join(this.config.dataDir, 'kafka-relay-checkpoint.json'),
        onError: (error, part) => this.logger.warn({ message: `${part} failed, retrying`, error: String(error) }),
        onFatal: (error) =>
          this.logger.error({ message: 'the Kafka consumer stopped for good: restart the platform', error: String(error) }),
        onIngestState: (state) =>
          (state.status === 'running' ? this.logger.log : this.logger.warn).call(this.logger, { message: 'kafka ingest', ...state }),
      },
    );
    await this.pipeline.start();
    this.logger.log({
      message: 'kafka on',
      brokers: kafka.brokers,
      topics: this.pipeline.topics,
      ingest: kafka.ingest,
      relay: kafka.relay,
    });
  }

  /** Anchors a checkpoint outside the store: its receipt on the audit-checkpoints topic (nothing without Kafka). */
  async publishCheckpointReceipt(sequence: number, receipt: object): Promise<void> {
    await this.pipeline?.publishCheckpointReceipt(sequence, receipt);
  }

  /** The ingest's consumer (undefined when this process does not ingest): `/ready` fails once it has stopped. */
  get ingestState(): IngestState | undefined {
    return this.pipeline?.ingest?.state;
  }

  async stop(): Promise<void> {
    await this.pipeline?.stop();
  }
}
