import { seedPlatform, CommandRunner, DocumentFiles } from '@monitor/application';
import type { EventStore } from '@monitor/event-store';
import { seedCommands, seedDocuments } from '@monitor/seeds';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/platform-config.js';
import { AuditCheckpoints } from './audit-checkpoints.js';
import { KafkaBridge } from './kafka-bridge.js';
import { MonitoringProjector } from './monitoring-views.js';
import { EVENT_STORE } from './tokens.js';

/**
 * A replica without a snapshot folds the whole store before it is ready; from a KurrentDB cluster at
 * national scale that takes longer than the 10 s a request waits for the read models.
 */
const START_UP_CATCH_UP_MS = 30 * 60_000;

/**
 * Start-up and shut-down in order: follow the store with the read models, record the seed documents
 * once, record the start checkpoint, then report ready; on shut-down, record the shut-down
 * checkpoint, snapshot the read models and close the store.
 */
@Injectable()
export class PlatformLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Platform');
  ready = false;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projector: MonitoringProjector,
    private readonly runner: CommandRunner,
    private readonly checkpoints: AuditCheckpoints,
    private readonly kafka: KafkaBridge,
    private readonly files: DocumentFiles,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = Date.now();
    await this.projector.start();
    // The snapshot's checkpoint (0 without one): what a restarted replica resumes from, for its operators.
    const resumedFrom = this.projector.checkpoint.toString();
    await this.projector.catchUp(START_UP_CATCH_UP_MS);
    this.logger.log({
      message: 'read models caught up',
      resumedFrom,
      checkpoint: this.projector.checkpoint.toString(),
      ms: Date.now() - started,
    });
    if (this.config.seed) {
      // The seed documents' bytes first, as an upload stores them: the facts read from them point to them.
      for (const document of seedDocuments()) await this.files.put(document.bytes);
      const report = await seedPlatform(this.runner, seedCommands());
      await this.projector.catchUp();
      this.logger.log({
        message: 'seed documents',
        recorded: report.recorded,
        alreadyRecorded: report.alreadyRecorded,
        conflicting: report.conflicting,
      });
    }
    await this.kafka.start();
    // The start checkpoint seals the store as found (and the seeds); the read models then include it.
    await this.checkpoints.start();
    await this.projector.catchUp();
    this.ready = true;
  }

  async onApplicationShutdown(): Promise<void> {
    this.ready = false;
    await this.checkpoints.stop();
    await this.kafka.stop();
    await this.projector.stop();
    await this.store.close();
  }
}
