/**
 * The local tenant's own pages: plain HTML with inline styles, no script, no external asset.
 */
export const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

/** Content-Security-Policy of every page: nothing but the page itself and its inline styles. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'none'";

const STYLE = `
  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; background: #f3f4f6; color: #111827; margin: 0; }
  main { max-width: 22rem; margin: 8vh auto; background: #fff; padding: 2rem; border-radius: 0.5rem; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
  h1 { font-size: 1.25rem; margin: 0 0 0.25rem; }
  p.app { color: #4b5563; margin: 0 0 1.5rem; }
  label { display: block; font-size: 0.875rem; margin: 1rem 0 0.25rem; }
  input { width: 100%; box-sizing: border-box; padding: 0.6rem; font-size: 1rem; border: 1px solid #9ca3af; border-radius: 0.25rem; }
  button { margin-top: 1.5rem; width: 100%; padding: 0.7rem; font-size: 1rem; border: 0; border-radius: 0.25rem; background: #1f2937; color: #fff; cursor: pointer; }
  a.federated { display: block; margin-top: 1rem; padding: 0.7rem; text-align: center; border: 1px solid #1f2937; border-radius: 0.25rem; color: #1f2937; text-decoration: none; }
  .error { background: #fee2e2; color: #991b1b; padding: 0.6rem; border-radius: 0.25rem; margin-bottom: 1rem; }
  footer { color: #6b7280; font-size: 0.75rem; margin-top: 1.5rem; text-align: center; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
<footer>Local Auth0 tenant (ml-dashboard-auth)</footer>
</main>
</body>
</html>
`;
}

export interface LoginPageProps {
  /** Where the form posts to. */
  readonly action: string;
  /** The application's name (auth0_client.name). */
  readonly applicationName: string;
  readonly error?: string;
  /** Prefilled identifier after a failed attempt (never the password). */
  readonly identifier?: string;
  /** Ask for "Username or email" instead of "Email address". */
  readonly allowUsername?: boolean;
  /** Show the email/password form (a database connection is enabled). @default true */
  readonly passwordForm?: boolean;
  /** "Continue with <label>" buttons, one per federated connection enabled for the client. @default none */
  readonly federated?: readonly { readonly label: string; readonly href: string }[];
}

export function loginPage(props: LoginPageProps): string {
  const label = props.allowUsername ? "Username or email address" : "Email address";
  const form =
    props.passwordForm === false
      ? ""
      : `<form method="post" action="${escapeHtml(props.action)}">
<label for="username">${label}</label>
<input id="username" name="username" type="${props.allowUsername ? "text" : "email"}" autocomplete="username" required autofocus value="${escapeHtml(props.identifier ?? "")}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit" name="action" value="login">Continue</button>
</form>`;
  // Links styled as buttons: a GET that starts the sign-in at the connection's IdP.
  const buttons = (props.federated ?? [])
    .map(
      (f) =>
        `<a class="federated" data-testid="federated-connection" href="${escapeHtml(f.href)}">Continue with ${escapeHtml(f.label)}</a>`,
    )
    .join("\n");
  return page(
    `Log in | ${props.applicationName}`,
    `<h1>Log in</h1>
<p class="app">to continue to <strong data-testid="application-name">${escapeHtml(props.applicationName)}</strong></p>
${props.error ? `<div class="error" role="alert" data-testid="login-error">${escapeHtml(props.error)}</div>` : ""}
${form}
${buttons}`,
  );
}

export function messagePage(title: string, message: string, detail?: string): string {
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p data-testid="message">${escapeHtml(message)}</p>
${detail ? `<p class="app" data-testid="detail">${escapeHtml(detail)}</p>` : ""}`,
  );
}

/**
 * RP-initiated logout (/oidc/logout): Auth0 ends the session without asking, so this page
 * submits oidc-provider's logout form (which carries its xsrf token) with a one-line script
 * allowed by `nonce`; without scripts, a button does it.
 */
export function logoutFormPage(form: string, nonce: string): string {
  const withIntent = form.replace(/<form([^>]*)>/, '<form$1><input type="hidden" name="logout" value="yes">');
  return page(
    "Logging out",
    `${withIntent}
<p>Logging out...</p>
<button form="op.logoutForm" type="submit">Log out</button>
<script nonce="${escapeHtml(nonce)}">document.getElementById("op.logoutForm").submit();</script>`,
  );
}
