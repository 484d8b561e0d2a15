import { runMonitorCli } from './cli-run.js';
import { rateIn } from './figures.js';

/**
 * `monitor replay --until` in its own process, with a moment after every event (so the whole store
 * is folded, the worst case); the CLI prints its rate on stderr, returned here.
 */
export const benchReplay = (dataDir: string): number => {
  const until = new Date(Date.now() + 86_400_000).toISOString();
  const { stderr } = runMonitorCli(dataDir, ['replay', '--until', until, '--format', 'csv']);
  console.log(`replay (monitor replay --until, target ≥ 300,000 events/s): ${stderr.trim()}`);
  return rateIn(stderr);
};
