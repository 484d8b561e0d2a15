import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCompareProvinces } from './compare-provinces.bench.js';
import { generateNationalHistory, NATIONAL } from './national-scale.js';
import { benchRebuild } from './read-models.bench.js';
import { repeated } from './repeated.js';

/** Generates the national-scale history once, then rebuilds read models from it and times queries. */
export const benchNationalScale = async (): Promise<void> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'monitor-bench-'));
  try {
    const started = performance.now();
    const events = await generateNationalHistory(join(dataDir, 'events.sqlite'), NATIONAL);
    console.log(
      `generated national-scale history: ${events.toLocaleString('en')} events in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    repeated('rebuild', 300_000, () => benchRebuild(dataDir));
    await benchCompareProvinces(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};
