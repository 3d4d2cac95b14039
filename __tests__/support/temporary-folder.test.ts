// Temporary files of a jest run go to one folder of the run's own (global-setup.ts), which its
// teardown removes: cdktf's Testing helpers leave a folder per app behind otherwise.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing } from "../../lib/terraform-cdk";

test("a test's temporary folder is its run's own, and cdktf's Testing helpers write inside it", () => {
  const runFolder = os.tmpdir();
  expect(path.basename(runFolder)).toMatch(/^mlda-jest-\d+-/);
  const app = Testing.app();
  expect(path.dirname(app.outdir)).toBe(runFolder);
  expect(fs.existsSync(app.outdir)).toBe(true);
});
