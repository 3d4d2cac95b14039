import { TrainingRun, TrainingRunSet } from "../data/training-runs";
import { adminPanel, AdminPanelInput } from "./admin-panel";
import { percent } from "./format";
import { html, SafeHtml } from "./html";
import { HeaderUser, page } from "./layout";
import { metricsChart } from "./metrics-chart";
import { metricsTable } from "./metrics-table";

export interface MetricsPageInput {
  readonly user: HeaderUser;
  readonly runSet: TrainingRunSet;
  /** Present only for admins: the admin panel is not rendered at all otherwise. */
  readonly admin?: Omit<AdminPanelInput, "runs">;
}

/** GET /: the training runs as a chart and a table, plus the admin panel for admins. */
export function metricsPage({ user, runSet, admin }: MetricsPageInput): SafeHtml {
  const { runs } = runSet;
  const best = runs.reduce<TrainingRun | undefined>((a, b) => (!a || b.accuracy > a.accuracy ? b : a), undefined);
  return page({
    title: "Model metrics",
    user,
    body: html`<h1>Model metrics: ${runSet.project}</h1>
<p class="lead">${runSet.description}</p>
<p data-testid="metrics-summary">${runs.length} training run${runs.length === 1 ? "" : "s"}${best && html` · best accuracy ${percent(best.accuracy)} (${best.model}, <code>${best.runId}</code>)`}</p>
<h2>Validation accuracy</h2>
${metricsChart(runs)}
<h2>Training runs</h2>
${metricsTable(runs)}
${admin && adminPanel({ ...admin, runs })}`,
  });
}
