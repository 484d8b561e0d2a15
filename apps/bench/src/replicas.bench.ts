// Part of `npm run bench:postgres`: API processes started for a benchmark, and compareProvinces
// over HTTP against them, requests spread round-robin over the replicas by concurrent clients.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const QUERY = `query($d: ID!) { compareProvinces(directive: $d) { asOf rows { province { id } tasks completed completionRate onTimeRate reportingRate } } }`;
/** The directive the Kafka workload's plans implement. */
const DIRECTIVE = '2245/QĐ-TTg';
const CLIENTS = 8;
const SECONDS = Number(process.env['BENCH_POSTGRES_READ_SECONDS'] ?? 10);

export interface Replica {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts one API process per environment, waiting for each to say it is ready. */
export const startReplicas = (repoRoot: string, envs: readonly Record<string, string>[]): Promise<Replica[]> =>
  Promise.all(
    envs.map(
      (env) =>
        new Promise<Replica>((resolve, reject) => {
          const child = spawn(process.execPath, ['--max-semi-space-size=64', join(repoRoot, 'apps/api/dist/main.js')], {
            env: { ...process.env, PORT: '0', MONITOR_LOG_FORMAT: 'json', ...env },
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          const stop = () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            });
          child.stdout!.on('data', (chunk: Buffer) => {
            for (const line of chunk
              .toString()
              .split('\n')
              .filter((l) => l.startsWith('{'))) {
              const entry = JSON.parse(line) as { message?: { message?: string; graphql?: string } };
              if (entry.message?.message === 'platform ready') resolve({ url: entry.message.graphql!, stop });
            }
          });
          child.once('exit', (code) => reject(new Error(`an API process exited with ${code}`)));
        }),
    ),
  );

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** CLIENTS concurrent clients asking one after the other for SECONDS (after a warm-up), spread over the urls. */
export const compareProvincesThroughput = async (urls: readonly string[], token: string) => {
  const ask = async (url: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY, variables: { d: DIRECTIVE } }),
    });
    const body = (await response.json()) as { data?: { compareProvinces: { rows: unknown[] } } };
    if (!body.data?.compareProvinces.rows.length) throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
  };
  for (let i = 0; i < 50; i += 1) await ask(urls[i % urls.length]!);
  const times: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = client; performance.now() < until; n += 1) {
        const at = performance.now();
        await ask(urls[n % urls.length]!);
        times.push(performance.now() - at);
      }
    }),
  );
  const ms = performance.now() - started;
  times.sort((a, b) => a - b);
  return { clients: CLIENTS, perSecond: (times.length / ms) * 1000, p99Ms: percentile(times, 99) };
};
