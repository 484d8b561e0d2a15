// On the store's files, each copy checked by \`monitor verify\`.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type Attack, type Platform } from './platform-process.js';

export const fileAttacks = (platform: Platform): Attack[] => {
  const verify = (file: string) =>
    spawnSync(process.execPath, [join(ROOT, 'apps/cli/dist/main.js'), 'verify', '--data-dir', file], {
      encoding: 'utf8',
      env: { ...process.env, MONITOR_DATA_DIR: file },
    });
  const tampered = (name: string, sql: string | null, bytes?: (buffer: Buffer) => void): Attack => ({
    defect: '8 tamper evidence',
    path: 'files',
    name,
    async run() {
      const copy = mkdtempSync(join(tmpdir(), 'monitor-tamper-'));
      for (const file of ['events.sqlite', 'audit-key', 'jwt-secret']) {
        try {
          copyFileSync(join(platform.dataDir, file), join(copy, file));
        } catch {
          // the platform may keep no such file
        }
      }
      if (sql) {
        const db = new Database(join(copy, 'events.sqlite'));
        db.exec(sql);
        db.close();
      }
      if (bytes) {
        const buffer = readFileSync(join(copy, 'events.sqlite'));
        bytes(buffer);
        writeFileSync(join(copy, 'events.sqlite'), buffer);
      }
      const result = verify(copy);
      const firstLine = `${result.stdout}\n${result.stderr}`.split('\n').find((line) => line.trim()) ?? '';
      const stack = /\n\s+at /.test(result.stderr);
      return {
        refused: result.status !== 0 && !stack,
        detail: `exit ${result.status}${stack ? ' with a stack trace' : ''}: ${firstLine.slice(0, 100)}`,
      };
    },
  });
  return [
    tampered('the store cut: its last 5 events deleted', 'DELETE FROM events WHERE position > (SELECT MAX(position) - 5 FROM events)'),
    tampered('a corrupted file (bytes overwritten in its header)', null, (buffer) => buffer.fill(0x41, 0, 100)),
  ];
};
