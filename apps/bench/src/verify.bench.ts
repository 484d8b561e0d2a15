import { runMonitorCli } from './cli-run.js';

/** `monitor verify` over the whole store, in its own process: rate printed beside the target, and returned. */
export const benchVerify = (dataDir: string): number => {
  const report = JSON.parse(runMonitorCli(dataDir, ['verify', '--json']).stdout) as { events: number; seconds: number; failure: unknown };
  if (report.failure) throw new Error(`the benchmark store does not verify: ${JSON.stringify(report.failure)}`);
  const rate = Math.round(report.events / report.seconds);
  console.log(
    `verify (monitor verify, target ≥ 200,000 events/s): ${report.events.toLocaleString('en')} events in ${report.seconds.toFixed(2)} s, ${rate.toLocaleString('en')} events/s`,
  );
  return rate;
};
