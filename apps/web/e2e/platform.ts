import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const MAIN = join(root, 'apps', 'api', 'dist', 'main.js');
const TOKEN_SCRIPT = join(root, 'apps', 'api', 'dist', 'token.js');
const WEB_INDEX = join(root, 'apps', 'web', 'dist', 'index.html');

export interface StartedPlatform {
  readonly url: string;
  readonly dataDir: string;
  token(role: string, province?: string): string;
  gql<T>(query: string, variables: Record<string, unknown>, token: string): Promise<{ data?: T; errors?: { message: string }[] }>;
  stop(): Promise<void>;
}

/** The built platform as `npm start` runs it (main.js, a temp SQLite data directory, a free port). */
export const startBuiltPlatform = async (given?: string, env: Record<string, string> = {}): Promise<StartedPlatform> => {
  const dataDir = given ?? mkdtempSync(join(tmpdir(), 'monitor-web-'));
  for (const file of [MAIN, TOKEN_SCRIPT, WEB_INDEX]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first (npm test does)`);
  }
  const processEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', MONITOR_DATA_DIR: dataDir, NODE_OPTIONS: '', ...env };
  const child: ChildProcess = spawn(process.execPath, ['--max-semi-space-size=64', MAIN], {
    env: processEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const graphql = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "platform ready" within 600 s:\n${lines.slice(-20).join('\n')}`)), 600_000);
    child.stderr!.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(line);
        const entry = JSON.parse(line) as { message?: { message?: string; graphql?: string } };
        if (entry.message?.message === 'platform ready') {
          clearTimeout(timer);
          resolve(entry.message.graphql!);
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`the platform exited with ${code}:\n${lines.join('\n')}`)));
  });
  const url = graphql.replace(/\/graphql$/, '').replace('localhost', '127.0.0.1');
  return {
    url,
    dataDir,
    token: (role, province) => {
      const printed = spawnSync(process.execPath, [TOKEN_SCRIPT, role, ...(province ? [province] : [])], {
        env: processEnv,
        encoding: 'utf8',
      });
      if (printed.status !== 0) throw new Error(printed.stderr);
      return printed.stdout.trim();
    },
    gql: async (query, variables, token) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      // A data directory made here goes with the platform; one given is the caller's.
      if (!given) rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
