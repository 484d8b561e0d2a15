import type { EventStore } from '@monitor/event-store';
import { CheckpointedProjector } from './checkpointed-projector.js';
import type { Projection, SnapshotStore } from './projection.js';

export interface RebuildReport<State> {
  readonly state: State;
  readonly events: number;
  readonly seconds: number;
  readonly checkpoint: bigint;
  readonly failed: number;
}

/** A rebuild folds everything, from a remote store too: an hour before it is reported as stuck. */
const REBUILD_BUDGET_MS = 60 * 60_000;

/**
 * Rebuilds a projection from the whole store, from zero: drops its snapshot, folds every event, and
 * saves a fresh snapshot (not counted in `seconds`) for the platform to start from.
 */
export const rebuildProjection = async <State>(
  store: EventStore,
  projection: Projection<State>,
  snapshots: SnapshotStore,
): Promise<RebuildReport<State>> => {
  await snapshots.remove(projection.name);
  let events = 0;
  const counting: Projection<State> = { ...projection, apply: (state, event) => (events++, projection.apply(state, event)) };
  const projector = new CheckpointedProjector(store, counting, snapshots);
  const started = performance.now();
  await projector.start();
  await projector.catchUp(REBUILD_BUDGET_MS);
  const seconds = (performance.now() - started) / 1000;
  await projector.stop();
  await projector.saveSnapshot();
  return { state: projector.state, events, seconds, checkpoint: projector.checkpoint, failed: projector.parked.length };
};
