import { GRANT_TYPE_REASONS } from "../../lib/constructs/dashboard-client";
import { PREVENT_DESTROY_OFF_REASON } from "../../lib/constructs/data-safety";
import { OPT_IN_GRANT_TYPES } from "../../lib/validation/grant-types";
import { meetsMinimumPasswordPolicy, PasswordPolicy, PASSWORD_POLICIES } from "../../lib/validation/password-policy";
import { redirectUrlProblem } from "../../lib/validation/urls";
import { asRecord, block, comment, resourcesOf, shown, stringList, SynthesizedStack } from "./synthesized-stack";

export type Severity = "error" | "warning";

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** Terraform address, e.g. auth0_client.mlflow, or provider.auth0. */
  readonly address: string;
  readonly message: string;
}

export interface PolicyRule {
  readonly id: string;
  /** What the rule protects, in one line (shown by --list). */
  readonly description: string;
  check(stack: SynthesizedStack): Finding[];
}

const finding = (rule: string, severity: Severity, address: string, message: string): Finding => ({
  rule,
  severity,
  address,
  message,
});

const WEB_APP_TYPES = new Set(["regular_web", "spa"]);
const REFERENCE = /^\$\{var\.([A-Za-z_][A-Za-z0-9_-]*)\}$/;

/**
 * Rules over the synthesized JSON. They read what Terraform would apply, so they also catch what
 * escape hatches (addOverride) or hand-edited stacks introduce, and they work on any stack.
 */
