// Test-only: data directories with a real SQLite store recorded through the command runner.
import { CommandRunner, seedPlatform } from '@monitor/application';
import { SqliteEventStore } from '@monitor/event-store';
import { seedCommands } from '@monitor/seeds';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../support/io.js';

export const scratch = (): { path: string; remove: () => void } => {
  const path = mkdtempSync(join(tmpdir(), 'monitor-cli-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
};

/** A seeded data directory: its store, open, and a command runner over it (the clock real). */
export interface SeededDataDir {
  readonly store: SqliteEventStore;
  readonly run: CommandRunner['run'];
}

/** The seed documents recorded into `<dataDir>/events.sqlite`, the platform's clock standing at `recordedAt`. */
export const seededDataDir = async (dataDir: string, recordedAt = '2024-01-10T03:00:00.000Z'): Promise<SeededDataDir> => {
  mkdirSync(dataDir, { recursive: true });
  const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  // The clock stands before the seeds' 2025 mergers: the future is not checked against it.
  await seedPlatform(new CommandRunner(store, () => new Date(recordedAt), undefined, false), seedCommands());
  const runner = new CommandRunner(store);
  return { store, run: (command, context) => runner.run(command, context) };
};

/** An Io that keeps what a command prints. */
export const capturedIo = (signal = new AbortController().signal): Io & { printed: () => string; noted: () => string } => {
  let text = '';
  let notes = '';
  return {
    out: (t) => void (text += t),
    note: (t) => void (notes += t),
    signal,
    showProgress: false,
    printed: () => text,
    noted: () => notes,
  };
};
