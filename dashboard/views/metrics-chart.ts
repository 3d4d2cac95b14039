import { TrainingRun } from "../data/training-runs";
import { percent } from "./format";
import { html, SafeHtml } from "./html";

const WIDTH = 720;
const HEIGHT = 260;
const PLOT = { left: 44, right: 12, top: 16, bottom: 28 };

/** Lowest gridline: a tenth below the worst run, so that differences between good runs stay visible. */
export function accuracyAxisFloor(runs: readonly TrainingRun[]): number {
  const worst = Math.min(...runs.map((r) => r.accuracy));
  return Math.max(0, Math.floor(worst * 10 - 1e-9) / 10);
}

/**
 * Validation accuracy per run as an inline SVG bar chart: one bar per run, numbered like the
 * table's rows and coloured by status. Server-rendered, so the page needs no JavaScript.
 */
export function metricsChart(runs: readonly TrainingRun[]): SafeHtml {
  const floor = runs.length > 0 ? accuracyAxisFloor(runs) : 0;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const y = (accuracy: number) => PLOT.top + plotHeight * (1 - (accuracy - floor) / (1 - floor));
  const slot = plotWidth / Math.max(runs.length, 1);
  const barWidth = Math.min(48, slot * 0.7);

  const gridlines: number[] = [];
  for (let tick = floor; tick <= 1 + 1e-9; tick += 0.1) gridlines.push(Number(tick.toFixed(1)));

  const bars = runs.map((run, i) => {
    const x = PLOT.left + slot * i + (slot - barWidth) / 2;
    const top = y(run.accuracy);
    const label = `#${i + 1} ${run.runId} · ${run.model} · accuracy ${percent(run.accuracy)} · ${run.status}`;
    return html`<g data-testid="chart-bar" data-run-id="${run.runId}">
    <rect class="bar-${run.status}" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(PLOT.top + plotHeight - top).toFixed(1)}"><title>${label}</title></rect>
    <text x="${(x + barWidth / 2).toFixed(1)}" y="${(top - 4).toFixed(1)}" text-anchor="middle">${percent(run.accuracy)}</text>
    <text x="${(x + barWidth / 2).toFixed(1)}" y="${HEIGHT - PLOT.bottom + 16}" text-anchor="middle">#${i + 1}</text>
  </g>
`;
  });

  return html`<figure>
<svg class="chart" data-testid="metrics-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Validation accuracy of ${runs.length} training runs">
${gridlines.map(
  (
    tick,
  ) => html`  <line class="grid" x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}"/>
  <text x="${PLOT.left - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end">${percent(tick).replace(".0%", "%")}</text>
`,
)}  ${bars}</svg>
<figcaption>Validation accuracy per run (#n matches the table). Blue: completed, amber: running, red: failed.</figcaption>
</figure>`;
}
