import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freshDataDir, startPlatform } from './testing/platform-harness.js';

const checkpoint = async (url: string) => ((await (await fetch(`${url}/ready`)).json()) as { checkpoint: string }).checkpoint;

describe('a restart', () => {
  it('loads the seed documents once and resumes the read models from their snapshot', async () => {
    const dataDir = freshDataDir();
    const first = await startPlatform(dataDir);
    const seeded = await checkpoint(first.url);
    const analyst = await first.token('ANALYST');
    const countQuery = '{ directives { id plans { id tasks { id } } } }';
    const before = await first.gql(countQuery, {}, analyst);
    await first.stop();
    expect(existsSync(join(dataDir, 'read-models', 'monitoring.snapshot'))).toBe(true);

    const second = await startPlatform(dataDir);
    try {
      expect(await checkpoint(second.url)).toBe(seeded);
      const after = await second.gql(countQuery, {}, await second.token('ANALYST'));
      expect(after.data).toEqual(before.data);
      expect(JSON.stringify(after.data).length).toBeGreaterThan(1000);
    } finally {
      await second.stop();
    }
  });
});
