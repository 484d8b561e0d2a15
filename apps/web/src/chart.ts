import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface LagBar {
  province: string;
  exact: boolean;
  span: [number, number];
}

/** Two datasets so the legend tells an exact day from a range; a row is in one of them, null in the other. */
export const drawLagChart = (canvas: HTMLCanvasElement, bars: LagBar[], labels: { exact: string; range: string }) =>
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.province),
      datasets: [
        { label: labels.exact, data: bars.map((b) => (b.exact ? b.span : null)), backgroundColor: '#1d4f91', grouped: false },
        { label: labels.range, data: bars.map((b) => (b.exact ? null : b.span)), backgroundColor: '#b35900', grouped: false },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      responsive: true,
      scales: { x: { title: { display: true, text: labels.exact } } },
    },
  });