export const POLICY_RULES: readonly PolicyRule[] = [
  {
    id: "stateful-prevent-destroy",
    description:
      "database connections and users carry lifecycle.prevent_destroy (deleting a connection deletes its users)",
    check: (stack) =>
      ["auth0_connection", "auth0_user"].flatMap((type) =>
        resourcesOf(stack, type)
          .filter(([, r]) => type !== "auth0_connection" || r.strategy === "auth0")
          .flatMap(([name, r]) => {
            if (block(r.lifecycle)?.prevent_destroy === true) return [];
            const reason = comment(r)[PREVENT_DESTROY_OFF_REASON];
            return typeof reason === "string" && reason.trim()
              ? [
                  finding(
                    "stateful-prevent-destroy",
                    "warning",
                    `${type}.${name}`,
                    `prevent_destroy is off; stated reason: ${reason}`,
                  ),
                ]
              : [
                  finding(
                    "stateful-prevent-destroy",
                    "error",
                    `${type}.${name}`,
                    "prevent_destroy is off and no reason is recorded; a destroy or replace would delete users",
                  ),
                ];
          }),
      ),
  },
  {
    id: "connection-enabled",
    description: "every application is enabled on at least one connection (otherwise nobody can log in)",
    check: (stack) => {
      const enabled = new Set<string>();
      for (const [, r] of resourcesOf(stack, "auth0_connection_clients"))
        for (const id of stringList(r.enabled_clients)) enabled.add(id);
      for (const [, r] of resourcesOf(stack, "auth0_connection_client")) enabled.add(String(r.client_id));
      return resourcesOf(stack, "auth0_client")
        .filter(
          ([name]) => !enabled.has(`\${auth0_client.${name}.client_id}`) && !enabled.has(`\${auth0_client.${name}.id}`),
        )
        .map(([name]) =>
          finding(
            "connection-enabled",
            "error",
            `auth0_client.${name}`,
            "no connection is enabled for this application, so nobody can log in to it",
          ),
        );
    },
  },
  {
    id: "grant-types",
    description:
      "web applications use the authorization code flow; implicit, password and other extra grants need a recorded reason",
    check: (stack) =>
      resourcesOf(stack, "auth0_client").flatMap(([name, r]) => {
        if (typeof r.app_type !== "string" || !WEB_APP_TYPES.has(r.app_type)) return [];
        const reasons = asRecord(comment(r)[GRANT_TYPE_REASONS]) ?? {};
        return stringList(r.grant_types)
          .filter((g) => g !== "authorization_code" && g !== "refresh_token")
          .map((g) => {
            const risk =
              OPT_IN_GRANT_TYPES[g as keyof typeof OPT_IN_GRANT_TYPES] ?? "is not a grant a web dashboard needs";
            const reason = reasons[g];
            return typeof reason === "string" && reason
              ? finding(
                  "grant-types",
                  "warning",
                  `auth0_client.${name}`,
                  `grant type ${g} ${risk}; stated reason: ${reason}`,
                )
              : finding(
                  "grant-types",
                  "error",
                  `auth0_client.${name}`,
                  `grant type ${g} ${risk}, and no reason is recorded`,
                );
          });
      }),
  },
  {
    id: "https-urls",
    description: "callback, logout and origin URLs are https (http only for localhost, as a warning)",
    check: (stack) =>
      resourcesOf(stack, "auth0_client").flatMap(([name, r]) =>
        ["callbacks", "allowed_logout_urls", "allowed_origins", "web_origins", "initiate_login_uri"].flatMap((field) =>
          ([] as unknown[]).concat(r[field] ?? []).flatMap((url) => {
            if (typeof url !== "string" || url.startsWith("${")) return [];
            const problem = redirectUrlProblem(url, { allowInsecureLocalhost: false });
            if (!problem) return [];
            const localhostOnly = !redirectUrlProblem(url, { allowInsecureLocalhost: true });
            return [
              localhostOnly
                ? finding(
                    "https-urls",
                    "warning",
                    `auth0_client.${name}`,
                    `${field}: ${url} is plain http on localhost (development only)`,
                  )
                : finding("https-urls", "error", `auth0_client.${name}`, `${field}: ${url}: ${problem}`),
            ];
          }),
        ),
      ),
  },
  {
    id: "token-signing",
    description: "applications are OIDC conformant, sign ID tokens with RS256 and rotate refresh tokens",
    check: (stack) =>
      resourcesOf(stack, "auth0_client").flatMap(([name, r]) => {
        const address = `auth0_client.${name}`;
        const found: Finding[] = [];
        if (r.oidc_conformant !== true)
          found.push(finding("token-signing", "error", address, "oidc_conformant is not true"));
        const alg = block(r.jwt_configuration)?.alg;
        if (alg !== "RS256")
          found.push(
            finding(
              "token-signing",
              "error",
              address,
              `ID tokens are signed with ${alg == null ? "the tenant default" : shown(alg)}, not RS256`,
            ),
          );
        const refresh = block(r.refresh_token);
        if (
          stringList(r.grant_types).includes("refresh_token") &&
          (refresh?.rotation_type !== "rotating" || refresh?.expiration_type !== "expiring")
        ) {
          found.push(finding("token-signing", "error", address, "refresh tokens are not rotating and expiring"));
        }
        return found;
      }),
  },
  {
    id: "connection-hardening",
    description: "database connections have brute-force protection and a password policy of at least good",
    check: (stack) =>
      resourcesOf(stack, "auth0_connection")
        .filter(([, r]) => r.strategy === "auth0")
        .flatMap(([name, r]) => {
          const options = block(r.options) ?? {};
          const found: Finding[] = [];
          if (options.brute_force_protection !== true)
            found.push(
              finding("connection-hardening", "error", `auth0_connection.${name}`, "brute_force_protection is not on"),
            );
          const policy = options.password_policy as PasswordPolicy | undefined;
          if (!policy || !PASSWORD_POLICIES.includes(policy) || !meetsMinimumPasswordPolicy(policy)) {
            found.push(
              finding(
                "connection-hardening",
                "error",
                `auth0_connection.${name}`,
                `password_policy is ${JSON.stringify(policy ?? null)}; expected "good" or "excellent"`,
              ),
            );
          }
          return found;
        }),
  },
  {
    id: "no-literal-passwords",
    description: "user passwords come from sensitive variables, never literals",
    check: (stack) =>
      resourcesOf(stack, "auth0_user").flatMap(([name, r]) => {
        if (r.password === undefined) return [];
        const variable = REFERENCE.exec(shown(r.password))?.[1];
        if (!variable)
          return [
            finding(
              "no-literal-passwords",
              "error",
              `auth0_user.${name}`,
              "password is not a reference to a variable (the value is not shown)",
            ),
          ];
        if (stack.json.variable?.[variable]?.sensitive !== true) {
          return [
            finding(
              "no-literal-passwords",
              "error",
              `auth0_user.${name}`,
              `password comes from variable ${variable}, which is not sensitive`,
            ),
          ];
        }
        return [];
      }),
  },
  {
    id: "provider-credentials",
    description: "the auth0 provider block carries no credentials (they come from AUTH0_* at apply time)",
    check: (stack) => {
      const blocks = ([] as Array<Record<string, unknown>>).concat(
        (stack.json.provider?.auth0 as Array<Record<string, unknown>>) ?? [],
      );
      return blocks.flatMap((b) =>
        ["client_id", "client_secret", "api_token", "client_assertion_private_key"]
          .filter((key) => b[key] !== undefined)
          .map((key) =>
            finding(
              "provider-credentials",
              "error",
              "provider.auth0",
              `${key} is set in the provider block (the value is not shown); use AUTH0_* environment variables`,
            ),
          ),
      );
    },
  },
  {
    id: "sensitive-outputs",
    description: "outputs that carry client secrets or passwords are sensitive",
    check: (stack) =>
      Object.entries(stack.json.output ?? {})
        .filter(
          ([, o]) =>
            /client_secret|\.password|var\.[a-z0-9_]*password/.test(JSON.stringify(o.value ?? "")) &&
            o.sensitive !== true,
        )
        .map(([name]) =>
          finding("sensitive-outputs", "error", `output.${name}`, "carries a secret but is not marked sensitive"),
        ),
  },
  {
    id: "legacy-rules",
    description: "Auth0 Rules are past end of life (2026-11-18); prefer post-login Actions",
    check: (stack) =>
      resourcesOf(stack, "auth0_rule").map(([name]) =>
        finding(
          "legacy-rules",
          "warning",
          `auth0_rule.${name}`,
          "Rules reached end of life on 2026-11-18; the post-login Action covers the same logic",
        ),
      ),
  },
];

/** Runs every rule on a stack; findings are sorted errors first, then by address. */
export function checkStack(stack: SynthesizedStack, rules: readonly PolicyRule[] = POLICY_RULES): Finding[] {
  const rank = (s: Severity) => (s === "error" ? 0 : 1);
  return rules
    .flatMap((rule) => rule.check(stack))
    .sort(
      (a, b) =>
        rank(a.severity) - rank(b.severity) || a.address.localeCompare(b.address) || a.rule.localeCompare(b.rule),
    );
}
