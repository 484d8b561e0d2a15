import { copyEvents } from '@monitor/application';
import { loadConfig, openEventStore } from '@monitor/api';
import { SqliteEventStore } from '@monitor/event-store';
import { join } from 'node:path';

/**
 * `npm run migrate-events`: moves the embedded shape's history into the configured KurrentDB cluster
 * (MONITOR_EVENT_STORE=kurrentdb, KURRENTDB_CONNECTION_STRING), reading `$MONITOR_DATA_DIR/events.sqlite`.
 * Safe to run again: what the cluster holds already is recognised and skipped. Afterwards delete the
 * read-model snapshots: their checkpoints are SQLite positions (docs/operations.md).
 */
const config = loadConfig();
if (config.eventStore.kind !== 'kurrentdb') {
  console.error(
    'migrate-events copies the SQLite history into KurrentDB: set MONITOR_EVENT_STORE=kurrentdb and KURRENTDB_CONNECTION_STRING',
  );
  process.exit(2);
}
const source = new SqliteEventStore(join(config.dataDir, 'events.sqlite'));
const target = openEventStore(config);
try {
  const report = await copyEvents(source, target, (copied) => {
    if (copied % 100_000 === 0) console.log(`${copied.toLocaleString('en')} events read`);
  });
  console.log(
    `copied ${(report.events - report.alreadyCopied).toLocaleString('en')} events to KurrentDB in ${report.seconds.toFixed(1)} s ` +
      `(${report.alreadyCopied.toLocaleString('en')} of ${report.events.toLocaleString('en')} were there already)`,
  );
} finally {
  await source.close();
  await target.close();
}
