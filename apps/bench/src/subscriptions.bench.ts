// `npm run bench:subscriptions`: what 1,000 open comparisonChanged subscriptions cost the platform.
// Prints figures, asserts nothing.
import { resolveJwtSecret, TokenService } from '@monitor/api';
import { createClient, type Client } from 'graphql-ws';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { fmt } from './figures.js';

const TOKENS = 10;
const CONNECTIONS_PER_TOKEN = 5;
const SUBSCRIPTIONS_PER_CONNECTION = 20;
const WRITES = 20;
// Each write in a coalescing window of its own (100 ms), so each is pushed to every subscriber.
const WRITE_PAUSE_MS = 150;

const PLAIN_QUERY = '{ provinces { id name } }';
const COMPARISON_CHANGED =
  'subscription { comparisonChanged(directive: "696/QĐ-TTg") { asOf rows { province { id } tasks completed overdue } } }';
const DEFINE = 'mutation($input: DefineTaskInput!) { defineTask(input: $input) { id } }';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The real platform in a process of its own, with a probe that answers its heap after GC. */
const startPlatform = async (dataDir: string) => {
  const main = join(process.cwd(), 'apps', 'api', 'dist', 'main.js');
  const heapProbe = join(process.cwd(), 'apps', 'bench', 'dist', 'heap-probe.js');
  const child = spawn(process.execPath, ['--expose-gc', '--max-semi-space-size=64', '--import', heapProbe, main], {
    env: { ...process.env, PORT: '0', MONITOR_DATA_DIR: dataDir, MONITOR_SNAPSHOT_IDLE_MS: '0' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { message?: { message?: string; graphql?: string } };
        if (entry.message?.message === 'platform ready') resolve(entry.message.graphql!);
      }
    });
    child.once('exit', (code) => reject(new Error(`platform exited with ${code}`)));
  });
  return { child, url };
};

interface Probe {
  heapUsed: number;
  rss: number;
  cpuMs: number;
}
/** The platform's heap after GC ("heap"), or without collecting ("cpu"), and its CPU time so far. */
const probe = (child: ChildProcess, ask: 'heap' | 'cpu' = 'heap') =>
  new Promise<Probe>((resolve) => {
    child.once('message', (m) => resolve(m as Probe));
    child.send(ask);
  });

export const benchSubscriptions = async (): Promise<void> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'monitor-bench-subscriptions-'));
  const { child, url } = await startPlatform(dataDir);
  const clients: Client[] = [];
  try {
    const tokens = new TokenService(resolveJwtSecret(null, dataDir));
    const reader = await tokens.issue('ANALYST', null, 'analyst:bench-reader');
    const writer = await tokens.issue('PROVINCE', 'ha-nam', 'province:bench');
    const post = async (query: string, variables: Record<string, unknown>, token: string) => {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
      return performance.now() - started;
    };
    let written = 0;
    const write = () => {
      const id = `ha-nam.2811-kh-ubnd.bench-${written++}`;
      return post(
        DEFINE,
        { input: { id, planId: 'ha-nam.2811-kh-ubnd', title: `Nhiệm vụ ${id}`, occurredAt: '2021-01-05T02:00:00Z' } },
        writer,
      );
    };

    /** Plain queries, one after another, for as long as 20 writes (one per coalescing window) take. */
    const duringWrites = async (label: string) => {
      let writing = true;
      const queries: number[] = [];
      const asking = (async () => {
        while (writing) queries.push(await post(PLAIN_QUERY, {}, reader));
      })();
      const writes: number[] = [];
      const cpuBefore = (await probe(child, 'cpu')).cpuMs;
      const started = performance.now();
      for (let i = 0; i < WRITES; i++) {
        writes.push(await write());
        await sleep(WRITE_PAUSE_MS);
      }
      const elapsed = performance.now() - started;
      writing = false;
      await asking;
      // The platform's own CPU time is less swayed by other work on the machine than latencies are.
      const cpuMs = (await probe(child, 'cpu')).cpuMs - cpuBefore;
      queries.sort((a, b) => a - b);
      writes.sort((a, b) => a - b);
      console.log(
        `${label}: plain query median ${percentile(queries, 50).toFixed(1)} ms, p99 ${percentile(queries, 99).toFixed(1)} ms, max ${queries[queries.length - 1].toFixed(1)} ms ` +
          `(${fmt(queries.length)} queries); write median ${percentile(writes, 50).toFixed(1)} ms, max ${writes[writes.length - 1].toFixed(1)} ms; ${WRITES} writes in ${Math.round(elapsed)} ms; platform CPU ${Math.round(cpuMs)} ms`,
      );
    };

    for (let i = 0; i < 50; i++) await post(PLAIN_QUERY, {}, reader);
    await duringWrites('no subscription');
    const before = await probe(child);
    console.log(`platform heap after GC, no subscription: ${mb(before.heapUsed)} (rss ${mb(before.rss)})`);

    const pushes: number[] = [];
    for (let t = 0; t < TOKENS; t++) {
      const token = await tokens.issue('ANALYST', null, `analyst:bench-${t}`);
      for (let c = 0; c < CONNECTIONS_PER_TOKEN; c++) {
        const client = createClient({
          url: url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${token}` },
          retryAttempts: 0,
        });
        clients.push(client);
        for (let s = 0; s < SUBSCRIPTIONS_PER_CONNECTION; s++) {
          const index = pushes.push(0) - 1;
          client.subscribe(
            { query: COMPARISON_CHANGED },
            { next: () => pushes[index]++, error: (e) => console.error('subscription failed', e), complete: () => undefined },
          );
        }
      }
    }
    // Every subscriber is listening once a write reaches them all.
    const deadline = Date.now() + 60_000;
    while (pushes.some((n) => n === 0)) {
      if (Date.now() > deadline) throw new Error(`${pushes.filter((n) => n === 0).length} subscribers got no push within 60 s`);
      await write();
      await sleep(500);
    }
    const open = await probe(child);
    console.log(
      `${fmt(pushes.length)} subscriptions open (${TOKENS} tokens × ${CONNECTIONS_PER_TOKEN} connections × ${SUBSCRIPTIONS_PER_CONNECTION}), all receiving: heap ${mb(open.heapUsed)} (rss ${mb(open.rss)})`,
    );
    pushes.fill(0);
    await duringWrites(`${fmt(pushes.length)} subscriptions`);
    await sleep(500);
    const received = pushes.reduce((a, b) => a + b, 0);
    console.log(`pushes received during the ${WRITES} writes: ${fmt(received)} (${(received / pushes.length).toFixed(1)} per subscriber)`);

    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    await sleep(1000);
    const after = await probe(child);
    console.log(
      `platform heap after GC, all closed: ${mb(after.heapUsed)} (rss ${mb(after.rss)}); ${mb(after.heapUsed - before.heapUsed)} above the heap before subscribing`,
    );
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
};

await benchSubscriptions();
