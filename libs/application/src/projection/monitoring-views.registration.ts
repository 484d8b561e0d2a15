import {
  applyMonitoringEvent,
  initialMonitoringState,
  keepTaskTableCurrent,
  type MonitoringState,
  type ProjectedEvent,
} from '@monitor/read-models';
import type { Projection } from './projection.js';

/**
 * The views analysts and auditors query, as one projection over every recorded event; the task
 * table the comparisons read is kept current from the views after each event (snapshots hold the views only).
 */
export const monitoringProjection: Projection<MonitoringState> = {
  name: 'monitoring',
  version: 12,
  initialState: initialMonitoringState,
  apply: (state, event) => {
    applyMonitoringEvent(state, event as ProjectedEvent);
    keepTaskTableCurrent(state, event as ProjectedEvent);
  },
};
