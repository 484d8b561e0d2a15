import { runMonitorCli } from './cli-run.js';

/**
 * `monitor replay --until` in its own process, with a moment after every event (so the whole store
 * is folded, the worst case); the CLI prints its rate on stderr.
 */
export const benchReplay = (dataDir: string): void => {
  const until = new Date(Date.now() + 86_400_000).toISOString();
  const { stderr } = runMonitorCli(dataDir, ['replay', '--until', until, '--format', 'csv']);
  console.log(`replay (monitor replay --until, target ≥ 300,000 events/s): ${stderr.trim()}`);
};
