import { CheckpointedProjector } from '@monitor/application';
import type { MonitoringState } from '@monitor/read-models';
import type { RecordedEvent } from '@monitor/event-store';
import { Logger } from '@nestjs/common';

/** The projector that keeps the monitoring views current; a class of its own so Nest can inject it. */
export class MonitoringProjector extends CheckpointedProjector<MonitoringState> {}

/** Tells operators at once when the read models park an event (the parkedEvents query lists them). */
export const logParkedEvent = (event: RecordedEvent, error: unknown): void =>
  new Logger('ReadModels').warn({
    message: 'event parked: the read models could not apply it',
    position: event.position.toString(),
    stream: event.stream,
    type: event.type,
    error: String(error),
  });
