import { CheckpointedProjector, CommandRunner, InMemorySnapshotStore, monitoringProjection } from '@monitor/application';
import { simulateActivity, type SimulationReport } from '@monitor/application/simulation';
import { Command } from 'commander';
import { CliError } from '../support/cli-error.js';
import { openExistingStore, type GlobalOptions } from '../support/data-dir.js';
import type { Io } from '../support/io.js';
import { wholeNumber } from '../support/whole-number.js';

export interface SimulateOptions extends GlobalOptions {
  readonly seed?: string;
  readonly until?: string;
  readonly provinces?: string;
  readonly plans?: string;
  readonly tasks?: string;
  readonly directive?: string;
}

/**
 * `monitor simulate`: records seeded, plausible activity marked `simulated` on top of the real
 * record (see libs/application/src/simulation). The same seed records nothing twice.
 */
export const runSimulate = async (options: SimulateOptions, io: Io): Promise<number> => {
  const until = options.until ?? '2025-06-30';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) throw new CliError(`--until must be a day (YYYY-MM-DD), not "${until}"`);
  const settings = {
    seed: wholeNumber(options.seed ?? '1', '--seed'),
    until,
    directive: options.directive ?? '696/QĐ-TTg',
    syntheticProvinces: wholeNumber(options.provinces ?? '30', '--provinces'),
    plansPerProvince: wholeNumber(options.plans ?? '3', '--plans'),
    tasksPerPlan: wholeNumber(options.tasks ?? '8', '--tasks'),
  };
  const store = openExistingStore(options.dataDir);
  try {
    // The simulator builds on the real record as it stands: the read models without simulated data.
    const projector = new CheckpointedProjector(store, monitoringProjection, new InMemorySnapshotStore());
    await projector.start();
    await projector.catchUp(60 * 60_000);
    await projector.stop();
    const started = performance.now();
    const report: SimulationReport = await simulateActivity(new CommandRunner(store), projector.state.withoutSimulated!, settings);
    io.out(
      `simulated (seed ${settings.seed}, until ${until}): ${report.commands.toLocaleString('en')} commands recorded in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        `${report.alreadyRecorded} already recorded, ${report.refused} refused by the rules\n` +
        Object.entries(report.byType)
          .map(([type, n]) => `  ${n.toLocaleString('en').padStart(10)}  ${type}\n`)
          .join(''),
    );
    return 0;
  } finally {
    await store.close();
  }
};

export const simulateCommand = (io: Io, exit: (code: number) => void): Command =>
  new Command('simulate')
    .description(
      'record seeded, plausible activity (reports, deadline changes, late reports, synthetic provinces), every event marked simulated',
    )
    .option('--seed <n>', 'seed of the random generator: the same seed gives the same history', '1')
    .option('--until <day>', 'simulate up to this day (YYYY-MM-DD)', '2025-06-30')
    .option('--provinces <n>', 'synthetic provinces to add (0: only activity on the seed plans)', '30')
    .option('--plans <n>', 'plans per synthetic province', '3')
    .option('--tasks <n>', 'tasks per synthetic plan', '8')
    .option('--directive <id>', 'the national decision the synthetic plans carry out', '696/QĐ-TTg')
    .action(async (_options: unknown, command: Command) => exit(await runSimulate(command.optsWithGlobals<SimulateOptions>(), io)));
