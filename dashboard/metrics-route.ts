import { RequestHandler } from "express";
import { canSeeAdminPanel, canSeeMetrics, decideAccess, rolesClaimName } from "./access";
import { TrainingRunSet } from "./data/training-runs";
import { displayNameOf } from "./identity";
import { DashboardSettings } from "./settings";
import { noAccessPage } from "./views/error-pages";
import { metricsPage } from "./views/metrics-page";

/** GET /: the metrics for viewers and admins (plus the admin panel for admins), a 403 page for anyone else. */
export function metricsRoute(settings: DashboardSettings, runSet: TrainingRunSet): RequestHandler {
  const policy = { viewerRoles: settings.viewerRoles, adminRoles: settings.adminRoles };
  return (req, res) => {
    // Verified by express-openid-connect (signature, issuer, audience, nonce) at the callback.
    const claims = req.oidc.idTokenClaims as Readonly<Record<string, unknown>> | undefined;
    const access = decideAccess(claims, settings.claimNamespace, policy);
    const user = { email: displayNameOf(claims), roles: access.roles };
    if (!canSeeMetrics(access.level)) {
      const acceptedRoles = [...new Set([...policy.viewerRoles, ...policy.adminRoles])];
      res
        .status(403)
        .type("html")
        .send(noAccessPage({ user, acceptedRoles, claimProblem: access.claimProblem }).toString());
      return;
    }
    const admin = canSeeAdminPanel(access.level)
      ? { policy, rolesClaim: rolesClaimName(settings.claimNamespace) }
      : undefined;
    res.type("html").send(metricsPage({ user, runSet, admin }).toString());
  };
}
