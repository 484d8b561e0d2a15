import { replayUntil } from '@monitor/audit';
import { stringify } from 'csv-stringify/sync';
import { Command } from 'commander';
import { CliError, EXIT } from '../support/cli-error.js';
import { comparisonRows, comparisonTable } from '../support/comparison-rows.js';
import { openExistingStore, type GlobalOptions } from '../support/data-dir.js';
import type { Io } from '../support/io.js';
import { parseMoment } from '../support/moment.js';
import { progressBar } from '../support/progress.js';

export interface ReplayOptions extends GlobalOptions {
  readonly until: string;
  readonly directive?: string[];
  readonly format?: 'table' | 'csv';
}

/** `monitor replay --until`: the read models rebuilt from the events recorded by then, and the comparison they gave. */
export const runReplay = async (options: ReplayOptions, io: Io): Promise<number> => {
  const until = parseMoment(options.until, '--until');
  const format = options.format ?? 'table';
  if (format !== 'table' && format !== 'csv') throw new CliError(`--format must be table or csv, not "${format}"`);
  const store = openExistingStore(options.dataDir);
  try {
    const progress = progressBar('replay', Number(await store.headPosition()), io.showProgress);
    const started = performance.now();
    const report = await replayUntil(store, until, { signal: io.signal, onProgress: (read) => progress.update(read) }).catch(
      (error: Error) => {
        throw new CliError(error.message, io.signal.aborted ? EXIT.interrupted : EXIT.failed);
      },
    );
    progress.stop();
    const seconds = (performance.now() - started) / 1000;
    const rows = comparisonRows(report.state, until, options.directive ?? []);
    if (format === 'csv') io.out(stringify(rows, { header: true, cast: { number: String } }));
    else io.out((rows.length ? comparisonTable(rows) : 'no directive with provinces was recorded by then') + '\n');
    io.note(
      `replayed ${report.applied.toLocaleString('en')} of ${report.read.toLocaleString('en')} events (recorded by ${until.toISOString()}) in ${seconds.toFixed(2)} s, ` +
        `${Math.round(report.read / Math.max(seconds, 1e-9)).toLocaleString('en')} events/s` +
        (report.failed.length
          ? `; ${report.failed.length} could not be applied (first at position ${report.failed[0]!.position}: ${report.failed[0]!.reason})`
          : '') +
        '\n',
    );
    return 0;
  } finally {
    await store.close();
  }
};

export const replayCommand = (io: Io, exit: (code: number) => void): Command =>
  new Command('replay')
    .description('rebuild the read models from the events recorded up to a moment and print the province comparison as it stood')
    .requiredOption('--until <moment>', 'a day (2022-06-30: its end, Vietnam time) or an ISO date-time (2022-06-30T10:00:00Z)')
    .option('--directive <id...>', 'directives to compare (default: every national directive); diacritics optional')
    .option('--format <format>', 'table or csv', 'table')
    .action(async (_options: unknown, command: Command) => exit(await runReplay(command.optsWithGlobals<ReplayOptions>(), io)));
