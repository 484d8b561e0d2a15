// Test-only: temporary directories for SQLite files, removed after the test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDirectory {
  readonly path: string;
  remove(): Promise<void>;
}

export const tempDirectory = (purpose: string): TempDirectory => {
  const path = mkdtempSync(join(tmpdir(), `event-store-${purpose}-`));
  return { path, remove: async () => rmSync(path, { recursive: true, force: true }) };
};
