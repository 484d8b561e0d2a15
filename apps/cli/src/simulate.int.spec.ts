import { metadataOf, SqliteEventStore } from '@monitor/event-store';
import { join } from 'node:path';
import { runSimulate } from './commands/simulate.command.js';
import { runStats, type StoreStats } from './commands/stats.command.js';
import { capturedIo, scratch, seededDataDir } from './testing/cli-fixtures.js';

describe('monitor simulate over a real SQLite store', () => {
  const dir = scratch();
  afterAll(() => dir.remove());

  it('records activity marked simulated on top of the seeds, once per seed, and refuses bad options', async () => {
    const dataDir = join(dir.path, 'simulated');
    const seeded = await seededDataDir(dataDir);
    const seededEvents = Number(await seeded.store.headPosition());
    await seeded.store.close();

    const options = { dataDir, seed: '7', until: '2022-12-31', provinces: '2', plans: '1', tasks: '2' };
    expect(await runSimulate(options, capturedIo())).toBe(0);
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    const all = await store.readAll({ maxCount: 100_000 });
    await store.close();
    const added = all.slice(seededEvents);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((event) => event.simulated && metadataOf(event).simulated === true)).toBe(true);
    expect(all.slice(0, seededEvents).some((event) => event.simulated)).toBe(false);

    // The same seed again records nothing new.
    const again = capturedIo();
    expect(await runSimulate(options, again)).toBe(0);
    const stats = capturedIo();
    await runStats({ dataDir, json: true }, stats);
    expect((JSON.parse(stats.printed()) as StoreStats).events).toBe(all.length);

    await expect(runSimulate({ ...options, provinces: 'many' }, capturedIo())).rejects.toThrow(
      '--provinces must be a whole number, not "many"',
    );
    await expect(runSimulate({ ...options, until: '31/12/2022' }, capturedIo())).rejects.toThrow('--until must be a day (YYYY-MM-DD)');
  });
});
