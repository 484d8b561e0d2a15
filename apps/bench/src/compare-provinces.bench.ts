import { resolveJwtSecret, TokenService } from '@monitor/api';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_DIRECTIVE } from './national-scale.js';

// The national history is all simulated: the comparison includes it.
const QUERY = `query($d: ID!, $asOf: DateTime, $knownAsOf: DateTime) {
  compareProvinces(directive: $d, asOf: $asOf, knownAsOf: $knownAsOf, includeSimulated: true) { asOf rows {
  province { id name } planLagDays planLagMinDays planLagMaxDays tasks completed completedOnTime overdue inProgress completionRate onTimeRate
  reportingRate reportingOnTimeRate overdueAgainstOriginal } } }`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Starts the real platform process on the national-scale data directory and times compareProvinces
 * over HTTP from this process: median and p99 of sequential requests after a warm-up.
 */
export const benchCompareProvinces = async (dataDir: string, requests = 500): Promise<void> => {
  const main = join(process.cwd(), 'apps', 'api', 'dist', 'main.js');
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: '0', MONITOR_DATA_DIR: dataDir, MONITOR_SEED: 'false', MONITOR_SNAPSHOT_IDLE_MS: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          const entry = JSON.parse(line) as { message?: { message?: string; graphql?: string } };
          if (entry.message?.message === 'platform ready') resolve(entry.message.graphql!);
        }
      });
      child.once('exit', (code) => reject(new Error(`platform exited with ${code}`)));
    });
    const token = await new TokenService(resolveJwtSecret(null, dataDir)).issue('ANALYST', null, 'analyst:bench');
    const ask = async (asOf?: string, knownAsOf?: string) => {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables: { d: BENCH_DIRECTIVE, asOf, knownAsOf } }),
      });
      const body = (await response.json()) as { data?: { compareProvinces: { rows: unknown[] } }; errors?: unknown };
      if (!body.data || body.data.compareProvinces.rows.length === 0)
        throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
      return performance.now() - started;
    };
    const cases = [
      ['now', undefined, undefined, 'p99 < 20 ms'],
      ['asOf 2022-06-30 (occurredAt)', '2022-06-30T00:00:00Z', undefined, 'p99 < 100 ms'],
      ['asOf 2022-06-30, knownAsOf 2022-06-30 (recordedAt)', '2022-06-30T00:00:00Z', '2022-06-30T00:00:00Z', 'p99 < 100 ms'],
    ] as const;
    for (const [label, asOf, knownAsOf, target] of cases) {
      for (let i = 0; i < 30; i++) await ask(asOf, knownAsOf);
      const times: number[] = [];
      for (let i = 0; i < requests; i++) times.push(await ask(asOf, knownAsOf));
      times.sort((a, b) => a - b);
      console.log(
        `compareProvinces over HTTP (${label}, 34 provinces × 200 plans × 20 tasks): median ${percentile(times, 50).toFixed(2)} ms, ` +
          `p99 ${percentile(times, 99).toFixed(2)} ms over ${requests} requests (target ${target})`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
};
