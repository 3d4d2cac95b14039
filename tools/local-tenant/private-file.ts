import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Writes a file atomically (a temporary file in the same folder, then a rename), readable by
 * its owner only when `mode` is 0o600: a half-written or world-readable secrets file never exists.
 */
export function writeFileAtomic(file: string, text: string, mode = 0o644): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, text, { mode, flag: "wx" });
    fs.chmodSync(temp, mode); // the umask may have removed bits; never adds any beyond `mode`
    fs.renameSync(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}
