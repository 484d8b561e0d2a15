import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The processes of one run, by name, kept in `<runDir>/pids.json` so that `stop` finds them. */
export type PidTable = Record<string, number>;

const pidFile = (runDir: string): string => join(runDir, 'pids.json');

export const readPids = (runDir: string): PidTable =>
  existsSync(pidFile(runDir)) ? (JSON.parse(readFileSync(pidFile(runDir), 'utf8')) as PidTable) : {};

const writePids = (runDir: string, pids: PidTable): void => writeFileSync(pidFile(runDir), `${JSON.stringify(pids, null, 2)}\n`);

export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Starts `node <script>` detached, in a process group of its own (it outlives the caller), its
 * output appended to `<runDir>/<name>.log`, its pid recorded under `name`.
 */
export const startProcess = (runDir: string, name: string, script: string, env: Record<string, string>): number => {
  const log = openSync(join(runDir, `${name}.log`), 'a');
  const child = spawn(process.execPath, ['--max-semi-space-size=64', script], {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  writePids(runDir, { ...readPids(runDir), [name]: child.pid });
  return child.pid;
};

/** Ends one recorded process: SIGTERM (it shuts down cleanly), SIGKILL after `graceMs`. */
export const stopProcess = async (runDir: string, name: string, graceMs = 15_000): Promise<void> => {
  const pids = readPids(runDir);
  const pid = pids[name];
  if (pid === undefined) return;
  if (alive(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (alive(pid) && Date.now() < deadline) await sleep(100);
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  delete pids[name];
  writePids(runDir, pids);
};

/** SIGKILL, no shutdown at all: what a crash or a pulled plug leaves. */
export const killProcess = async (runDir: string, name: string): Promise<void> => {
  const pids = readPids(runDir);
  const pid = pids[name];
  if (pid === undefined) throw new Error(`no process named ${name} in ${runDir}`);
  process.kill(pid, 'SIGKILL');
  while (alive(pid)) await sleep(20);
  delete pids[name];
  writePids(runDir, pids);
};

/** Waits for `probe` to hold; fails naming what was awaited, with the end of the process's log. */
export const waitFor = async (what: string, probe: () => Promise<boolean>, timeoutMs: number, logFile?: string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await sleep(200);
  }
  const tail = logFile && existsSync(logFile) ? `\n${readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n')}` : '';
  throw new Error(`${what}: not within ${timeoutMs / 1000} s${tail}`);
};
