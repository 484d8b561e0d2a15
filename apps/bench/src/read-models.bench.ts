import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { rateIn } from './figures.js';

/**
 * Rebuilds every read model from the stored events with the real `npm run rebuild` command, in a
 * process of its own (as an operator runs it), prints its rate and peak memory, and returns the rate.
 * It leaves a snapshot in the data directory, so a platform started on it resumes instead of rebuilding.
 */
export const benchRebuild = (dataDir: string): number => {
  const rebuild = join(process.cwd(), 'apps', 'api', 'dist', 'rebuild.js');
  const run = spawnSync(process.execPath, ['--max-semi-space-size=64', rebuild], {
    env: { ...process.env, MONITOR_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`rebuild failed (${run.status}): ${run.stderr}`);
  console.log(`rebuild (npm run rebuild, target ≥ 300,000 events/s): ${run.stdout.trim()}`);
  return rateIn(run.stdout);
};
