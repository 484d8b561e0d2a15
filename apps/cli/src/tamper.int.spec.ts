import Database from 'better-sqlite3';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheckpoint } from './commands/checkpoint.command.js';
import { runVerify } from './commands/verify.command.js';
import { capturedIo, scratch, seededDataDir } from './testing/cli-fixtures.js';

const sql = (dataDir: string, statements: string): void => {
  const db = new Database(join(dataDir, 'events.sqlite'));
  db.exec(statements);
  db.close();
};

describe('monitor checkpoint and verify against tampering, by default', () => {
  const dir = scratch();
  afterAll(() => dir.remove());
  const env = process.env.MONITOR_AUDIT_KEY;
  beforeAll(() => delete process.env.MONITOR_AUDIT_KEY);
  afterAll(() => (process.env.MONITOR_AUDIT_KEY = env));

  const checkpointed = async (name: string): Promise<{ dataDir: string; receipt: string }> => {
    const dataDir = join(dir.path, name);
    await seededDataDir(dataDir).then((r) => r.store.close());
    const receipt = join(dir.path, `${name}.receipt.json`);
    const io = capturedIo();
    expect(await runCheckpoint({ dataDir, export: receipt }, io)).toBe(0);
    expect(io.printed()).toMatch(
      /checkpoint #0 over [\d,]+ events recorded at position \d+, signed with an audit key generated into the data directory/,
    );
    return { dataDir, receipt };
  };

  it('generates the key into the data directory (owner only), and verifies a clean store as covered', async () => {
    const { dataDir, receipt } = await checkpointed('clean');
    expect(statSync(join(dataDir, 'audit-key')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(receipt, 'utf8'))).toMatchObject({
      receipt: 'monitor-audit-checkpoint/1',
      checkpoint: { sequence: 0, previous: null },
    });
    const io = capturedIo();
    expect(await runVerify({ dataDir, against: [receipt] }, io)).toBe(0);
    expect(io.printed()).toMatch(/signed checkpoints cover positions 1–\d+ \([\d,]+ events\): every event/);
  });

  it('fails when the checkpoints were deleted while the key file is there', async () => {
    const { dataDir } = await checkpointed('no-checkpoints');
    rmSync(join(dataDir, 'audit-checkpoint.json'));
    sql(dataDir, `DELETE FROM events WHERE stream = 'audit-checkpoints'`);
    const io = capturedIo();
    expect(await runVerify({ dataDir }, io)).toBe(1);
    expect(io.printed()).toMatch(/^NOT VERIFIED: CHECKPOINTS_MISSING \(audit-checkpoints\)\n {2}the audit key was in use/);
  });

  it('finds a tail cut against the receipt kept outside, after the checkpoints, receipt and key in the data directory went too', async () => {
    const { dataDir, receipt } = await checkpointed('tail-cut');
    sql(
      dataDir,
      `DELETE FROM events WHERE stream = 'audit-checkpoints'; DELETE FROM events WHERE position > (SELECT max(position) - 5 FROM events)`,
    );
    for (const file of ['audit-checkpoint.json', 'audit-key']) rmSync(join(dataDir, file));
    const alone = capturedIo();
    expect(await runVerify({ dataDir }, alone)).toBe(0);
    expect(alone.printed()).toContain('no audit key');
    const against = capturedIo();
    expect(await runVerify({ dataDir, against: [receipt] }, against)).toBe(1);
    expect(against.printed()).toMatch(
      /NOT VERIFIED: CHECKPOINT_BEYOND_STORE \(.*tail-cut\.receipt\.json\)\n {2}the receipt .* covers the first [\d]+ events, but the store holds \d+: events were removed/,
    );
  });

  it('finds a tail cut against the receipt the data directory keeps', async () => {
    const { dataDir } = await checkpointed('tail-cut-here');
    sql(dataDir, `DELETE FROM events WHERE position > (SELECT max(position) - 3 FROM events)`);
    const io = capturedIo();
    expect(await runVerify({ dataDir }, io)).toBe(1);
    expect(io.printed()).toMatch(/NOT VERIFIED: CHECKPOINT_BEYOND_STORE .*audit-checkpoint\.json/);
  });

  describe('names the damage of a corrupted store file (exit code 3)', () => {
    const damaged = async (name: string, damage: (file: string) => void) => {
      const dataDir = join(dir.path, name);
      await seededDataDir(dataDir).then((r) => r.store.close());
      damage(join(dataDir, 'events.sqlite'));
      return runVerify({ dataDir }, capturedIo());
    };

    it('a file that is not a database', async () => {
      await expect(damaged('not-a-db', (file) => writeFileSync(file, 'this is not a database'.repeat(200)))).rejects.toMatchObject({
        exitCode: 3,
        message: expect.stringMatching(/is damaged: it is not a SQLite database/),
      });
    });

    it('a missing events table (and leaves the file as it was)', async () => {
      let file = '';
      await expect(damaged('no-table', (f) => ((file = f), sql(join(f, '..'), 'DROP TABLE events')))).rejects.toMatchObject({
        exitCode: 3,
        message: expect.stringMatching(/is damaged: it holds no events table/),
      });
      const db = new Database(file, { readonly: true });
      expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'events'`).get()).toEqual({ n: 0 });
      db.close();
    });

    it('rows whose pages no longer read', async () => {
      const outcome = damaged('torn-pages', (file) => {
        expect(existsSync(`${file}-wal`)).toBe(false);
        const bytes = readFileSync(file);
        // Pages past the schema: the events table's rows.
        bytes.fill(0xa5, 4096 * 3, bytes.length - 4096 * 2);
        writeFileSync(file, bytes);
      });
      await expect(outcome).rejects.toMatchObject({
        exitCode: 3,
        message: expect.stringMatching(/is damaged: (its pages do not read|SQLite cannot read it)/),
      });
    });
  });
});
