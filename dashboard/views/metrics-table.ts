import { TrainingRun } from "../data/training-runs";
import { decimal, duration, percent, utcTimestamp } from "./format";
import { html, SafeHtml } from "./html";

/** One row per run, numbered like the bars of the chart. */
export function metricsTable(runs: readonly TrainingRun[]): SafeHtml {
  return html`<div class="table-scroll">
<table data-testid="metrics-table">
  <thead>
    <tr><th class="num">#</th><th>Run</th><th>Model</th><th>Dataset</th><th class="num">Epochs</th>
      <th class="num">Accuracy</th><th class="num">Loss</th><th class="num">F1</th><th class="num">Duration</th><th>Started</th><th>Status</th></tr>
  </thead>
  <tbody>
${runs.map(
  (run, i) => html`    <tr data-run-id="${run.runId}">
      <td class="num">${i + 1}</td><td><code>${run.runId}</code></td><td>${run.model}</td><td>${run.dataset}</td>
      <td class="num">${run.epochs}</td><td class="num">${percent(run.accuracy)}</td><td class="num">${decimal(run.loss)}</td>
      <td class="num">${percent(run.f1)}</td><td class="num">${duration(run.durationSeconds)}</td>
      <td>${utcTimestamp(run.startedAt)}</td><td><span class="status status-${run.status}">${run.status}</span></td>
    </tr>
`,
)}  </tbody>
</table>
</div>`;
}
