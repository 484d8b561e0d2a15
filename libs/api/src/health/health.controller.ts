import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { MonitoringProjector } from '../platform/monitoring-views.js';
import { PlatformLifecycle } from '../platform/platform-lifecycle.js';

@Controller()
export class HealthController {
  constructor(
    private readonly lifecycle: PlatformLifecycle,
    private readonly projector: MonitoringProjector,
  ) {}

  /** The process is up. */
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  /** The read models have caught up with the store and the seed is recorded: queries are complete. */
  @Get('ready')
  ready() {
    const body = { status: this.lifecycle.ready ? 'ready' : 'starting', checkpoint: this.projector.checkpoint.toString(), parkedEvents: this.projector.parked.length };
    if (!this.lifecycle.ready) throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
