import { z } from "zod";
// Imported rather than read from disk, so that the bundle run by scripts/run-ts.js carries it.
import bundledRuns from "./training-runs.json";

/** Validation metrics of one training run, as the metrics page shows them. */
export interface TrainingRun {
  readonly runId: string;
  readonly model: string;
  readonly dataset: string;
  readonly epochs: number;
  /** Validation accuracy, 0..1. */
  readonly accuracy: number;
  /** Validation cross-entropy loss. */
  readonly loss: number;
  /** Macro F1 on the validation split, 0..1. */
  readonly f1: number;
  readonly durationSeconds: number;
  /** ISO 8601 timestamp. */
  readonly startedAt: string;
  readonly status: RunStatus;
}

export const RUN_STATUSES = ["completed", "running", "failed"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface TrainingRunSet {
  readonly project: string;
  readonly description: string;
  readonly runs: readonly TrainingRun[];
}

const fraction = z.number().min(0).max(1);

const runSchema = z
  .strictObject({
    run_id: z.string().min(1),
    model: z.string().min(1),
    dataset: z.string().min(1),
    epochs: z.number().int().positive(),
    accuracy: fraction,
    loss: z.number().nonnegative(),
    f1: fraction,
    duration_seconds: z.number().nonnegative(),
    started_at: z.iso.datetime(),
    status: z.enum(RUN_STATUSES),
  })
  .transform((r): TrainingRun => ({
    runId: r.run_id,
    model: r.model,
    dataset: r.dataset,
    epochs: r.epochs,
    accuracy: r.accuracy,
    loss: r.loss,
    f1: r.f1,
    durationSeconds: r.duration_seconds,
    startedAt: r.started_at,
    status: r.status,
  }));

const runSetSchema = z
  .strictObject({
    project: z.string().min(1),
    description: z.string(),
    runs: z.array(runSchema).min(1),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.runs.forEach((run, i) => {
      if (seen.has(run.runId))
        ctx.addIssue({
          code: "custom",
          path: ["runs", i, "run_id"],
          message: `duplicate run id ${JSON.stringify(run.runId)}`,
        });
      seen.add(run.runId);
    });
  });

/** Parses and validates a set of training runs; throws one readable error listing every problem. */
export function parseTrainingRuns(raw: unknown): TrainingRunSet {
  const parsed = runSetSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new Error(`invalid training runs data:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

/** The runs bundled with the dashboard (data/training-runs.json), sorted oldest first. */
export function loadBundledTrainingRuns(): TrainingRunSet {
  const set = parseTrainingRuns(bundledRuns);
  return { ...set, runs: [...set.runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt)) };
}
