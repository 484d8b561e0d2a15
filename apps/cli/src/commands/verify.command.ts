import { recordCheckpoint, signCheckpoint, verifyStore, type VerifyReport } from '@monitor/application';
import { Command } from 'commander';
import { CliError, EXIT } from '../support/cli-error.js';
import { auditKeyFromEnvironment, openExistingStore, type GlobalOptions } from '../support/data-dir.js';
import type { Io } from '../support/io.js';
import { wholeNumber } from '../support/whole-number.js';
import { progressBar } from '../support/progress.js';

export interface VerifyOptions extends GlobalOptions {
  readonly recordCheckpoint?: boolean;
  readonly json?: boolean;
  readonly threads?: string;
}

const describe = (r: VerifyReport, seconds: number): string[] => [
  `${r.events.toLocaleString('en')} events in ${r.streams.toLocaleString('en')} streams verified in ${seconds.toFixed(2)} s (${Math.round(r.events / Math.max(seconds, 1e-9)).toLocaleString('en')} events/s, ${r.threads} ${r.threads === 1 ? 'thread' : 'threads'})`,
  `chained: ${r.chained.toLocaleString('en')}; unchained (recorded before hash chaining existed, linked onward but not provable): ${r.unchained.toLocaleString('en')}`,
  `checkpoints matched: ${r.checkpointsChecked}${r.checkpointsUnsigned ? ` (${r.checkpointsUnsigned} signed, signature not checked: MONITOR_AUDIT_KEY not set)` : ''}`,
  `hash over the global order through position ${r.lastPosition}: ${r.globalHash}`,
];

/** `monitor verify`: recomputes every hash chain and checkpoint; exit code 1 names the first event that does not match. */
export const runVerify = async (options: VerifyOptions, io: Io): Promise<number> => {
  const auditKey = auditKeyFromEnvironment();
  const store = openExistingStore(options.dataDir);
  try {
    // Positions in the SQLite store are row ids, one per event: the last one is the number of events.
    const progress = progressBar('verify', Number(await store.headPosition()), io.showProgress);
    const started = performance.now();
    const report = await verifyStore(store, { auditKey, signal: io.signal, onProgress: (events) => progress.update(events), threads: options.threads === undefined ? undefined : wholeNumber(options.threads, '--threads', 1) });
    progress.stop();
    const seconds = (performance.now() - started) / 1000;
    if (io.signal.aborted) throw new CliError(`verify interrupted after ${report.events.toLocaleString('en')} events: no conclusion`, EXIT.interrupted);
    const { failure } = report;
    if (options.json) io.out(JSON.stringify({ ...report, lastPosition: String(report.lastPosition), failure: failure && { ...failure, position: String(failure.position) }, seconds }) + '\n');
    else if (failure) {
      io.out(
        [
          `NOT VERIFIED: ${failure.kind} at position ${failure.position}, stream ${failure.stream}, revision ${failure.revision}, event ${failure.eventId}`,
          `  ${failure.detail}`,
          `  (${report.events.toLocaleString('en')} events before it verified)`,
        ].join('\n') + '\n',
      );
    } else io.out(['verified: nothing recorded was changed', ...describe(report, seconds)].join('\n') + '\n');
    if (failure) return EXIT.verifyFailed;
    if (options.recordCheckpoint && report.events > 0) {
      const checkpoint = signCheckpoint({ events: report.events, throughEventId: report.lastEventId!, throughPosition: String(report.lastPosition), globalHash: report.globalHash }, auditKey);
      const position = await recordCheckpoint(store, checkpoint, 'monitor-cli', new Date());
      if (!options.json) io.out(`checkpoint recorded at position ${position}${auditKey ? ', signed with MONITOR_AUDIT_KEY' : ' (unsigned: MONITOR_AUDIT_KEY not set)'}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
};

export const verifyCommand = (io: Io, exit: (code: number) => void): Command =>
  new Command('verify')
    .description('check every event against its hash chain and the recorded checkpoints; name the first that does not match')
    .option('--record-checkpoint', 'when everything verifies, record a checkpoint over the global order (signed with MONITOR_AUDIT_KEY when set)')
    .option('--json', 'print the report as JSON')
    .option('--threads <count>', 'threads to split the walk over (default: one per core, for stores of 50,000 events or more)')
    .action(async (_options: unknown, command: Command) => exit(await runVerify(command.optsWithGlobals<VerifyOptions>(), io)));
