import Database from 'better-sqlite3';

/**
 * Opens a store file raw, with no regard for its rules, as an intruder holding the file could: for
 * audit tests that read rows or rewrite them and must show the tampering is found.
 */
export const withRawStoreFile = <T>(file: string, use: (db: Database.Database) => T, options: { readonly readonly?: boolean } = {}): T => {
  const db = new Database(file, options);
  try {
    return use(db);
  } finally {
    db.close();
  }
};

/** Runs SQL on a store file, as an intruder could. */
export const tamperWithStoreFile = (file: string, sql: string): void => withRawStoreFile(file, (db) => void db.exec(sql));
