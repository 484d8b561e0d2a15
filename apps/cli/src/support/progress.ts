import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  /** `done` in the bar's unit; `events` so far when the unit is bytes. */
  update(done: number, events?: number): void;
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr with events/s and the time left, shown only on a terminal: piped or
 * redirected output (and CI logs) stay clean.
 */
export const progressBar = (
  label: string,
  total: number,
  enabled = Boolean(process.stderr.isTTY),
  unit: 'events' | 'bytes' = 'events',
): Progress => {
  if (!enabled || total <= 0) return silent;
  const counted = unit === 'events' ? '{value}/{total} events' : '{events} events';
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | ${counted} | {speed} events/s | ETA {eta_formatted}`,
      fps: 5,
      etaBuffer: 20,
      formatValue: (value, _options, type) => (type === 'value' || type === 'total' ? value.toLocaleString('en') : String(value)),
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(total, 0, { speed: 0, events: 0 });
  return {
    update: (done, events = done) => {
      const seconds = (performance.now() - started) / 1000;
      bar.update(Math.min(done, total), {
        speed: seconds > 0 ? Math.round(events / seconds).toLocaleString('en') : 0,
        events: events.toLocaleString('en'),
      });
    },
    stop: () => bar.stop(),
  };
};
