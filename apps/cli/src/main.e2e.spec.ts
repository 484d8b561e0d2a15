import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratch, seededDataDir } from './testing/cli-fixtures.js';

// The built entry point, as `npm run -s monitor -- <command>` runs it.
const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');
const monitor = (...args: string[]) =>
  spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', env: { ...process.env, MONITOR_AUDIT_KEY: '' } });

describe('the built monitor command', () => {
  const dir = scratch();
  afterAll(() => dir.remove());

  it('lists its commands', () => {
    const help = monitor('--help');
    expect(help.status).toBe(0);
    for (const command of ['replay', 'verify', 'export', 'import', 'stats']) expect(help.stdout).toContain(command);
  });

  it('verifies a store, then exits 1 naming the event after one byte of it changed in the file', async () => {
    await seededDataDir(dir.path).then((r) => r.store.close());
    const clean = monitor('--data-dir', dir.path, 'verify');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('verified: nothing recorded was changed');

    const file = join(dir.path, 'events.sqlite');
    const bytes = readFileSync(file);
    // The number of Bắc Kạn's 684/QĐ-UBND, in the plan's first event (only a plan's event carries it).
    const target = bytes.indexOf('"number":"684/');
    expect(target).toBeGreaterThan(0);
    bytes[target + 10] = '5'.charCodeAt(0);
    writeFileSync(file, bytes);
    const tampered = monitor('--data-dir', dir.path, 'verify');
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toMatch(/NOT VERIFIED: HASH_MISMATCH at position \d+, stream plan-[\w.-]+, revision 0, event [0-9a-f-]{36}/);
  });

  it("counts the write-ahead log in the store's size while a platform holds the store open", async () => {
    const running = scratch();
    const { store } = await seededDataDir(running.path);
    try {
      const stats = monitor('--data-dir', running.path, 'stats', '--json');
      expect(stats.status).toBe(0);
      const { bytes, walBytes } = JSON.parse(stats.stdout) as { bytes: number; walBytes: number };
      expect(walBytes).toBeGreaterThan(0);
      expect(bytes).toBeGreaterThan(walBytes);
      expect(monitor('--data-dir', running.path, 'stats').stdout).toMatch(
        /^\d+ events in \d+ streams, \d+\.\d MiB on disk \(\d+\.\d MiB of it in the write-ahead log\)/,
      );
    } finally {
      await store.close();
      running.remove();
    }
  });

  it('names a damaged store file in one line, without a stack, and exits 3', () => {
    const damaged = join(dir.path, 'damaged');
    mkdirSync(damaged);
    writeFileSync(join(damaged, 'events.sqlite'), 'not a database at all '.repeat(100));
    const result = monitor('--data-dir', damaged, 'verify');
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(
      `monitor: the store file ${join(damaged, 'events.sqlite')} is damaged: it is not a SQLite database (its header is not SQLite's)\n`,
    );
  });

  it('says clearly what is wrong with its input', () => {
    const bad = monitor('--data-dir', dir.path, 'replay', '--until', 'yesterday');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'monitor: --until must be a day (2022-06-30) or an ISO date-time with its offset (2022-06-30T17:00:00Z), not "yesterday"\n',
    );
    expect(monitor('--data-dir', join(dir.path, 'missing'), 'stats').stderr).toMatch(/^monitor: no event store at .*missing/);
  });
});
