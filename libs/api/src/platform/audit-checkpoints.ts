import { checkpointIfChanged } from '@monitor/application';
import type { EventStore } from '@monitor/event-store';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/platform-config.js';
import { EVENT_STORE } from './tokens.js';

/**
 * Keeps checkpoints at intervals: every `checkpointIntervalMs` the platform verifies the whole store
 * and, when events were recorded since the last checkpoint, records a new (signed) one. A store that
 * does not verify is logged as an error naming the event, and gets no checkpoint.
 */
@Injectable()
export class AuditCheckpoints implements OnApplicationShutdown {
  private readonly logger = new Logger('Audit');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly stopping = new AbortController();

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Starts the schedule (called once the platform is ready). */
  start(): void {
    if (this.config.checkpointIntervalMs === 0 || this.timer) return;
    this.timer = setInterval(() => void this.runOnce(), this.config.checkpointIntervalMs);
    this.timer.unref();
  }

  /** One verification and, when due, one checkpoint; a run still going is not started twice. */
  runOnce(): Promise<void> {
    this.running ??= this.checkpoint().finally(() => (this.running = null));
    return this.running;
  }

  /** Stops the schedule and waits for a run in progress to stop (before the store closes). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopping.abort();
    await this.running;
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  private async checkpoint(): Promise<void> {
    try {
      const { recorded, report } = await checkpointIfChanged(this.store, {
        auditKey: this.config.auditKey,
        recordedBy: 'system:audit',
        now: () => new Date(),
        signal: this.stopping.signal,
      });
      if (report.failure) this.logger.error({ message: 'the event store does not verify: no checkpoint recorded', ...report.failure, position: String(report.failure.position) });
      else if (recorded) this.logger.log({ message: 'audit checkpoint recorded', events: report.events, globalHash: report.globalHash, signed: this.config.auditKey !== null });
    } catch (error) {
      this.logger.error({ message: 'audit checkpoint failed', error: String(error) });
    }
  }
}
