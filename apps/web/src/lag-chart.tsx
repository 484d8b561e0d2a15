import { useEffect, useRef } from 'preact/hooks';
import { lagBars, type Row } from './comparison';
import { num } from './format';
import { lang, t } from './i18n';

// Fetched as soon as the decision page's code is, in parallel with its query, not after the rows arrive.
const chartModule = import('./chart');

/** Plan lag as horizontal bars (Chart.js, loaded with this page only); a partial date's range is a floating bar. */
export const LagChart = ({ rows }: { rows: Row[] }) => {
  const canvas = useRef<HTMLCanvasElement>(null);
  const bars = lagBars(rows);
  const key = JSON.stringify(bars) + lang.value;
  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let live = true;
    void chartModule.then(({ drawLagChart }) => {
      if (!live || !canvas.current) return;
      chart = drawLagChart(canvas.current, bars, { exact: t('days'), range: t('lagRange') });
      // The drawn spans, for tests and assistive tools that cannot read a canvas.
      canvas.current.dataset['bars'] = JSON.stringify(bars);
    });
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [key]);
  if (bars.length === 0) return null;
  const description = bars.map(
    (b) =>
      `${b.province}: ${b.exact ? `${num(b.span[1])} ${t('days')}` : `${num(b.span[0])}–${num(b.span[1])} ${t('days')} (${t('lagRange')})`}`,
  );
  return (
    <figure class="chart">
      <figcaption>{t('chartTitle')}</figcaption>
      <div style={{ height: `${Math.min(90 + bars.length * 28, 1000)}px` }}>
        <canvas ref={canvas} role="img" aria-label={description.join('; ')} />
      </div>
    </figure>
  );
};
