import { auditSetupFor, ReceiptError, type AuditSetup } from '@monitor/audit';
import { describeSqliteError, SqliteEventStore, storeFileDamage } from '@monitor/event-store';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError, EXIT } from './cli-error.js';

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

/** Opens the store for an audit: a damaged file is named (exit code 3), never opened, since opening would add a missing table. */
export const openStoreToAudit = (dataDir: string): SqliteEventStore => {
  const file = storeFile(dataDir);
  if (!existsSync(file)) throw new CliError(`no event store at ${file} (give --data-dir or set MONITOR_DATA_DIR)`);
  const damage = storeFileDamage(file);
  if (damage) throw new CliError(`the store file ${file} is damaged: ${damage}`, EXIT.damaged);
  return new SqliteEventStore(file);
};

/** Runs an audit's reads; SQLite failing to read a damaged page is named (exit code 3), not thrown with a stack. */
export const namingDamage = async <T>(file: string, work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    const damage = describeSqliteError(error);
    if (damage) throw new CliError(`the store file ${file} is damaged: ${damage}`, EXIT.damaged);
    throw error;
  }
};

/** The key (MONITOR_AUDIT_KEY, else the one generated into the data directory), and what the data directory implies. */
export const auditSetup = (dataDir: string): AuditSetup => {
  try {
    return auditSetupFor(resolve(dataDir), auditKeyFromEnvironment());
  } catch (error) {
    if (error instanceof ReceiptError)
      throw new CliError(`${error.message}: the receipt kept in the data directory was altered`, EXIT.verifyFailed);
    throw error;
  }
};
