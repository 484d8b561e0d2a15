import type { MonitoringState, ProjectedEvent } from '../views/monitoring.state.js';
import { emptyTaskTable, putTaskRow, type TaskTable } from './task-table.js';

// The task table of each state (the views, and the views without simulated data), beside the state
// rather than in it: the views know nothing of it, and snapshots hold the views only.
interface Kept {
  readonly table: TaskTable;
  /** The views' eventsApplied the table reflects. */
  eventsApplied: number;
}

const kept = new WeakMap<MonitoringState, Kept>();

/** The whole table anew from the task views, in the order the tasks were defined. */
const derived = (state: MonitoringState): Kept => {
  const table = emptyTaskTable();
  for (const task of state.tasks.values()) putTaskRow(table, task);
  const fresh = { table, eventsApplied: state.eventsApplied };
  kept.set(state, fresh);
  return fresh;
};

/**
 * The task table current with the views. Kept current event by event by keepTaskTableCurrent when
 * the projector runs it; derived anew from the views when first asked, or when events reached the
 * views without it (a snapshot restored, a test folding the views alone).
 */
export const taskTableOf = (state: MonitoringState): TaskTable => {
  const current = kept.get(state);
  return current && current.eventsApplied === state.eventsApplied ? current.table : derived(state).table;
};

const keepCurrent = (state: MonitoringState, event: ProjectedEvent): void => {
  const current = kept.get(state);
  // Not asked for yet (a rebuild), or already behind: derived in full when next asked.
  if (!current || current.eventsApplied !== state.eventsApplied - 1) return;
  current.eventsApplied = state.eventsApplied;
  const taskId = (event.data as { readonly taskId?: unknown } | undefined)?.taskId;
  const task = typeof taskId === 'string' ? state.tasks.get(taskId) : undefined;
  if (task) putTaskRow(current.table, task);
};

/**
 * The columns' projection step, run after the views' (applyMonitoringEvent) for each event: the row
 * of the task the event changed is written again from its view, in both copies of the views.
 */
export const keepTaskTableCurrent = (state: MonitoringState, event: ProjectedEvent): void => {
  keepCurrent(state, event);
  if (state.withoutSimulated && !event.simulated) keepCurrent(state.withoutSimulated, event);
};
