import { isBuiltin } from "node:module";
import * as vm from "node:vm";
import { NotEmulatedError } from "./errors";

/**
 * The isolated V8 context login-time code (Actions, Rules) runs in: its own globals, plain
 * data in, nothing of the local tenant reachable by accident. It separates the code from the
 * tenant's state; it is not a security boundary against hostile code (node:vm is not one),
 * which is fine for code that comes from the stack under test.
 */
export interface SandboxOptions {
  /** Where console output of the code goes, e.g. `action auth0_action.x: ...`. */
  readonly log: (line: string) => void;
  /** Prefix of console lines and of "not supported" messages, e.g. `auth0_action.role_claim`. */
  readonly label: string;
  /** Called when the code uses something the local tenant does not emulate (before it throws). */
  readonly onUnsupported: (what: string) => void;
  /** Extra globals (plain values or functions). */
  readonly globals?: Record<string, unknown>;
}

export function createSandbox(options: SandboxOptions): vm.Context {
  const unsupported = (what: string): never => {
    const message = `${what} is not supported by the local tenant (${options.label})`;
    options.onUnsupported(message);
    throw new NotEmulatedError(message);
  };
  const line =
    (level: string) =>
    (...args: unknown[]) =>
      options.log(
        `${options.label} console.${level}: ${args.map((a) => (typeof a === "string" ? a : safeJson(a))).join(" ")}`,
      );
  const context = vm.createContext({
    console: { log: line("log"), info: line("info"), warn: line("warn"), error: line("error"), debug: line("debug") },
    setTimeout,
    clearTimeout,
    setImmediate,
    clearImmediate,
    Buffer,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    // Login-time code may use Node.js built-ins; npm packages and the network are not emulated.
    require: (name: string) => {
      if (
        typeof name === "string" &&
        isBuiltin(name) &&
        !/^(node:)?(http|https|http2|net|tls|dgram|child_process|cluster|worker_threads)$/.test(name)
      ) {
        return process.getBuiltinModule(name);
      }
      return unsupported(`require(${JSON.stringify(name)})`);
    },
    fetch: () => unsupported("fetch() (network access)"),
    ...options.globals,
  });
  return context;
}

/** Copies a plain JSON value into the sandbox's realm, so the code sees its own Object/Array. */
export function intoSandbox(context: vm.Context, value: unknown): unknown {
  const parse = vm.runInContext("JSON.parse", context) as (text: string) => unknown;
  return parse(JSON.stringify(value ?? null));
}

/** Copies a value out of the sandbox as plain JSON (claims must be JSON anyway). */
export function outOfSandbox(value: unknown, what: string): unknown {
  if (value === undefined) return undefined;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (err) {
    throw new TypeError(`${what} must be JSON-serializable (${(err as Error).message})`, { cause: err });
  }
  return text === undefined ? undefined : JSON.parse(text);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * An object of supported functions; calling any other member (api.user.setAppMetadata(...))
 * reports it as unsupported and throws, so nothing the code asks for is dropped silently.
 */
export function strictNamespace(
  path: string,
  members: Record<string, (...args: never[]) => unknown>,
  unsupported: (what: string) => never,
): object {
  return new Proxy(members, {
    get(target, prop) {
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
      if (Object.prototype.hasOwnProperty.call(target, prop)) return target[prop];
      return () => unsupported(`${path}.${prop}()`);
    },
  });
}

/** One line describing an error thrown by login-time code (from any realm). */
export function describeError(err: unknown): string {
  if (err && typeof err === "object" && "message" in err) {
    const name = "name" in err && typeof err.name === "string" && err.name !== "Error" ? `${err.name}: ` : "";
    return `${name}${String(err.message).split("\n")[0]}`;
  }
  return String(err);
}
