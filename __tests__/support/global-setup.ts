// Each jest run keeps its temporary files in one folder of its own (TMPDIR, which os.tmpdir() and
// every child process read), removed by global-teardown.ts when the run ends. cdktf's Testing
// helpers make a cdktf.outdir.* folder for every app and never remove it: a run left about 80.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { removeFoldersOfEndedProcesses } from "../../lib/ended-processes";

/** The run's folder: `<prefix><jest's pid>-<random>`. */
export const RUN_FOLDER_PREFIX = "mlda-jest-";

export default function globalSetup(): void {
  const base = os.tmpdir();
  // The folders of runs that were killed before their teardown: their process is gone.
  removeFoldersOfEndedProcesses(base, RUN_FOLDER_PREFIX);
  const dir = fs.mkdtempSync(path.join(base, `${RUN_FOLDER_PREFIX}${process.pid}-`));
  // Open to every user, sticky, as /tmp is: the tests' PostgreSQL runs as its own user.
  fs.chmodSync(dir, 0o1777);
  process.env.TMPDIR = dir;
}
