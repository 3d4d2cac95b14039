import * as vm from "node:vm";
import { LocalTenantConfigError, NotEmulatedError } from "./errors";
import { restrictedClaimProblem } from "./login-outcome";
import { createSandbox, intoSandbox, outOfSandbox, strictNamespace, describeError } from "./sandbox";

/** A post-login Action as the runtime needs it. */
export interface ActionSource {
  /** e.g. auth0_action.role_claim */
  readonly address: string;
  readonly name: string;
  readonly code: string;
  readonly secrets: Readonly<Record<string, string>>;
}

/** What one Action run did. */
export interface ActionRunResult {
  readonly idTokenClaims: Record<string, unknown>;
  readonly accessTokenClaims: Record<string, unknown>;
  /** Reason given to api.access.deny, when it was called. */
  readonly denied?: string;
  /** The Action threw, timed out, or called something not emulated: the message for the callback. */
  readonly failure?: string;
}

export interface ActionRuntimeOptions {
  readonly log?: (line: string) => void;
  /** Auth0 stops an Action after 20 seconds. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * One post-login Action, compiled once and run the way Auth0 runs it: as a CommonJS module that
 * exports onExecutePostLogin(event, api), in a fresh isolated context for every login.
 * Supported api calls: idToken.setCustomClaim, accessToken.setCustomClaim, access.deny. Any
 * other call fails the login with a message naming it (api.multifactor.enable() is not
 * supported by the local tenant), even when the Action catches the error.
 */
export class PostLoginAction {
  private readonly script: vm.Script;
  private readonly log: (line: string) => void;
  private readonly timeoutMs: number;

  constructor(
    readonly source: ActionSource,
    options: ActionRuntimeOptions = {},
  ) {
    this.log = options.log ?? (() => undefined);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    try {
      this.script = new vm.Script(source.code, { filename: `${source.address}.code` });
    } catch (err) {
      throw new LocalTenantConfigError(
        `${source.address}.code does not compile: ${(err as Error).message}; Auth0 would fail every login at this Action`,
      );
    }
    // Loading the module once at start finds a missing handler before anyone logs in.
    const probe = this.load(() => undefined);
    if (probe.error) {
      throw new LocalTenantConfigError(`${source.address}.code fails when loaded: ${probe.error}`);
    }
    if (typeof probe.handler !== "function") {
      throw new LocalTenantConfigError(
        `${source.address}.code does not define exports.onExecutePostLogin, so the Action would do nothing`,
      );
    }
  }

  private load(onUnsupported: (what: string) => void): { context: vm.Context; handler?: unknown; error?: string } {
    const context = createSandbox({ log: this.log, label: this.source.address, onUnsupported });
    vm.runInContext("var module = { exports: {} }; var exports = module.exports;", context);
    try {
      this.script.runInContext(context, { timeout: this.timeoutMs });
    } catch (err) {
      return { context, error: describeError(err) };
    }
    const handler = vm.runInContext("module.exports.onExecutePostLogin", context) as unknown;
    return { context, handler };
  }

  /** Runs the Action for one login. `event` is plain JSON data shaped like Auth0's post-login event. */
  async run(event: Record<string, unknown>): Promise<ActionRunResult> {
    const idTokenClaims: Record<string, unknown> = {};
    const accessTokenClaims: Record<string, unknown> = {};
    let denied: string | undefined;
    const unsupportedCalls: string[] = [];
    const { context, handler, error } = this.load((what) => unsupportedCalls.push(what));
    if (error)
      return { idTokenClaims, accessTokenClaims, failure: `Action "${this.source.name}" failed when loaded: ${error}` };

    const unsupported = (what: string): never => {
      const message = `${what} is not supported by the local tenant (${this.source.address})`;
      unsupportedCalls.push(message);
      throw new NotEmulatedError(message);
    };
    const claimSetter = (target: Record<string, unknown>, kind: string) => (name: unknown, value: unknown) => {
      if (typeof name !== "string" || name === "")
        throw new TypeError(`api.${kind}.setCustomClaim: the claim name must be a non-empty string`);
      const problem = restrictedClaimProblem(name);
      if (problem) this.log(`${this.source.address}: api.${kind}.setCustomClaim ignored, as in Auth0: ${problem}`);
      else target[name] = outOfSandbox(value, `the value of claim "${name}"`);
      return apiProxy;
    };
    const members: Record<string, object> = {
      idToken: strictNamespace("api.idToken", { setCustomClaim: claimSetter(idTokenClaims, "idToken") }, unsupported),
      accessToken: strictNamespace(
        "api.accessToken",
        { setCustomClaim: claimSetter(accessTokenClaims, "accessToken") },
        unsupported,
      ),
      access: strictNamespace(
        "api.access",
        {
          deny: (reason: unknown) => {
            if (denied === undefined) denied = typeof reason === "string" ? reason : String(reason);
            return apiProxy;
          },
        },
        unsupported,
      ),
    };
    // Unknown namespaces (api.multifactor, api.user, api.redirect, ...) are strict too.
    const apiProxy: object = new Proxy(
      {},
      {
        get(_target, prop) {
          if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
          return members[prop] ?? strictNamespace(`api.${prop}`, {}, unsupported);
        },
      },
    );

    context.__handler = handler;
    context.__event = intoSandbox(context, { ...event, secrets: this.source.secrets });
    context.__api = apiProxy;
    let timer: NodeJS.Timeout | undefined;
    try {
      // The synchronous part runs under vm's timeout; the asynchronous rest under a timer.
      const pending = vm.runInContext("__handler(__event, __api)", context, { timeout: this.timeoutMs }) as unknown;
      await Promise.race([
        Promise.resolve(pending),
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${this.timeoutMs / 1000} s`)), this.timeoutMs);
        }),
      ]);
    } catch (err) {
      if (unsupportedCalls.length === 0)
        return {
          idTokenClaims,
          accessTokenClaims,
          denied,
          failure: `Action "${this.source.name}" failed: ${describeError(err)}`,
        };
    } finally {
      clearTimeout(timer);
    }
    if (unsupportedCalls.length > 0) return { idTokenClaims, accessTokenClaims, denied, failure: unsupportedCalls[0] };
    return { idTokenClaims, accessTokenClaims, denied };
  }
}
