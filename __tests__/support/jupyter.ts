import { ChildProcess, spawn, StdioOptions } from "node:child_process";
import * as path from "node:path";

/** Debian's jupyter-notebook (apt-get install jupyter-notebook python3-ipykernel), or JUPYTER_NOTEBOOK_PATH. */
export const JUPYTER = process.env.JUPYTER_NOTEBOOK_PATH ?? "/usr/bin/jupyter-notebook";

/**
 * Starts Jupyter Notebook on 127.0.0.1:`port` serving `notebookDir`, with no token and no
 * password: a dashboard with no login of its own, as the gateway protects one (the gateway is
 * the only way in, and Jupyter listens on loopback only). Its home and runtime files stay in
 * `notebookDir`.
 */
export function spawnJupyterWithoutLogin(port: number, notebookDir: string, stdio: StdioOptions): ChildProcess {
  return spawn(
    JUPYTER,
    [
      "--no-browser",
      "--allow-root",
      "--ip=127.0.0.1",
      `--port=${port}`,
      "--port-retries=0",
      "--NotebookApp.token=",
      "--NotebookApp.password=",
      `--notebook-dir=${notebookDir}`,
    ],
    {
      env: { PATH: "/usr/bin:/bin", HOME: notebookDir, JUPYTER_RUNTIME_DIR: path.join(notebookDir, ".runtime") },
      stdio,
    },
  );
}
