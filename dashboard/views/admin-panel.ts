import { RolePolicy } from "../access";
import { TrainingRun } from "../data/training-runs";
import { percent } from "./format";
import { html, SafeHtml } from "./html";

export interface AdminPanelInput {
  readonly runs: readonly TrainingRun[];
  readonly policy: RolePolicy;
  /** Full name of the roles claim the dashboard reads. */
  readonly rolesClaim: string;
}

/** The best completed run by accuracy: what an admin would promote next. */
export function promotionCandidate(runs: readonly TrainingRun[]): TrainingRun | undefined {
  return runs
    .filter((r) => r.status === "completed")
    .reduce<TrainingRun | undefined>((best, r) => (!best || r.accuracy > best.accuracy ? r : best), undefined);
}

/**
 * Admin-only section. It shows information rather than actions: promoting a model belongs to
 * the release pipeline, and this reference dashboard only demonstrates role-gated content.
 */
export function adminPanel({ runs, policy, rolesClaim }: AdminPanelInput): SafeHtml {
  const candidate = promotionCandidate(runs);
  const failed = runs.filter((r) => r.status === "failed");
  return html`<section class="panel" data-testid="admin-panel" aria-labelledby="admin-panel-heading">
  <h2 id="admin-panel-heading">Admin panel</h2>
  <h3>Promotion candidate</h3>
  ${
    candidate
      ? html`<p data-testid="promotion-candidate"><code>${candidate.runId}</code> · ${candidate.model} on ${candidate.dataset} · accuracy ${percent(candidate.accuracy)}, F1 ${percent(candidate.f1)}</p>`
      : html`<p>No completed run yet.</p>`
  }
  <h3>Runs needing attention</h3>
  ${
    failed.length > 0
      ? html`<ul>${failed.map((r) => html`<li><code>${r.runId}</code> (${r.model}) failed after ${r.epochs} epoch${r.epochs === 1 ? "" : "s"}</li>`)}</ul>`
      : html`<p>No failed runs.</p>`
  }
  <h3>Access</h3>
  <p>Viewers hold one of <code>${policy.viewerRoles.join(", ")}</code>; admins hold one of <code>${policy.adminRoles.join(", ")}</code>,
    read from the ID token claim <code>${rolesClaim}</code>. Roles are granted in Auth0 by the stack's config, not here.</p>
</section>`;
}
