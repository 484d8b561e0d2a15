import { CheckpointedProjector, FileSnapshotStore, monitoringProjection } from '@monitor/application';
import { loadConfig } from '@monitor/api';
import { SqliteEventStore } from '@monitor/event-store';
import { join } from 'node:path';

/**
 * Rebuilds the read models from the whole event store: drops their snapshot, folds every event,
 * and saves a fresh snapshot for the platform to start from. Run it with the platform stopped.
 */
const config = loadConfig();
const store = new SqliteEventStore(join(config.dataDir, 'events.sqlite'));
const snapshots = new FileSnapshotStore(join(config.dataDir, 'read-models'));
await snapshots.remove(monitoringProjection.name);
const projector = new CheckpointedProjector(store, monitoringProjection, snapshots);
const started = performance.now();
await projector.start();
await projector.catchUp();
const seconds = (performance.now() - started) / 1000;
await projector.stop();
await projector.saveSnapshot();
await store.close();
const s = projector.state;
console.log(
  `rebuilt read model "${monitoringProjection.name}" up to position ${projector.checkpoint} in ${seconds.toFixed(2)} s: ` +
    `${s.provinces.size} provinces, ${s.directives.size} directives, ${s.plans.size} plans, ${s.tasks.size} tasks` +
    (projector.failed.length ? `; ${projector.failed.length} events could not be applied` : ''),
);
