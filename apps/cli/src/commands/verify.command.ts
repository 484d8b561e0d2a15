import { ReceiptError, readReceiptFile, verifyStore, type KeptReceipt, type VerifyReport } from '@monitor/audit';
import { Command } from 'commander';
import { resolve } from 'node:path';
import { CliError, EXIT } from '../support/cli-error.js';
import { auditSetup, namingDamage, openStoreToAudit, storeFile, type GlobalOptions } from '../support/data-dir.js';
import type { Io } from '../support/io.js';
import { wholeNumber } from '../support/whole-number.js';
import { progressBar } from '../support/progress.js';
import { count, coverageLine, failureLines, recordCheckpointOver } from '../support/audit-report.js';

export interface VerifyOptions extends GlobalOptions {
  readonly recordCheckpoint?: boolean;
  readonly json?: boolean;
  readonly threads?: string;
  /** Receipts exported with `monitor checkpoint --export`, kept outside the platform. */
  readonly against?: readonly string[];
}

const describe = (r: VerifyReport, seconds: number, keyKnown: boolean, receipts: number): string[] => [
  `${count(r.events)} events in ${count(r.streams)} streams verified in ${seconds.toFixed(2)} s (${count(Math.round(r.events / Math.max(seconds, 1e-9)))} events/s, ${r.threads} ${r.threads === 1 ? 'thread' : 'threads'})`,
  `chained: ${count(r.chained)}; unchained (recorded before hash chaining existed, linked onward but not provable): ${count(r.unchained)}`,
  `checkpoints matched: ${r.checkpointsChecked}${receipts ? ` (receipts kept outside the store among them: ${receipts})` : ''}${r.checkpointsUnsigned ? ` (${r.checkpointsUnsigned} signed, signature not checked: no audit key)` : ''}`,
  coverageLine(r, keyKnown),
  `hash over the global order through position ${r.lastPosition}: ${r.globalHash}`,
];

const receiptsFrom = (files: readonly string[]): KeptReceipt[] =>
  files.map((file) => {
    try {
      const checkpoint = readReceiptFile(resolve(file));
      if (!checkpoint) throw new CliError(`no receipt at ${file}`);
      return { checkpoint, source: file };
    } catch (error) {
      throw error instanceof ReceiptError ? new CliError(error.message) : error;
    }
  });

/** `monitor verify`: recomputes every hash chain and checkpoint; exit code 1 names the first event that does not match. */
export const runVerify = async (options: VerifyOptions, io: Io): Promise<number> => {
  const setup = auditSetup(options.dataDir);
  const against = receiptsFrom(options.against ?? []);
  const store = openStoreToAudit(options.dataDir);
  try {
    return await namingDamage(storeFile(options.dataDir), async () => {
      // Positions in the SQLite store are row ids, one per event: the last one is the number of events.
      const progress = progressBar('verify', Number(await store.headPosition()), io.showProgress);
      const started = performance.now();
      const report = await verifyStore(store, {
        auditKey: setup.auditKey,
        checkpointsExpected: setup.checkpointsExpected,
        receipts: [...setup.receipts, ...against],
        signal: io.signal,
        onProgress: (events) => progress.update(events),
        threads: options.threads === undefined ? undefined : wholeNumber(options.threads, '--threads', 1),
      });
      progress.stop();
      const seconds = (performance.now() - started) / 1000;
      if (io.signal.aborted) throw new CliError(`verify interrupted after ${count(report.events)} events: no conclusion`, EXIT.interrupted);
      const { failure, signedThrough, uncovered } = report;
      if (options.json) {
        io.out(
          JSON.stringify({
            ...report,
            lastPosition: String(report.lastPosition),
            failure: failure && { ...failure, position: String(failure.position) },
            signedThrough: signedThrough && { ...signedThrough, position: String(signedThrough.position) },
            uncovered: uncovered && {
              ...uncovered,
              afterPosition: String(uncovered.afterPosition),
              throughPosition: String(uncovered.throughPosition),
            },
            seconds,
          }) + '\n',
        );
      } else if (failure) io.out(failureLines(report).join('\n') + '\n');
      else
        io.out(
          ['verified: nothing recorded was changed', ...describe(report, seconds, setup.auditKey !== null, against.length)].join('\n') +
            '\n',
        );
      if (failure) return EXIT.verifyFailed;
      if (options.recordCheckpoint) await recordCheckpointOver(store, report, options.dataDir, setup, options.json ? undefined : io);
      return 0;
    });
  } finally {
    await store.close();
  }
};

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const verifyCommand = (io: Io, exit: (code: number) => void): Command =>
  new Command('verify')
    .description(
      'check every event against its hash chain and the signed checkpoints; name the first that does not match, and say what no signed checkpoint covers',
    )
    .option(
      '--against <receipt>',
      'also check the store against a checkpoint receipt kept outside the platform (monitor checkpoint --export); repeatable',
      collect,
    )
    .option('--record-checkpoint', 'when everything verifies, record the next signed checkpoint')
    .option('--json', 'print the report as JSON')
    .option('--threads <count>', 'threads to split the walk over (default: one per core, for stores of 50,000 events or more)')
    .action(async (_options: unknown, command: Command) => exit(await runVerify(command.optsWithGlobals<VerifyOptions>(), io)));
