import { exportedLine, isUnreadable, replayUntil, storedEventBatches } from '@monitor/audit';
import { stringify } from 'csv-stringify/sync';
import { Command } from 'commander';
import { resolve } from 'node:path';
import { writeFileAtomically } from '../support/atomic-file.js';
import { CliError } from '../support/cli-error.js';
import { comparisonRows } from '../support/comparison-rows.js';
import { openExistingStore, type GlobalOptions } from '../support/data-dir.js';
import type { Io } from '../support/io.js';
import { parseMoment } from '../support/moment.js';
import { progressBar } from '../support/progress.js';

export interface ExportOptions extends GlobalOptions {
  readonly events?: string;
  readonly comparisons?: string;
  readonly until?: string;
  readonly directive?: string[];
}

/** `monitor export`: events as NDJSON (one per line, in global order) and/or comparisons as CSV; each file appears whole or not at all. */
export const runExport = async (options: ExportOptions, io: Io): Promise<number> => {
  if (!options.events && !options.comparisons) throw new CliError('give --events <file.ndjson>, --comparisons <file.csv>, or both');
  const until = options.until ? parseMoment(options.until, '--until') : new Date();
  const store = openExistingStore(options.dataDir);
  try {
    const head = Number(await store.headPosition());
    if (options.events) {
      const progress = progressBar('export events', head, io.showProgress);
      let count = 0;
      await writeFileAtomically(
        resolve(options.events),
        async (out) => {
          for await (const batch of storedEventBatches(store)) {
            let lines = '';
            for (const event of batch) {
              if (isUnreadable(event))
                throw new CliError(
                  `event at position ${event.position} (${event.stream} revision ${event.revision}) cannot be read: ${event.unreadable}; run verify`,
                );
              lines += exportedLine(event) + '\n';
            }
            await out.write(lines);
            count += batch.length;
            progress.update(Number(batch[batch.length - 1]?.position ?? 0));
          }
        },
        io.signal,
      ).finally(() => progress.stop());
      io.out(`exported ${count.toLocaleString('en')} events to ${resolve(options.events)}\n`);
    }
    if (options.comparisons) {
      const progress = progressBar('replay', head, io.showProgress);
      const { state } = await replayUntil(store, until, { signal: io.signal, onProgress: (read) => progress.update(read) }).finally(() =>
        progress.stop(),
      );
      const rows = comparisonRows(state, until, options.directive ?? []);
      await writeFileAtomically(
        resolve(options.comparisons),
        (out) => out.write(stringify(rows, { header: true, cast: { number: String } })),
        io.signal,
      );
      io.out(`exported ${rows.length} comparison rows as of ${until.toISOString()} to ${resolve(options.comparisons)}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
};

export const exportCommand = (io: Io, exit: (code: number) => void): Command =>
  new Command('export')
    .description('write the events as NDJSON and/or the province comparisons as CSV')
    .option('--events <file>', 'NDJSON file: one event per line, in global order, hashes included')
    .option('--comparisons <file>', 'CSV file: one row per directive and province')
    .option('--until <moment>', 'for --comparisons: as the platform showed them at this moment (default: now)')
    .option('--directive <id...>', 'for --comparisons: directives to compare (default: every national directive)')
    .action(async (_options: unknown, command: Command) => exit(await runExport(command.optsWithGlobals<ExportOptions>(), io)));
