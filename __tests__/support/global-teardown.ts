// Removes the run's temporary folder (see global-setup.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { RUN_FOLDER_PREFIX } from "./global-setup";

export default function globalTeardown(): void {
  const dir = process.env.TMPDIR;
  if (dir && path.basename(dir).startsWith(RUN_FOLDER_PREFIX)) fs.rmSync(dir, { recursive: true, force: true });
}
