import { loadBundledTrainingRuns, parseTrainingRuns } from "../../dashboard/data/training-runs";
import bundled from "../../dashboard/data/training-runs.json";

const validRun = () => ({
  run_id: "run-1",
  model: "roberta-base",
  dataset: "tickets-v4",
  epochs: 4,
  accuracy: 0.91,
  loss: 0.3,
  f1: 0.9,
  duration_seconds: 3600,
  started_at: "2024-09-12T05:58:09Z",
  status: "completed",
});

describe("bundled training runs (dashboard/data/training-runs.json)", () => {
  test("load, validate, and come sorted oldest first", () => {
    const set = loadBundledTrainingRuns();
    expect(set.runs.length).toBeGreaterThanOrEqual(8);
    expect(set.runs.length).toBe(bundled.runs.length);
    const starts = set.runs.map((r) => r.startedAt);
    expect(starts).toEqual([...starts].sort());
    expect(new Set(set.runs.map((r) => r.status))).toEqual(new Set(["completed", "running", "failed"]));
  });

  test("are mapped to camelCase fields", () => {
    expect(parseTrainingRuns({ project: "p", description: "", runs: [validRun()] }).runs[0]).toEqual({
      runId: "run-1",
      model: "roberta-base",
      dataset: "tickets-v4",
      epochs: 4,
      accuracy: 0.91,
      loss: 0.3,
      f1: 0.9,
      durationSeconds: 3600,
      startedAt: "2024-09-12T05:58:09Z",
      status: "completed",
    });
  });

  test.each([
    ["accuracy above 1", { accuracy: 91 }, "runs.0.accuracy"],
    ["an unknown status", { status: "crashed" }, "runs.0.status"],
    ["a date that is not ISO 8601", { started_at: "12/09/2024" }, "runs.0.started_at"],
    ["a fractional epoch count", { epochs: 2.5 }, "runs.0.epochs"],
    ["an unknown field", { learning_rate: 0.001 }, "runs.0"],
  ])("refuse %s, naming the field", (_what, change, path) => {
    expect(() => parseTrainingRuns({ project: "p", description: "", runs: [{ ...validRun(), ...change }] })).toThrow(
      new RegExp(`invalid training runs data:\\n  ${path.replace(/\./g, "\\.")}: `),
    );
  });

  test("refuse duplicate run ids and an empty run list", () => {
    expect(() => parseTrainingRuns({ project: "p", description: "", runs: [validRun(), validRun()] })).toThrow(
      /runs\.1\.run_id: duplicate run id "run-1"/,
    );
    expect(() => parseTrainingRuns({ project: "p", description: "", runs: [] })).toThrow(/runs: /);
  });
});
