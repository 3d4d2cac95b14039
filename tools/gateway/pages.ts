import { html, SafeHtml } from "../../dashboard/views/html";
import { page } from "../../dashboard/views/layout";
import { GATEWAY_ROUTES } from "./settings";

/**
 * The gateway's own pages: the few answers it gives instead of the dashboard's. Each says what
 * happened and what to do; none shows an internal error.
 */

export function noRolePage(input: {
  user: string;
  roles: readonly string[];
  allowedRoles: readonly string[];
  problem?: string;
}): SafeHtml {
  return page({
    title: "No access",
    body: html`<section
      class="message"
      data-testid="access-denied"
      data-reason="no-role"
    >
      <h1>You don't have access to this dashboard</h1>
      <p>
        You are signed in as <strong>${input.user}</strong>, but this dashboard
        needs one of the roles <code>${input.allowedRoles.join(", ")}</code>.
        Your roles:
        ${input.roles.length > 0 ? html`<code>${input.roles.join(", ")}</code>` : "none"}.
      </p>
      ${input.problem && html`<p class="detail" data-testid="claim-problem">${input.problem}</p>`}
      <p>
        If you need access, ask an admin of your team for one of these roles,
        then log in again.
      </p>
      <p>
        <a href="${GATEWAY_ROUTES.logout}" data-testid="switch-user"
          >Log in as someone else</a
        >
      </p>
    </section>`,
  });
}

export function errorPage(status: number, description?: string): SafeHtml {
  const [title, text] =
    status === 403
      ? ["Access denied", "Your sign-in was refused, so you cannot use this dashboard."]
      : status === 400
        ? ["Sign-in failed", "The sign-in could not be completed."]
        : status === 502
          ? ["Dashboard unavailable", "The dashboard behind this login is not answering. Try again in a moment."]
          : status === 503
            ? ["Login unavailable", "The login service cannot be reached. Try again in a moment."]
            : ["Something went wrong", "The request could not be completed."];
  return page({
    title,
    body: html`<section
      class="message"
      data-testid="gateway-error"
      data-status="${String(status)}"
    >
      <h1>${title}</h1>
      <p>${text}</p>
      ${description && html`<p class="detail" data-testid="denial-reason">${description}</p>`}
      <p>
        <a href="${status === 403 ? GATEWAY_ROUTES.logout : "/"}"
          >${status === 403 ? "Log in as someone else" : "Try again"}</a
        >
      </p>
    </section>`,
  });
}
