import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// Kept apart from ../helpers.ts, which loads the CDK library and the whole stack (about a second of
// CPU in a test file's first import), for the many test files that need neither.

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

/** A temporary folder removed after the test file finishes. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mlda-${prefix}-`));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes files under `root` by their relative path, making the folders on the way. */
export function writerUnder(root: string): (file: string, text: string) => void {
  return (file, text) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
}
