import Database from 'better-sqlite3';

/**
 * Runs SQL on a store file with no regard for its rules, as an intruder holding the file could:
 * for audit tests that must show the tampering is found.
 */
export const tamperWithStoreFile = (file: string, sql: string): void => {
  const db = new Database(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
};
