import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { KafkaBridge } from '../platform/kafka-bridge.js';
import { MonitoringProjector } from '../platform/monitoring-views.js';
import { PlatformLifecycle } from '../platform/platform-lifecycle.js';

@Controller()
export class HealthController {
  constructor(
    private readonly lifecycle: PlatformLifecycle,
    private readonly projector: MonitoringProjector,
    private readonly kafka: KafkaBridge,
  ) {}

  /** The process is up; with the Kafka ingest on, what its consumer is doing. */
  @Get('health')
  health() {
    const kafkaIngest = this.kafka.ingestState;
    return kafkaIngest ? { status: 'ok', kafkaIngest } : { status: 'ok' };
  }

  /**
   * The read models have caught up with the store and the seed is recorded: queries are complete.
   * Not ready either once the Kafka ingest's consumer has stopped (crashed for good, left its
   * group): provincial messages are no longer recorded until the process is restarted.
   */
  @Get('ready')
  ready() {
    const kafkaIngest = this.kafka.ingestState;
    const ingestStopped = this.lifecycle.ready && kafkaIngest?.status === 'stopped';
    const status = !this.lifecycle.ready ? 'starting' : ingestStopped ? 'ingest-stopped' : 'ready';
    const body = {
      status,
      checkpoint: this.projector.checkpoint.toString(),
      parkedEvents: this.projector.parked.length,
      ...(kafkaIngest ? { kafkaIngest } : {}),
      ...(ingestStopped ? { reason: `the Kafka ingest stopped (${kafkaIngest.reason}): restart the process` } : {}),
    };
    if (status !== 'ready') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
