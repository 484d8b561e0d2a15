import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs the real `monitor` CLI in a process of its own, as an operator runs it (npm run monitor). */
export const runMonitorCli = (dataDir: string, args: readonly string[]): { stdout: string; stderr: string } => {
  const main = join(process.cwd(), 'apps', 'cli', 'dist', 'main.js');
  const run = spawnSync(process.execPath, ['--max-semi-space-size=64', main, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`monitor ${args.join(' ')} failed (${run.status}): ${run.stderr}${run.stdout}`);
  return { stdout: run.stdout, stderr: run.stderr };
};
