import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { runApp } from "../../lib/app";
import { PROJECT_ROOT, tempDir } from "../support/paths";

// Issue 7 item 20: a synth killed mid-way leaves cdktf.out.staging-<pid>/; the next synth clears
// such folders once their process is gone, and leaves those of a synth still running alone.
const dir = tempDir("staging");

test("the next synth removes staging folders of dead synths, and only those", () => {
  const outdir = path.join(dir, "cdktf.out");
  const deadPid = spawnSync(process.execPath, ["-e", "process.pid"]).pid;
  const running = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  try {
    const dead = `${outdir}.staging-${deadPid}`;
    const alive = `${outdir}.staging-${running.pid}`;
    const unrelated = `${outdir}.staging-notes`;
    for (const folder of [dead, alive, unrelated]) {
      fs.mkdirSync(path.join(folder, "stacks"), { recursive: true });
      fs.writeFileSync(path.join(folder, "manifest.json"), "{}");
    }

    const logs: string[] = [];
    expect(runApp(PROJECT_ROOT, { CDKTF_OUTDIR: outdir, ML_DASHBOARD_ENV: "dev" }, (l) => logs.push(l))).toBe(0);
    expect(logs).toEqual([]);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(alive)).toBe(true);
    expect(fs.existsSync(unrelated)).toBe(true);
    expect(fs.existsSync(path.join(outdir, "manifest.json"))).toBe(true);
  } finally {
    running.kill();
  }
});
