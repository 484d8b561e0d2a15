import { resolveJwtSecret, TokenService } from '@monitor/api';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BENCH_DIRECTIVE, generateNationalHistory, NATIONAL } from './national-scale.js';

/**
 * `npm run bench:web`: the decision page in a real browser (Debian's Chromium) against the platform
 * holding national-scale data, and the JavaScript a first visit loads. Prints:
 *   - the initial JavaScript (gzip): what index.html loads before any page is chosen;
 *   - the decision page's JavaScript (gzip): that plus the chunks the decision page fetches;
 *   - time from navigation to the decision page being usable (its comparison table and lag chart
 *     drawn), first visit and repeated visits (target < 1 s).
 */
const CHROMIUM = process.env['MONITOR_CHROMIUM'] ?? '/usr/bin/chromium';
const WEB_DIST = join(process.cwd(), 'apps', 'web', 'dist');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 10);

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The scripts index.html loads by itself: its module entry and the chunks it preloads. */
const initialScripts = (): string[] => {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
};

const startPlatform = async (dataDir: string): Promise<{ child: ChildProcess; url: string }> => {
  const main = join(process.cwd(), 'apps', 'api', 'dist', 'main.js');
  const child = spawn(process.execPath, ['--max-semi-space-size=64', main], {
    env: { ...process.env, PORT: '0', MONITOR_DATA_DIR: dataDir, MONITOR_SEED: 'false', MONITOR_SNAPSHOT_IDLE_MS: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const graphql = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { message?: { message?: string; graphql?: string } };
        if (entry.message?.message === 'platform ready') resolve(entry.message.graphql!);
      }
    });
    child.once('exit', (code) => reject(new Error(`platform exited with ${code}`)));
  });
  return { child, url: graphql.replace(/\/graphql$/, '').replace('localhost', '127.0.0.1') };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const main = async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error(`${WEB_DIST} is not built: npm run build`);
  const initial = initialScripts();
  const initialGzip = initial.reduce((sum, file) => sum + gzipSize(join(WEB_DIST, file)), 0);
  console.log(`initial JavaScript: ${kib(initialGzip)} gzip (${initial.join(', ')})`);

  // BENCH_WEB_DATA_DIR keeps the generated store for the next run (generating it takes minutes).
  const kept = process.env['BENCH_WEB_DATA_DIR'];
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'monitor-bench-web-'));
  const profile = mkdtempSync(join(tmpdir(), 'monitor-bench-chromium-'));
  let child: ChildProcess | null = null;
  try {
    if (!existsSync(join(dataDir, 'events.sqlite'))) {
      const started = performance.now();
      const events = await generateNationalHistory(join(dataDir, 'events.sqlite'), NATIONAL);
      console.log(
        `national-scale history: ${events.toLocaleString('en')} events in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    const platform = await startPlatform(dataDir);
    child = platform.child;
    const token = await new TokenService(resolveJwtSecret(null, dataDir)).issue('ANALYST', null, 'analyst:bench');
    // A platform that has answered before (its first query after start compiles its code paths): the
    // first visit then measures an empty browser cache, not the server's start.
    const warmUp = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `{ compareProvinces(directive: ${JSON.stringify(BENCH_DIRECTIVE)}, includeSimulated: true) { rows { tasks } } }`,
      }),
    });
    if (!warmUp.ok) throw new Error(`the platform answered ${warmUp.status}: ${await warmUp.text()}`);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      viewport: { width: 1280, height: 800 },
    });
    // Signed in as the app keeps it (sessionStorage), so the time is the decision page's alone.
    await context.addInitScript({ content: `sessionStorage.setItem('monitor.token', ${JSON.stringify(token)})` });
    // The moment, on the page's own clock (0 = navigation), when every province's row and the lag chart are drawn.
    await context.addInitScript({
      content: `new MutationObserver((_, observer) => {
        if (document.querySelectorAll('table.comparison tbody tr').length >= ${NATIONAL.provinces} && document.querySelector('figure.chart canvas[data-bars]')) {
          window.__usable = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-bars'] });`,
    });
    const address = `${platform.url}/decisions/${encodeURIComponent(BENCH_DIRECTIVE)}?simulated=1`;
    const scripts = new Set<string>();
    context.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path.slice(1));
    });
    const visit = async () => {
      const page = await context.newPage();
      await page.goto(address, { waitUntil: 'commit' });
      // Functions, not strings: the page's Content-Security-Policy forbids evaluating strings.
      const usable = Number(
        await (
          await page.waitForFunction(() => (globalThis as unknown as { __usable?: number }).__usable, undefined, { timeout: 60_000 })
        ).jsonValue(),
      );
      // Where the time went: each script's and the comparison query's end, from the page's own timings.
      const steps = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => [
            new URL(e.name).pathname,
            Math.round(e.startTime),
            Math.round((e as unknown as { responseEnd: number }).responseEnd),
          ]),
      );
      await page.close();
      timings.push({ usable, steps: steps as [string, number, number][] });
      return usable;
    };
    const timings: { usable: number; steps: [string, number, number][] }[] = [];
    const first = await visit();
    const pageGzip = [...scripts].reduce((sum, file) => sum + gzipSize(join(WEB_DIST, file)), 0);
    console.log(`decision page JavaScript: ${kib(pageGzip)} gzip (${scripts.size} files, charts included)`);
    const repeated: number[] = [];
    for (let i = 0; i < RUNS; i++) repeated.push(await visit());
    console.log(
      `decision page usable after navigation (${NATIONAL.provinces} provinces × ${NATIONAL.plansPerProvince} plans, Chromium 1280×800): ` +
        `first visit (empty browser cache) ${first.toFixed(0)} ms; repeated visits median ${median(repeated).toFixed(0)} ms, max ${Math.max(...repeated).toFixed(0)} ms ` +
        `over ${RUNS} (target < 1000 ms)`,
    );
    const typical = timings.slice(1).sort((a, b) => a.usable - b.usable)[Math.floor(RUNS / 2)]!;
    console.log(
      `  a median visit: ${typical.steps.map(([path, start, end]) => `${path.replace(/-[\w-]{8}\.js$/, '.js')} ${start}–${end} ms`).join(', ')}, usable ${typical.usable.toFixed(0)} ms`,
    );
    await context.close();
  } finally {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child!.once('exit', resolve));
    }
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
};

await main();
