import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { PROJECT_ROOT } from "./paths";

/** The parts of a GitHub Actions workflow the tests read (the YAML, as parsed). */
export interface WorkflowStep {
  name?: string;
  uses?: string;
  run?: string;
  id?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  "continue-on-error"?: boolean;
}

export interface WorkflowJob {
  steps: WorkflowStep[];
  environment?: string;
  needs?: string | string[];
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown>; "max-parallel"?: number; "fail-fast"?: boolean };
}

export interface Workflow {
  on: {
    pull_request?: { types?: string[]; branches?: string[] };
    push?: { branches?: string[] };
    schedule?: { cron: string }[];
    workflow_dispatch?: unknown;
  };
  permissions: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, WorkflowJob>;
}

/** The project's workflows folder. */
export const WORKFLOWS_DIR = path.join(PROJECT_ROOT, ".github", "workflows");

/** A workflow's text, e.g. workflowText("deploy.yml"). */
export const workflowText = (file: string): string => fs.readFileSync(path.join(WORKFLOWS_DIR, file), "utf8");

/** A workflow, parsed. */
export const loadWorkflow = (file: string): Workflow => parse(workflowText(file)) as Workflow;
