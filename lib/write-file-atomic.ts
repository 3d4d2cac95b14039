import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Writes a file so that readers see the old content or the new, never half of it: the text goes
 * to a temporary file beside the target (with exactly `mode`, e.g. 0o600 for a file holding
 * secrets), which is then renamed over it. On failure the temporary file is removed, the target
 * is left as it was, and the error is rethrown.
 */
export function writeFileAtomic(file: string, text: string | Uint8Array, mode = 0o644): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temp, text, { mode, flag: "wx" });
    fs.chmodSync(temp, mode); // the umask may have removed bits; never adds any beyond `mode`
    fs.renameSync(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}
