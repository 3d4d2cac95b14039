import { html, SafeHtml } from "./html";
import { HeaderUser, page } from "./layout";

/**
 * Pages for everything other than the metrics. Each states what happened and what the user
 * can do next; none shows a stack trace or an internal error message.
 */

/** The tenant refused the login (the post-login Action called api.access.deny, or the user is blocked). */
export function loginDeniedPage(description: string | undefined): SafeHtml {
  return page({
    title: "Access denied",
    body: html`<section class="message" data-testid="access-denied" data-reason="login-denied">
<h1>Access denied</h1>
<p>Your sign-in was refused, so you cannot use this dashboard.</p>
${description && html`<p class="detail" data-testid="denial-reason">${description}</p>`}
<p>If you need access, ask an admin of your team for one of the dashboard's roles.</p>
<p><a href="/logout" data-testid="switch-user">Log in as someone else</a></p>
</section>`,
  });
}

export interface NoAccessInput {
  readonly user: HeaderUser;
  /** Roles that would grant access. */
  readonly acceptedRoles: readonly string[];
  /** Why the roles claim could not be read, when that is the reason. */
  readonly claimProblem?: string;
}

/** Signed in, but holding neither a viewer nor an admin role. */
export function noAccessPage({ user, acceptedRoles, claimProblem }: NoAccessInput): SafeHtml {
  return page({
    title: "No access",
    user,
    body: html`<section class="message" data-testid="access-denied" data-reason="no-role">
<h1>You don't have access to this dashboard</h1>
<p>You are signed in as <strong>${user.email}</strong>, but this dashboard needs one of the roles
  <code>${acceptedRoles.join(", ")}</code>. Your roles: ${user.roles.length > 0 ? html`<code>${user.roles.join(", ")}</code>` : "none"}.</p>
${claimProblem && html`<p class="detail" data-testid="claim-problem">${claimProblem}</p>`}
<p>If you need access, ask an admin of your team for one of these roles, then log in again.</p>
<p><a href="/logout" data-testid="switch-user">Log in as someone else</a></p>
</section>`,
  });
}

/** The login came back with an error other than a denial (a stale link, a misconfigured client...). */
export function loginFailedPage(error: string | undefined, description: string | undefined): SafeHtml {
  return page({
    title: "Sign-in failed",
    body: html`<section class="message" data-testid="login-failed">
<h1>Sign-in didn't complete</h1>
<p>The sign-in could not be completed${error ? html` (<code>${error}</code>)` : ""}.</p>
${description && html`<p class="detail">${description}</p>`}
<p><a href="/login" data-testid="retry-login">Try again</a></p>
</section>`,
  });
}

export function loginRequiredPage(): SafeHtml {
  return page({
    title: "Login required",
    body: html`<section class="message" data-testid="login-required">
<h1>Login required</h1>
<p><a href="/login">Log in</a> to see the model metrics.</p>
</section>`,
  });
}

export function notFoundPage(user?: HeaderUser): SafeHtml {
  return page({
    title: "Not found",
    user,
    body: html`<section class="message" data-testid="not-found">
<h1>Page not found</h1>
<p><a href="/">Back to the model metrics</a></p>
</section>`,
  });
}

export function serverErrorPage(): SafeHtml {
  return page({
    title: "Something went wrong",
    body: html`<section class="message" data-testid="server-error">
<h1>Something went wrong</h1>
<p>The dashboard could not handle this request. The details are in the server's log.</p>
<p><a href="/">Try again</a></p>
</section>`,
  });
}

/** The tenant could not be reached (discovery or a token request failed at the network level). */
export function issuerUnreachablePage(): SafeHtml {
  return page({
    title: "Sign-in unavailable",
    body: html`<section class="message" data-testid="issuer-unreachable">
<h1>Sign-in is unavailable</h1>
<p>The dashboard could not reach its sign-in service. Try again in a moment; if it persists, the server's log says why.</p>
<p><a href="/">Try again</a></p>
</section>`,
  });
}
