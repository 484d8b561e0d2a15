import { FileSnapshotStore, monitoringProjection, rebuildProjection } from '@monitor/application';
import { loadConfig, openEventStore } from '@monitor/api';
import { join } from 'node:path';

/**
 * `npm run rebuild`: rebuilds the read models from the whole event store and saves their snapshot.
 * Run it with the platform stopped; the platform then starts from the fresh snapshot.
 */
const config = loadConfig();
const store = openEventStore(config);
const report = await rebuildProjection(store, monitoringProjection, new FileSnapshotStore(join(config.dataDir, 'read-models')));
await store.close();
const s = report.state;
const rate = Math.round(report.events / report.seconds);
console.log(
  `rebuilt read model "${monitoringProjection.name}" from ${report.events.toLocaleString('en')} events in ${report.seconds.toFixed(2)} s ` +
    `(${rate.toLocaleString('en')} events/s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB): ` +
    `${s.provinces.size} provinces, ${s.directives.size} directives, ${s.plans.size} plans, ${s.tasks.size} tasks` +
    (report.failed ? `; ${report.failed} events could not be applied` : ''),
);
