// `npm run bench:audit`: generates a chained history of about a million events once, into a temporary
// directory, then times `monitor verify` and `monitor replay --until` over it. Figures printed, not asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printMachineCheck } from './machine-check.js';
import { generateNationalHistory, MILLION } from './national-scale.js';
import { benchReplay } from './replay.bench.js';
import { repeated } from './repeated.js';
import { benchVerify } from './verify.bench.js';

const dataDir = mkdtempSync(join(tmpdir(), 'monitor-audit-bench-'));
printMachineCheck('before');
try {
  const started = performance.now();
  const events = await generateNationalHistory(join(dataDir, 'events.sqlite'), MILLION);
  console.log(`generated chained history: ${events.toLocaleString('en')} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  repeated('verify', 200_000, () => benchVerify(dataDir));
  repeated('replay --until', 300_000, () => benchReplay(dataDir));
  printMachineCheck('after');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
