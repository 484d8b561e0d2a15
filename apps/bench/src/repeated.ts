import { fmt } from './figures.js';

/** Runs of each timed command (BENCH_RUNS, default 3): this VM's speed swings between runs, so one figure says little. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

/**
 * Runs a timed command RUNS times (each prints its own line and returns its rate), then prints the
 * median and the range beside the target. The first run comes right after the store was written.
 */
export const repeated = (what: string, target: number, run: () => number): void => {
  const rates = Array.from({ length: RUNS }, run);
  if (rates.length < 2) return;
  const sorted = [...rates].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const met = rates.filter((rate) => rate >= target).length;
  console.log(
    `${what}: median ${fmt(median)} events/s over ${rates.length} runs (${fmt(sorted[0]!)}–${fmt(sorted[sorted.length - 1]!)}), ${met} of ${rates.length} at or above ${fmt(target)}`,
  );
};
