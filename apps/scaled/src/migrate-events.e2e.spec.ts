import { CommandRunner, seedPlatform } from '@monitor/application';
import { verifyStore } from '@monitor/audit';
import { metadataOf, SqliteEventStore, type EventStore, type RecordedEvent } from '@monitor/event-store';
import { buildProject } from '@monitor/event-store/testing';
import { PostgresEventStore } from '@monitor/event-store-postgres';
import { dropSchema, freshSchema, postgresTestUrl } from '@monitor/event-store-postgres/testing';
import { seedCommands } from '@monitor/seeds';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './scaled-shape.js';
import { eventsAfter } from './testing/shape-harness.js';

/** `npm run migrate-events -- …`, the built command, as an operator runs it. */
const migrate = (...args: string[]) => {
  const run = spawnSync(process.execPath, [join(repoRoot, 'apps/api/dist/migrate-events.js'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
};

/** What must survive each move; positions are each store's own. */
const history = (events: readonly RecordedEvent[]) =>
  events.map((e) => ({ id: e.id, stream: e.stream, type: e.type, revision: e.revision, data: e.data, metadata: metadataOf(e) }));

describe('migrate-events: SQLite to PostgreSQL and back', () => {
  const directory = mkdtempSync(join(tmpdir(), 'migrate-events-'));
  const schema = freshSchema('migrate');
  const [sqliteFile, backFile] = [join(directory, 'events.sqlite'), join(directory, 'back.sqlite')];
  const postgres = `${postgresTestUrl()}?schema=${schema}`;
  const opened: EventStore[] = [];
  const open = <S extends EventStore>(store: S): S => (opened.push(store), store);

  beforeAll(async () => {
    buildProject(join(repoRoot, 'apps/api'));
    const source = new SqliteEventStore(sqliteFile);
    await seedPlatform(new CommandRunner(source), seedCommands());
    await source.close();
  });
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
    await dropSchema(schema);
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps every event, id, stream, revision, data, metadata and the hash chain, in the same order, both ways', async () => {
    const there = migrate('--from', `sqlite:${sqliteFile}`, '--to', postgres);
    expect(there.err).toBe('');
    expect(there.status).toBe(0);
    expect(there.out).toMatch(
      new RegExp(`^copied [\\d,]+ events from SQLite .* to PostgreSQL 127\\.0\\.0\\.1:\\d+/\\w+ \\(schema ${schema}\\)`),
    );
    const again = migrate('--from', `sqlite:${sqliteFile}`, '--to', postgres);
    expect(again.out).toMatch(/^copied 0 events .*\(([\d,]+) of \1 were there already\)/);
    const back = migrate('--from', postgres, '--to', `sqlite:${backFile}`);
    expect(back.status).toBe(0);

    const stores = [
      open(new SqliteEventStore(sqliteFile)),
      open(new PostgresEventStore({ connectionString: postgresTestUrl(), schema })),
      open(new SqliteEventStore(backFile)),
    ];
    const [original, inPostgres, returned] = await Promise.all(stores.map((s) => eventsAfter(s, 0n)));
    expect(original!.length).toBeGreaterThan(200);
    expect(history(inPostgres!)).toEqual(history(original!));
    expect(history(returned!)).toEqual(history(original!));
    // The hash chain holds in each store, and the hash over the global order is the same in all three.
    const verified = await Promise.all(stores.map((s) => verifyStore(s, { threads: 1 })));
    for (const report of verified) expect(report).toMatchObject({ failure: null, events: original!.length, chained: original!.length });
    expect(new Set(verified.map((r) => r.globalHash)).size).toBe(1);
  });

  it('names a bad address or a missing source, and copies nothing', () => {
    expect(migrate('--from', 'mysql://x', '--to', postgres)).toMatchObject({
      status: 2,
      err: expect.stringMatching(/not an event store address/),
    });
    expect(migrate('--from', `sqlite:${join(directory, 'missing.sqlite')}`, '--to', postgres)).toMatchObject({
      status: 2,
      err: expect.stringMatching(/missing\.sqlite does not exist/),
    });
    expect(migrate('--from', postgres, '--to', postgres)).toMatchObject({ status: 2, err: expect.stringMatching(/the same store/) });
    expect(migrate('--from', postgres, '--to', `${postgresTestUrl()}?schema=Bad-Name`)).toMatchObject({
      status: 2,
      err: expect.stringMatching(/schema must be/),
    });
  });
});
