import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshDataDir } from './testing/platform-harness.js';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(appDir, 'dist', 'main.js');
const tokenScript = join(appDir, 'dist', 'token.js');

/** The built entry points, as `npm start` and `npm run token` run them (npm test builds first). */
const describeBuilt = existsSync(main) ? describe : describe.skip;
if (!existsSync(main)) console.warn(`SKIPPED: ${main} is not built; run "npm run build" (npm test does) to test the real entry point`);

describeBuilt('the platform process, started as npm start starts it', () => {
  let child: ChildProcess;
  const dataDir = freshDataDir();
  // Snapshots only on shut-down, so the snapshot file proves the shut-down hooks ran.
  const env = { ...process.env, PORT: '0', MONITOR_DATA_DIR: dataDir, MONITOR_SNAPSHOT_IDLE_MS: '0', NODE_OPTIONS: '' };
  let graphqlUrl: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    graphqlUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "platform ready" line within 20 s:\n${logLines.join('\n')}`)), 20_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          logLines.push(line);
          const entry = JSON.parse(line) as { message: { message?: string; graphql?: string } };
          if (entry.message?.message === 'platform ready') {
            clearTimeout(timer);
            resolve(entry.message.graphql!);
          }
        }
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${logLines.join('\n')}`)));
    });
  });
  afterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it('answers /health and /ready', async () => {
    const base = graphqlUrl.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', parkedEvents: 0 });
  });

  it('logs structured JSON, including how to get a development token', () => {
    const ready = logLines.map((l) => JSON.parse(l)).find((e) => e.message?.message === 'platform ready');
    expect(ready).toMatchObject({ level: 'log', message: { tokens: expect.stringContaining('npm run -s token --') } });
  });

  it('answers GraphQL with a token printed by the token script, and nothing else on its output', async () => {
    const printed = spawnSync(process.execPath, [tokenScript, 'ANALYST'], { env, encoding: 'utf8' });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${printed.stdout.trim()}` },
      body: JSON.stringify({ query: '{ compareProvinces(directive: "2245/QD-TTg", provinces: ["bac kan"]) { rows { planLagDays } } }' }),
    });
    expect(await response.json()).toEqual({ data: { compareProvinces: { rows: [{ planLagDays: 157 }] } } });
  });

  it('refuses to start with invalid configuration, naming the setting', () => {
    const failed = spawnSync(process.execPath, [main], { env: { ...env, PORT: 'eighty' }, encoding: 'utf8' });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(/invalid configuration: PORT: /);
  });

  it('refuses a token request without a valid role', () => {
    const failed = spawnSync(process.execPath, [tokenScript, 'KING'], { env, encoding: 'utf8' });
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/usage: npm run -s token -- <ANALYST\|PROVINCE\|AUDITOR\|ADMIN>/);
  });

  it('refuses a token for a province that does not exist, naming the provinces there are', () => {
    const failed = spawnSync(process.execPath, [tokenScript, 'PROVINCE', 'atlantis'], { env, encoding: 'utf8' });
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/unknown province "atlantis": one of ha-noi, ha-giang, cao-bang, bac-kan, .*, ninh-binh-2025, /);
  });

  it('prints no development token when an OIDC provider is configured', () => {
    const failed = spawnSync(process.execPath, [tokenScript, 'ADMIN'], {
      env: { ...env, MONITOR_OIDC_ISSUER: 'https://id.example', MONITOR_OIDC_AUDIENCE: 'monitor' },
      encoding: 'utf8',
    });
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/accepts tokens from https:\/\/id.example only/);
  });

  it('shuts down cleanly on SIGTERM, saving the read models for the next start', async () => {
    const snapshot = join(dataDir, 'read-models', 'monitoring.snapshot');
    expect(existsSync(snapshot)).toBe(false);
    child.kill('SIGTERM');
    // Nest runs the shut-down hooks, then re-raises the signal.
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.once('exit', (c, s) => resolve([c, s])));
    expect(code === 0 || signal === 'SIGTERM').toBe(true);
    expect(existsSync(snapshot)).toBe(true);
  });
});
