import {
  auditSetupFor,
  checkpointIfChanged,
  createAuditKeyFile,
  latestReceiptFile,
  receiptOf,
  writeReceiptFile,
  type VerifyReport,
} from '@monitor/audit';
import { SqliteEventStore, type EventStore } from '@monitor/event-store';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/platform-config.js';
import { KafkaBridge } from './kafka-bridge.js';
import { EVENT_STORE } from './tokens.js';

/** What this server's last verification of the whole store found: its report, or why it could not run. */
export interface VerificationRun {
  readonly at: Date;
  readonly report: VerifyReport | null;
  /** Events no signed checkpoint covers once the run is over (a checkpoint it recorded covers them all). */
  readonly uncoveredEvents: number;
  readonly error: string | null;
}

/** How often the store's head is looked at to count events toward the next checkpoint. */
const COUNT_EVERY_MS = 5_000;

/**
 * Keeps a chain of signed checkpoints: at start, at shut-down, every `checkpointIntervalMs` and
 * once `checkpointEveryEvents` events were recorded since the last. Each run verifies the whole
 * store (against the receipt kept in the data directory too) and, when events were recorded since
 * the last checkpoint, records the next one, signed with the audit key (generated into the data
 * directory with the first checkpoint when none is configured); its receipt is then kept beside
 * the store and, with Kafka, published. A store that does not verify is logged as an error naming
 * the event, and gets no checkpoint.
 */
@Injectable()
export class AuditCheckpoints implements OnApplicationShutdown {
  private readonly logger = new Logger('Audit');
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | null = null;
  private stopped = false;
  /** The store's head at the last run: where counting toward the next checkpoint starts. */
  private headAtLastRun = 0n;
  private last: VerificationRun | null = null;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly kafka: KafkaBridge,
  ) {}

  /** Records the start checkpoint, then starts the schedule (called once, at start-up). */
  async start(): Promise<void> {
    if (this.timers.length > 0) return;
    await this.runOnce();
    if (this.config.checkpointIntervalMs > 0) this.timers.push(setInterval(() => void this.runOnce(), this.config.checkpointIntervalMs));
    // Positions count events in the SQLite store only.
    if (this.config.checkpointEveryEvents > 0 && this.store instanceof SqliteEventStore) {
      this.timers.push(
        setInterval(() => void this.runWhenCounted(), Math.min(COUNT_EVERY_MS, this.config.checkpointIntervalMs || COUNT_EVERY_MS)),
      );
    }
    for (const timer of this.timers) timer.unref();
  }

  /** One verification and, when due, one checkpoint; a run still going is not started twice. */
  runOnce(): Promise<void> {
    this.running ??= this.checkpoint().finally(() => (this.running = null));
    return this.running;
  }

  /** Stops the schedule, lets a run in progress finish, and records the shut-down checkpoint (before the store closes). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await this.running;
    await this.runOnce();
  }

  /** The last run's finding (null before the first): what auditors read as the store's verification state. */
  lastRun(): VerificationRun | null {
    return this.last;
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  private async runWhenCounted(): Promise<void> {
    if (this.running) return;
    const head = await this.store.headPosition();
    if (head - this.headAtLastRun >= BigInt(this.config.checkpointEveryEvents)) await this.runOnce();
  }

  private async checkpoint(): Promise<void> {
    try {
      this.headAtLastRun = await this.store.headPosition();
      const { dataDir, auditKey: configured } = this.config;
      const setup = auditSetupFor(dataDir, configured);
      const { recorded, report } = await checkpointIfChanged(this.store, {
        ...setup,
        signingKey: () => setup.auditKey ?? createAuditKeyFile(dataDir),
        recordedBy: 'system:audit',
        now: () => new Date(),
      });
      this.last = { at: new Date(), report, uncoveredEvents: recorded ? 0 : (report.uncovered?.events ?? 0), error: null };
      if (report.failure) {
        this.logger.error({
          message: 'the event store does not verify: no checkpoint recorded',
          ...report.failure,
          position: String(report.failure.position),
        });
        return;
      }
      if (!recorded) return;
      const { checkpoint } = recorded;
      writeReceiptFile(latestReceiptFile(dataDir), checkpoint);
      this.logger.log({
        message: 'audit checkpoint recorded',
        sequence: checkpoint.sequence,
        events: checkpoint.events,
        globalHash: checkpoint.globalHash,
      });
      await this.kafka.publishCheckpointReceipt(checkpoint.sequence!, receiptOf(checkpoint)).catch((error: unknown) => {
        this.logger.warn({
          message: 'audit checkpoint not published to Kafka (kept in the store and the data directory)',
          sequence: checkpoint.sequence,
          error: String(error),
        });
      });
    } catch (error) {
      this.last = { at: new Date(), report: null, uncoveredEvents: 0, error: String(error) };
      this.logger.error({ message: 'audit checkpoint failed', error: String(error) });
    }
  }
}
