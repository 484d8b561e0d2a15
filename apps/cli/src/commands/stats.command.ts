import { isUnreadable, storedEventBatches } from '@monitor/audit';
import { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { openExistingStore, storeFile, type GlobalOptions } from '../support/data-dir.js';
import type { Io } from '../support/io.js';
import { progressBar } from '../support/progress.js';

export interface StatsOptions extends GlobalOptions {
  readonly json?: boolean;
}

export interface StoreStats {
  events: number;
  streams: number;
  unreadable: number;
  simulated: number;
  chained: number;
  byType: Record<string, number>;
  byCategory: Record<string, number>;
  firstRecordedAt: string | null;
  lastRecordedAt: string | null;
  firstOccurredAt: string | null;
  lastOccurredAt: string | null;
  /** On disk: the database file and its write-ahead log, where a running platform's latest writes sit. */
  bytes: number;
  walBytes: number;
}

const sizeOf = (file: string): number => (existsSync(file) ? statSync(file).size : 0);

const count = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
const earlier = (a: string | null, b: string) => (a === null || b < a ? b : a);
const mebibytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const later = (a: string | null, b: string) => (a === null || b > a ? b : a);

const table = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `  ${n.toLocaleString('en').padStart(12)}  ${key}`);

/** `monitor stats`: what the store holds, by event type and stream category, and the time it spans. */
export const runStats = async (options: StatsOptions, io: Io): Promise<number> => {
  const store = openExistingStore(options.dataDir);
  const s: StoreStats = {
    events: 0,
    streams: 0,
    unreadable: 0,
    simulated: 0,
    chained: 0,
    byType: {},
    byCategory: {},
    firstRecordedAt: null,
    lastRecordedAt: null,
    firstOccurredAt: null,
    lastOccurredAt: null,
    bytes: 0,
    walBytes: 0,
  };
  // Measured while open: closing the last connection folds the log into the file and removes it.
  s.walBytes = sizeOf(`${storeFile(options.dataDir)}-wal`);
  s.bytes = sizeOf(storeFile(options.dataDir)) + s.walBytes;
  const streams = new Set<string>();
  try {
    const progress = progressBar('stats', Number(await store.headPosition()), io.showProgress);
    for await (const batch of storedEventBatches(store)) {
      for (const event of batch) {
        s.events++;
        streams.add(event.stream);
        count(s.byCategory, event.stream.split('-')[0]!);
        if (isUnreadable(event)) {
          s.unreadable++;
          continue;
        }
        count(s.byType, event.type);
        const { recordedAt, occurredAt, simulated, chain } = event.metadata;
        if (simulated) s.simulated++;
        if (chain) s.chained++;
        s.firstRecordedAt = earlier(s.firstRecordedAt, recordedAt);
        s.lastRecordedAt = later(s.lastRecordedAt, recordedAt);
        s.firstOccurredAt = earlier(s.firstOccurredAt, occurredAt);
        s.lastOccurredAt = later(s.lastOccurredAt, occurredAt);
      }
      progress.update(Number(batch[batch.length - 1]?.position ?? 0));
      if (io.signal.aborted) break;
    }
    progress.stop();
  } finally {
    await store.close();
  }
  s.streams = streams.size;
  if (options.json) {
    io.out(JSON.stringify(s) + '\n');
    return 0;
  }
  io.out(
    [
      `${s.events.toLocaleString('en')} events in ${s.streams.toLocaleString('en')} streams, ${mebibytes(s.bytes)} MiB on disk (${mebibytes(s.walBytes)} MiB of it in the write-ahead log)` +
        (io.signal.aborted ? ' (interrupted: partial counts)' : ''),
      `chained ${s.chained.toLocaleString('en')}, simulated ${s.simulated.toLocaleString('en')}, unreadable ${s.unreadable.toLocaleString('en')}`,
      `recorded ${s.firstRecordedAt ?? '–'} … ${s.lastRecordedAt ?? '–'}`,
      `occurred ${s.firstOccurredAt ?? '–'} … ${s.lastOccurredAt ?? '–'}`,
      'by event type:',
      ...table(s.byType),
      'by stream category:',
      ...table(s.byCategory),
    ].join('\n') + '\n',
  );
  return 0;
};

export const statsCommand = (io: Io, exit: (code: number) => void): Command =>
  new Command('stats')
    .description('count the events by type and stream category, and the time they span')
    .option('--json', 'print the figures as JSON')
    .action(async (_options: unknown, command: Command) => exit(await runStats(command.optsWithGlobals<StatsOptions>(), io)));
