import { SqliteEventStore } from '@monitor/event-store';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError } from './cli-error.js';

/** The options every command shares (set on the program, before the command name). */
export interface GlobalOptions {
  readonly dataDir: string;
}

export const storeFile = (dataDir: string): string => join(resolve(dataDir), 'events.sqlite');

/** Opens the platform's existing store; never creates one where a typo in the path would leave it empty. */
export const openExistingStore = (dataDir: string): SqliteEventStore => {
  const file = storeFile(dataDir);
  if (!existsSync(file)) throw new CliError(`no event store at ${file} (give --data-dir or set MONITOR_DATA_DIR)`);
  return new SqliteEventStore(file);
};

/** The audit key checkpoints are signed with: MONITOR_AUDIT_KEY, at least 32 characters, or none. */
export const auditKeyFromEnvironment = (env: NodeJS.ProcessEnv = process.env): string | null => {
  const key = env.MONITOR_AUDIT_KEY;
  if (key === undefined || key === '') return null;
  if (key.length < 32) throw new CliError('MONITOR_AUDIT_KEY must be at least 32 characters');
  return key;
};
