import { CheckpointedProjector, FileSnapshotStore, InMemorySnapshotStore, monitoringProjection } from '@monitor/application';
import { SqliteEventStore } from '@monitor/event-store';
import { join } from 'node:path';

/**
 * Rebuilds every read model from the stored events and prints the rate and the peak memory; leaves
 * a snapshot in the data directory so a platform started on it resumes instead of rebuilding.
 */
export const benchRebuild = async (dataDir: string): Promise<void> => {
  const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  let events = 0;
  const counted = { ...monitoringProjection, apply: (...args: Parameters<typeof monitoringProjection.apply>) => (events++, monitoringProjection.apply(...args)) };
  const projector = new CheckpointedProjector(store, counted, new InMemorySnapshotStore());
  global.gc?.();
  const started = performance.now();
  await projector.start();
  await projector.catchUp();
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `rebuild read models from SQLite: ${events.toLocaleString('en')} events in ${seconds.toFixed(2)} s = ` +
      `${Math.round(events / seconds).toLocaleString('en')} events/s (target ≥ 300,000); ` +
      `peak RSS ${peakRssMb.toFixed(0)} MB, heap after ${heapMb.toFixed(0)} MB`,
  );
  await projector.stop();
  await new FileSnapshotStore(join(dataDir, 'read-models')).save(monitoringProjection.name, {
    version: monitoringProjection.version,
    checkpoint: projector.checkpoint.toString(),
    state: projector.state,
  });
  await store.close();
};
