import { CheckpointedProjector } from '@monitor/application';
import { notFound } from '@monitor/domain';
import { findDirective, findProvince, type DirectiveView, type MonitoringState, type ProvinceView } from '@monitor/read-models';
import type { RecordedEvent } from '@monitor/event-store';
import { Injectable, Logger } from '@nestjs/common';

/** The projector that keeps the monitoring views current; a class of its own so Nest can inject it. */
export class MonitoringProjector extends CheckpointedProjector<MonitoringState> {}

/** Tells operators at once when the read models park an event (the parkedEvents query lists them). */
export const logParkedEvent = (event: RecordedEvent, error: unknown): void =>
  new Logger('ReadModels').warn({ message: 'event parked: the read models could not apply it', position: event.position.toString(), stream: event.stream, type: event.type, error: String(error) });

/** Read access to the monitoring views, with look-ups that fail with a clear error. */
@Injectable()
export class MonitoringViews {
  constructor(private readonly projector: MonitoringProjector) {}

  get state(): MonitoringState {
    return this.projector.state;
  }

  requireDirective(typed: string, field = 'directive', state = this.state): DirectiveView {
    const directive = findDirective(state, typed, field);
    if (!directive) throw notFound(field, `no directive "${typed}" is registered`);
    return directive;
  }

  requireProvince(typed: string, field = 'province', state = this.state): ProvinceView {
    const province = findProvince(state, typed);
    if (!province) throw notFound(field, `no province "${typed}" is registered`);
    return province;
  }
}
