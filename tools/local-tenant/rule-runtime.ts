import * as vm from "node:vm";
import { LocalTenantConfigError, NotEmulatedError } from "./errors";
import { restrictedClaimProblem } from "./login-outcome";
import { createSandbox, intoSandbox, outOfSandbox, describeError } from "./sandbox";

/** A legacy Rule as the runtime needs it. */
export interface RuleSource {
  /** e.g. auth0_rule.role_claim */
  readonly address: string;
  readonly name: string;
  readonly script: string;
}

export interface RuleRunResult {
  readonly idTokenClaims: Record<string, unknown>;
  readonly accessTokenClaims: Record<string, unknown>;
  /** The user object as the Rule passed it on (the next Rule gets it). */
  readonly user?: Record<string, unknown>;
  /** Message of an UnauthorizedError: error=access_denied. */
  readonly denied?: string;
  /** Any other error, a timeout or something not emulated: error=server_error. */
  readonly failure?: string;
}

export interface RuleRuntimeOptions {
  readonly log?: (line: string) => void;
  /** Auth0 stopped a Rule after 20 seconds. */
  readonly timeoutMs?: number;
}

/** Context fields a Rule may set to ask Auth0 for something the local tenant does not do. */
const UNSUPPORTED_CONTEXT_FIELDS = ["multifactor", "redirect", "samlConfiguration", "wsfed"];

/**
 * One legacy Rule, run the way Auth0 ran Rules: `function (user, context, callback)` with the
 * globals `configuration` (from auth0_rule_config) and `UnauthorizedError`, in a fresh isolated
 * context for every login. The `auth0` management client and context.multifactor /
 * context.redirect are not emulated: using them fails the login with a message naming them.
 */
export class LegacyRule {
  private readonly script: vm.Script;
  private readonly log: (line: string) => void;
  private readonly timeoutMs: number;

  constructor(
    readonly source: RuleSource,
    private readonly configuration: Readonly<Record<string, string>>,
    options: RuleRuntimeOptions = {},
  ) {
    this.log = options.log ?? (() => undefined);
    this.timeoutMs = options.timeoutMs ?? 20_000;
    try {
      this.script = new vm.Script(`(${source.script}\n)`, { filename: `${source.address}.script` });
    } catch (err) {
      throw new LocalTenantConfigError(
        `${source.address}.script does not compile as a function (user, context, callback): ${(err as Error).message}`,
      );
    }
    const probe = this.script.runInContext(
      this.sandbox(() => undefined),
      { timeout: this.timeoutMs },
    ) as unknown;
    if (typeof probe !== "function") {
      throw new LocalTenantConfigError(
        `${source.address}.script is not a function (user, context, callback), as Auth0 Rules must be`,
      );
    }
  }

  private sandbox(onUnsupported: (what: string) => void): vm.Context {
    const context = createSandbox({
      log: this.log,
      label: this.source.address,
      onUnsupported,
      globals: { configuration: { ...this.configuration } },
    });
    vm.runInContext(
      `class UnauthorizedError extends Error { constructor(message) { super(message); this.name = "UnauthorizedError"; } }
       globalThis.UnauthorizedError = UnauthorizedError;`,
      context,
    );
    const unsupported = (what: string): never => {
      const message = `${what} is not supported by the local tenant (${this.source.address})`;
      onUnsupported(message);
      throw new NotEmulatedError(message);
    };
    // The management API client of Rules: any use is reported.
    const strict = (path: string): unknown =>
      new Proxy(() => undefined, {
        get: (_t, prop) =>
          typeof prop === "symbol" || prop === "then" ? undefined : strict(`${path}.${String(prop)}`),
        apply: () => unsupported(`${path}()`),
      });
    context.auth0 = strict("auth0");
    return context;
  }

  /** Runs the Rule for one login; `user` and `context` are plain JSON data shaped like Auth0's. */
  async run(user: Record<string, unknown>, ruleContext: Record<string, unknown>): Promise<RuleRunResult> {
    const unsupportedCalls: string[] = [];
    const sandbox = this.sandbox((what) => unsupportedCalls.push(what));
    const empty = { idTokenClaims: {}, accessTokenClaims: {} };
    let rule: unknown;
    try {
      rule = this.script.runInContext(sandbox, { timeout: this.timeoutMs });
    } catch (err) {
      return { ...empty, failure: `Rule "${this.source.name}" failed when loaded: ${describeError(err)}` };
    }
    sandbox.__rule = rule;
    sandbox.__user = intoSandbox(sandbox, user);
    sandbox.__context = intoSandbox(sandbox, { ...ruleContext, idToken: {}, accessToken: {} });
    const settled = new Promise<{ err: unknown; user?: unknown; context?: unknown }>((resolve) => {
      sandbox.__callback = (err: unknown, nextUser?: unknown, nextContext?: unknown) =>
        resolve({ err, user: nextUser, context: nextContext });
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), this.timeoutMs);
    });
    let outcome: { err: unknown; user?: unknown; context?: unknown } | "timeout";
    try {
      vm.runInContext("__rule(__user, __context, __callback)", sandbox, { timeout: this.timeoutMs });
      outcome = await Promise.race([settled, timedOut]);
    } catch (err) {
      outcome = { err };
    } finally {
      clearTimeout(timer);
    }
    if (unsupportedCalls.length > 0) return { ...empty, failure: unsupportedCalls[0] };
    if (outcome === "timeout")
      return {
        ...empty,
        failure: `Rule "${this.source.name}" did not call its callback within ${this.timeoutMs / 1000} s`,
      };
    if (outcome.err) {
      const err = outcome.err as { name?: unknown; message?: unknown };
      if (err.name === "UnauthorizedError")
        return { ...empty, denied: typeof err.message === "string" ? err.message : "" };
      return { ...empty, failure: `Rule "${this.source.name}" failed: ${describeError(outcome.err)}` };
    }
    const context = (outcome.context ?? {}) as Record<string, unknown>;
    for (const field of UNSUPPORTED_CONTEXT_FIELDS) {
      if (context[field] !== undefined && context[field] !== null) {
        const message = `context.${field} is not supported by the local tenant (${this.source.address})`;
        this.log(message);
        return { ...empty, failure: message };
      }
    }
    const claims = (value: unknown, kind: string) => {
      const out: Record<string, unknown> = {};
      const plain = outOfSandbox(value ?? {}, `context.${kind}`) as Record<string, unknown>;
      for (const [name, claim] of Object.entries(plain ?? {})) {
        const problem = restrictedClaimProblem(name);
        if (problem) this.log(`${this.source.address}: context.${kind} claim ignored, as in Auth0: ${problem}`);
        else out[name] = claim;
      }
      return out;
    };
    return {
      idTokenClaims: claims(context.idToken, "idToken"),
      accessTokenClaims: claims(context.accessToken, "accessToken"),
      user: outOfSandbox(outcome.user ?? user, "user") as Record<string, unknown>,
    };
  }
}
