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
            occurredAt: event.occurredAt,
            occurredDay: vietnamDayNumber(event.occurredAt),
            recordedAt: event.recordedAt,
          },
        ]
      : [],
  );
