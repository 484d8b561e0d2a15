import { CheckpointedProjector, CommandRunner, InMemorySnapshotStore, monitoringProjection, simulateActivity } from '@monitor/application';
import { loadConfig } from '@monitor/api';
import { SqliteEventStore } from '@monitor/event-store';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * `npm run simulate -- [--seed 1] [--until 2025-06-30] [--provinces 30] [--plans 3] [--tasks 8] [--directive 696/QĐ-TTg]`:
 * records seeded, plausible activity marked `simulated` (see libs/application/src/simulation).
 * Simulated events build on the real record only; comparisons leave them out unless asked.
 */
const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    until: { type: 'string', default: '2025-06-30' },
    provinces: { type: 'string', default: '30' },
    plans: { type: 'string', default: '3' },
    tasks: { type: 'string', default: '8' },
    directive: { type: 'string', default: '696/QĐ-TTg' },
  },
});
const whole = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${values[name]}"`);
  return n;
};
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.until!)) throw new Error(`--until must be a day (YYYY-MM-DD), got "${values.until}"`);

const config = loadConfig();
const store = new SqliteEventStore(join(config.dataDir, 'events.sqlite'));
const projector = new CheckpointedProjector(store, monitoringProjection, new InMemorySnapshotStore());
await projector.start();
await projector.catchUp();
await projector.stop();
const started = performance.now();
const report = await simulateActivity(new CommandRunner(store), projector.state.withoutSimulated!, {
  seed: whole('seed'),
  until: values.until!,
  directive: values.directive!,
  syntheticProvinces: whole('provinces'),
  plansPerProvince: whole('plans'),
  tasksPerPlan: whole('tasks'),
});
await store.close();
console.log(
  `simulated (seed ${values.seed}, until ${values.until}): ${report.commands} commands recorded in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
    `${JSON.stringify(report.byType)}; ${report.alreadyRecorded} already recorded, ${report.refused} refused by the rules`,
);
