import { seedPlatform, CommandRunner } from '@monitor/application';
import type { EventStore } from '@monitor/event-store';
import { seedCommands } from '@monitor/seeds';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/platform-config.js';
import { KafkaBridge } from './kafka-bridge.js';
import { MonitoringProjector } from './monitoring-views.js';
import { EVENT_STORE } from './tokens.js';

/**
 * Start-up and shut-down in order: follow the store with the read models, record the seed documents
 * once, then report ready; on shut-down, snapshot the read models and close the store.
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
    private readonly kafka: KafkaBridge,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = Date.now();
    await this.projector.start();
    await this.projector.catchUp();
    this.logger.log({ message: 'read models caught up', checkpoint: this.projector.checkpoint.toString(), ms: Date.now() - started });
    if (this.config.seed) {
      const report = await seedPlatform(this.runner, seedCommands);
      await this.projector.catchUp();
      this.logger.log({ message: 'seed documents', recorded: report.recorded, alreadyRecorded: report.alreadyRecorded, conflicting: report.conflicting });
    }
    await this.kafka.start();
    this.ready = true;
  }

  async onApplicationShutdown(): Promise<void> {
    this.ready = false;
    await this.kafka.stop();
    await this.projector.stop();
    await this.store.close();
  }
}
