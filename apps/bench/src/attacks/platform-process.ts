// The platform under attack, as a process of its own (a try that kills it is seen as such), and what
// the tries share: starting it, its tokens, a GraphQL call that never hangs, a refused write.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../../..');
const SLOW_MS = 10_000;

export interface Outcome {
  readonly refused: boolean;
  readonly detail: string;
}
export interface Attack {
  readonly defect: string;
  readonly path: 'GraphQL' | 'HTTP' | 'WebSocket' | 'Kafka' | 'CLI' | 'files';
  readonly name: string;
  run(): Promise<Outcome>;
}

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

export const listening = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect({ host: '127.0.0.1', port }, () => (socket.destroy(), done(true)));
    socket.on('error', () => done(false));
  });

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export class Platform {
  private child: ChildProcess | null = null;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'monitor-attack-'));
  url = '';

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    const log = openSync(join(this.dataDir, 'platform.log'), 'a');
    this.child = spawn(process.execPath, ['--max-old-space-size=1024', join(ROOT, 'apps/api/dist/main.js')], {
      env: { ...process.env, ...this.env, PORT: String(port), MONITOR_DATA_DIR: this.dataDir, MONITOR_SNAPSHOT_IDLE_MS: '0' },
      stdio: ['ignore', log, log],
    });
    for (let waited = 0; waited < 120_000; waited += 250) {
      if ((await this.status('/ready')) === 200) return;
      if (this.child.exitCode !== null) break;
      await sleep(250);
    }
    throw new Error(`the platform did not become ready; see ${join(this.dataDir, 'platform.log')}`);
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async status(path: string): Promise<number> {
    try {
      return (await fetch(this.url + path, { signal: AbortSignal.timeout(SLOW_MS) })).status;
    } catch {
      return 0;
    }
  }

  /** The read models' checkpoint: unchanged across a refused write means nothing was recorded. */
  async checkpoint(): Promise<string> {
    const response = await fetch(`${this.url}/ready`, { signal: AbortSignal.timeout(SLOW_MS) });
    return ((await response.json()) as { checkpoint: string }).checkpoint;
  }

  token(role: string, province?: string): { ok: boolean; token: string; stderr: string } {
    const run = spawnSync(process.execPath, [join(ROOT, 'apps/api/dist/token.js'), role, ...(province ? [province] : [])], {
      env: { ...process.env, MONITOR_DATA_DIR: this.dataDir },
      encoding: 'utf8',
    });
    return { ok: run.status === 0, token: run.stdout.trim(), stderr: run.stderr.trim() };
  }

  async gql(query: string, variables: Record<string, unknown>, token: string | null) {
    const started = performance.now();
    try {
      const response = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(SLOW_MS),
      });
      const body = (await response.json()) as {
        data?: unknown;
        errors?: { message: string; extensions?: { code?: string; field?: string } }[];
      };
      return { status: response.status, ms: performance.now() - started, ...body };
    } catch (error) {
      return {
        status: 0,
        ms: performance.now() - started,
        errors: [{ message: `no answer: ${(error as Error).message}`, extensions: { code: 'NO_ANSWER' } }],
      };
    }
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    this.child!.kill('SIGTERM');
    for (let waited = 0; waited < 10_000 && this.alive; waited += 100) await sleep(100);
    if (this.alive) this.child!.kill('SIGKILL');
  }
}

export const describeError = (result: {
  status: number;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}) => {
  const error = result.errors?.[0];
  if (!error) return `HTTP ${result.status}, accepted`;
  const where = error.extensions?.field ? ` (${error.extensions.field})` : '';
  return `HTTP ${result.status} ${error.extensions?.code ?? 'no code'}${where}: ${error.message.slice(0, 90)}`;
};

/** A refused write: an error with a stable code other than an internal one, and nothing recorded. */
export const refusedWrite = async (
  platform: Platform,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<Outcome> => {
  const before = await platform.checkpoint();
  const result = await platform.gql(query, variables, token);
  await sleep(50);
  const after = await platform.checkpoint();
  const code = result.errors?.[0]?.extensions?.code;
  const refused = Boolean(code) && code !== 'INTERNAL_SERVER_ERROR' && code !== 'NO_ANSWER' && before === after;
  return { refused, detail: `${describeError(result)}${before === after ? '' : '; something was recorded'}` };
};
