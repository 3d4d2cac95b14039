import { ChildProcess, spawn } from "node:child_process";
import { PROJECT_ROOT } from "../../support/paths";

/** A child process whose output is collected, and which the test file stops in afterAll. */
export interface RunningProcess {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has exited and its output is all in. */
  readonly exited: Promise<number | string>;
  /** Sends SIGTERM (SIGKILL if it is still running after a grace period) and waits for the exit. */
  stop(): Promise<void>;
}

const started = new Set<RunningProcess>();

/** How long an exited process's output pipes may stay open before `exited` resolves anyway. */
const PIPES_GRACE_MS = 2_000;

/** Stops every process started by this test file; call it from afterAll. */
export async function stopAllProcesses(): Promise<void> {
  await Promise.all([...started].map((p) => p.stop()));
}

/** Starts `node <args>` in the project folder with exactly the given environment (plus PATH). */
export function startNode(args: readonly string[], env: Readonly<Record<string, string>>): RunningProcess {
  return startProcess(process.execPath, args, env);
}

/** Starts `command <args>` in the project folder with exactly the given environment (plus PATH). */
export function startProcess(
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): RunningProcess {
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const pipesClosed = Promise.all(
    [child.stdout, child.stderr].map((pipe) => new Promise((done) => pipe.once("close", done))),
  );
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => {
      // What the process wrote just before exiting can still be in the pipes, so its output is read
      // to the end first; a process it left behind may hold them open, hence the bound.
      const bound = new Promise((done) => setTimeout(done, PIPES_GRACE_MS).unref());
      void Promise.race([pipesClosed, bound]).then(() => resolve(code ?? signal ?? "unknown"));
    }),
  );
  const running: RunningProcess = {
    child,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        // The kill timer only bounds a hung shutdown; no assertion depends on it.
        const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(kill);
      }
      started.delete(running);
    },
  };
  started.add(running);
  return running;
}

/** Pauses between polls; returns the exit code if the process exits meanwhile (or had exited). */
function exitDuringPause(proc: RunningProcess, ms: number): Promise<{ code: number | string } | undefined> {
  const pause = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));
  return Promise.race([proc.exited.then((code) => ({ code })), pause]);
}

/** Waits until the process's output contains a line matching `pattern`, or fails if it exits first. */
export async function waitForOutput(proc: RunningProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  for (;;) {
    const match = proc.output().match(pattern);
    if (match) return match;
    const exit = await exitDuringPause(proc, 50);
    if (exit) throw new Error(`process exited (${exit.code}) before printing ${pattern}:\n${proc.output()}`);
  }
}

/** Polls GET <baseUrl>/healthz until it answers 200, or fails if the process exits first. */
export async function waitForHealthz(proc: RunningProcess, baseUrl: string): Promise<void> {
  for (;;) {
    const ok = await fetch(new URL("/healthz", baseUrl)).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    const exit = await exitDuringPause(proc, 100);
    if (exit) throw new Error(`dashboard exited (${exit.code}) before /healthz answered:\n${proc.output()}`);
  }
}

export { freePort } from "../../support/free-port";
