import { readCheckpoints, verifyStore, writeReceiptFile } from '@monitor/audit';
import { Command } from 'commander';
import { resolve } from 'node:path';
import { count, failureLines, recordCheckpointOver } from '../support/audit-report.js';
import { CliError, EXIT } from '../support/cli-error.js';
import { auditSetup, namingDamage, openStoreToAudit, storeFile, type GlobalOptions } from '../support/data-dir.js';
import type { Io } from '../support/io.js';

export interface CheckpointOptions extends GlobalOptions {
  /** Where to write the receipt of the latest checkpoint, to keep outside the platform. */
  readonly export?: string;
}

/**
 * `monitor checkpoint`: verifies the store and records the next signed checkpoint when events were
 * recorded since the last; with `--export`, writes the latest checkpoint's receipt for an auditor to
 * keep outside the platform and check the store against later (`monitor verify --against`).
 */
export const runCheckpoint = async (options: CheckpointOptions, io: Io): Promise<number> => {
  const setup = auditSetup(options.dataDir);
  const store = openStoreToAudit(options.dataDir);
  try {
    return await namingDamage(storeFile(options.dataDir), async () => {
      const report = await verifyStore(store, {
        auditKey: setup.auditKey,
        checkpointsExpected: setup.checkpointsExpected,
        receipts: setup.receipts,
        signal: io.signal,
      });
      if (io.signal.aborted)
        throw new CliError(`checkpoint interrupted after verifying ${count(report.events)} events: nothing recorded`, EXIT.interrupted);
      if (report.failure) {
        io.out([...failureLines(report), 'no checkpoint recorded, no receipt exported'].join('\n') + '\n');
        return EXIT.verifyFailed;
      }
      const latest =
        (await recordCheckpointOver(store, report, options.dataDir, setup, io)) ?? (await readCheckpoints(store)).at(-1)?.checkpoint;
      if (options.export) {
        if (!latest) throw new CliError('no checkpoint to export: the store is empty');
        writeReceiptFile(resolve(options.export), latest);
        io.out(
          `receipt of checkpoint #${latest.sequence ?? '(unchained)'} over ${count(latest.events)} events written to ${options.export}: keep it outside the platform\n`,
        );
      }
      return 0;
    });
  } finally {
    await store.close();
  }
};

export const checkpointCommand = (io: Io, exit: (code: number) => void): Command =>
  new Command('checkpoint')
    .description('verify the store, record the next signed checkpoint when events were recorded since the last, and export its receipt')
    .option(
      '--export <file>',
      'write the receipt of the latest checkpoint to this file, to keep outside the platform (check with verify --against)',
    )
    .action(async (_options: unknown, command: Command) => exit(await runCheckpoint(command.optsWithGlobals<CheckpointOptions>(), io)));
