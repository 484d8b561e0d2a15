import { vietnamDayNumber } from '@monitor/domain';
import type { ProgressReportView, ProjectedEvent } from './monitoring.state.js';

/** A task's progress reports, in the order recorded, from the events of the task's stream. */
export const progressReportsFrom = (taskEvents: readonly ProjectedEvent[]): ProgressReportView[] =>
  taskEvents.flatMap((event) =>
    event.type === 'ProgressReported'
      ? [
          {
            id: event.data.reportId,
            taskId: event.data.taskId,
            unitId: event.data.unitId,
            percentComplete: event.data.percentComplete,
            summary: event.data.summary,
            actor: event.metadata.actor,
            occurredAt: event.metadata.occurredAt,
            occurredDay: vietnamDayNumber(event.metadata.occurredAt),
            recordedAt: event.metadata.recordedAt,
            knownMs: Date.parse(event.metadata.recordedAt),
          },
        ]
      : [],
  );
