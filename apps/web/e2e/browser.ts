import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium: the tests never download a browser of their own (closed networks, reproducible CI). */
export const CHROMIUM = process.env['MONITOR_CHROMIUM'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-output');

export const requireChromium = () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the web app's browser tests cannot run. Install Debian's package: ` +
        `apt-get update && apt-get install -y chromium (or set MONITOR_CHROMIUM to a Chromium binary); .ci/run does it`,
    );
  }
};

export interface Browsing {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page asked for, to check none left the platform. */
  readonly requests: string[];
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** A fresh headless Chromium profile with one page, its requests recorded and screenshots kept under test-output/. */
export const openBrowser = async (viewport = { width: 1280, height: 800 }): Promise<Browsing> => {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'monitor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport,
    acceptDownloads: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    page,
    requests,
    shot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
};

/** The URLs the pages asked for anywhere but the platform (its HTTP and WebSocket origin; data: and blob: are the page's own). */
export const requestsElsewhere = (platformUrl: string, browsings: readonly Browsing[]): string[] => {
  const origin = new URL(platformUrl).origin;
  const wsOrigin = origin.replace(/^http/, 'ws');
  return browsings
    .flatMap((b) => b.requests)
    .filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`${wsOrigin}/`) && !/^(data|blob):/.test(url));
};
