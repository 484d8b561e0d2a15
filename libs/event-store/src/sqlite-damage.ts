import Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';
import { EVENT_COLUMNS } from './sqlite-schema.js';

const HEADER = 'SQLite format 3\0';

/**
 * What is wrong with a store file, read without changing it (opening a SqliteEventStore would
 * create a missing table): not a SQLite database, no events table, columns missing, or pages that
 * do not read. Undefined when it looks like an event store.
 */
export const storeFileDamage = (file: string): string | undefined => {
  const header = Buffer.alloc(HEADER.length);
  const fd = openSync(file, 'r');
  try {
    if (readSync(fd, header, 0, HEADER.length, 0) < HEADER.length || header.toString('latin1') !== HEADER)
      return "it is not a SQLite database (its header is not SQLite's)";
  } finally {
    closeSync(fd);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const columns = new Set((db.pragma('table_info(events)') as { name: string }[]).map((c) => c.name));
    if (columns.size === 0) return 'it holds no events table';
    const missing = EVENT_COLUMNS.split(', ').filter((c) => !columns.has(c));
    if (missing.length > 0) return `its events table lacks the columns ${missing.join(', ')}`;
    return undefined;
  } catch (error) {
    return describeSqliteError(error);
  } finally {
    db?.close();
  }
};

/** An error SQLite gave reading a damaged file, said plainly; undefined for any other error. */
export const describeSqliteError = (error: unknown): string | undefined => {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = String(message ?? error);
  if (code === 'SQLITE_NOTADB' || /file is not a database/.test(text)) return 'it is not a SQLite database';
  if (code === 'SQLITE_CORRUPT' || /malformed/.test(text)) return `its pages do not read (SQLite: ${text})`;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return `SQLite cannot read it (${code}: ${text})`;
  if (/no such (table|column)/.test(text)) return `its schema is not an event store's (SQLite: ${text})`;
  return undefined;
};
