import { ChildProcess, spawn } from "node:child_process";
import * as path from "node:path";

const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
const RUN_TS = path.join(PROJECT_ROOT, "scripts", "run-ts.js");
const EXIT_WITH_PARENT = path.join(__dirname, "exit-with-parent.cjs");

/**
 * The only variables a child inherits from npm run dev's own environment: locale, time zone,
 * temp folder and colour preferences, none of which can hold a credential. Everything else
 * (TF_VAR_* passwords, AUTH0_*, AWS_*, PG_CONN_STR, TF_TOKEN_*, ...) stays in the launcher;
 * what a child needs is passed explicitly in ChildSpec.env.
 */
export const INHERITED_VARIABLES: readonly string[] = [
  "PATH",
  "LANG",
  "LANGUAGE",
  "LC_ALL",
  "LC_CTYPE",
  "LC_MESSAGES",
  "LC_TIME",
  "LC_NUMERIC",
  "TZ",
  "TMPDIR",
  "NO_COLOR",
  "FORCE_COLOR",
];

/** How long a child gets to stop after SIGTERM before it is killed (SIGKILL). */
export const STOP_GRACE_MS = 10_000;

export interface ChildSpec {
  /** Shown in messages, e.g. "dashboard". */
  readonly name: string;
  /** A TypeScript entry point, run with scripts/run-ts.js. */
  readonly entry: string;
  readonly args?: readonly string[];
  /** What the child needs, explicitly; added to INHERITED_VARIABLES (and wins over them). */
  readonly env: Readonly<Record<string, string>>;
}

export interface LaunchedChild {
  readonly name: string;
  readonly pid: number;
  /** True until the child has exited. */
  running(): boolean;
  /** Resolves once the child has exited: its exit code, or the signal that ended it. */
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after STOP_GRACE_MS; resolves once the child has exited. */
  stop(): Promise<void>;
}

/** The complete environment of a child: the inherited allow-list from `parentEnv`, then `explicit`. */
export function childEnvironment(
  parentEnv: NodeJS.ProcessEnv,
  explicit: Readonly<Record<string, string>>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of INHERITED_VARIABLES) {
    const value = parentEnv[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...explicit };
}

/**
 * Starts a Node.js child that cannot outlive this process: it gets only childEnvironment(), its
 * own process group (a terminal's Ctrl-C or hang-up reaches the launcher, which stops it in
 * order), and an IPC channel that exit-with-parent.cjs watches, so it also stops when the
 * launcher is killed with SIGKILL. Its output goes to the launcher's stdout and stderr.
 */
export function launchChild(spec: ChildSpec, parentEnv: NodeJS.ProcessEnv = process.env): LaunchedChild {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--require", EXIT_WITH_PARENT, RUN_TS, spec.entry, ...(spec.args ?? [])],
    {
      cwd: PROJECT_ROOT,
      env: childEnvironment(parentEnv, spec.env),
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      detached: true,
    },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
    child.once("error", () => resolve({ code: null, signal: null }));
  });
  if (child.pid === undefined) throw new Error(`cannot start the ${spec.name}`);
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    name: spec.name,
    pid: child.pid,
    running,
    exited,
    async stop() {
      if (!running()) return;
      child.kill("SIGTERM");
      const kill = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(kill);
    },
  };
}
