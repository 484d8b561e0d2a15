import { applyMonitoringEvent, initialMonitoringState, type MonitoringState, type ProjectedEvent } from '@monitor/read-models';
import type { Projection } from './projection.js';

/** The views analysts and auditors query, as one projection over every recorded event. */
export const monitoringProjection: Projection<MonitoringState> = {
  name: 'monitoring',
  version: 11,
  initialState: initialMonitoringState,
  apply: (state, event) => applyMonitoringEvent(state, event as ProjectedEvent),
};
