import { PlanReviewError } from "./errors";

/**
 * The part of Terraform's JSON plan format (`terraform show -json <planfile>`, format_version
 * 1.x) that plan-review reads. Fields it does not read (planned_values, configuration,
 * prior_state, variables...) are kept out of the types on purpose: the review must not depend
 * on them, and `variables` holds sensitive values in plain text.
 *
 * Reference: https://developer.hashicorp.com/terraform/internals/json-format
 */

/** One Terraform change action. "forget" is Terraform 1.7+'s `removed { destroy = false }`. */
export type ChangeAction = "no-op" | "create" | "read" | "update" | "delete" | "forget";

/** What happens to a resource instance, from its `actions` list. */
export type ChangeKind = "no-op" | "create" | "read" | "update" | "delete" | "replace" | "forget";

/**
 * A marks tree (`after_unknown`, `before_sensitive`, `after_sensitive`): it mirrors the value,
 * and `true` at a node marks that node and everything below it.
 */
export type MarksTree = unknown;

/** A path into a value, as in `replace_paths`: object keys and list indexes. */
export type ValuePath = ReadonlyArray<string | number>;

export interface Change {
  readonly actions: readonly ChangeAction[];
  readonly before?: unknown;
  readonly after?: unknown;
  readonly after_unknown?: MarksTree;
  readonly before_sensitive?: MarksTree;
  readonly after_sensitive?: MarksTree;
  readonly replace_paths?: readonly ValuePath[];
  /**
   * Set when the change imports an existing object (Terraform 1.5+ import blocks), as well as
   * doing what `actions` says: ["no-op"] for an import alone, ["update"] for an import that also
   * changes attributes. Terraform marks every field in it optional.
   */
  readonly importing?: { readonly id?: string } | null;
}

export interface ResourceChange {
  readonly address: string;
  readonly previous_address?: string;
  readonly module_address?: string;
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
  readonly index?: string | number;
  /** Set for a deposed object (left behind by a failed create_before_destroy). */
  readonly deposed?: string;
  readonly provider_name: string;
  readonly change: Change;
  readonly action_reason?: string;
}

export interface TerraformPlan {
  readonly format_version: string;
  readonly terraform_version?: string;
  /** Absent when the configuration has no resources. */
  readonly resource_changes?: readonly ResourceChange[];
  readonly resource_drift?: readonly ResourceChange[];
  readonly output_changes?: Readonly<Record<string, Change>>;
  readonly planned_values?: unknown;
  readonly applyable?: boolean;
  readonly complete?: boolean;
  readonly errored?: boolean;
}

const ACTIONS: ReadonlySet<string> = new Set(["no-op", "create", "read", "update", "delete", "forget"]);

/** The action lists Terraform writes, and what each means. */
const KIND_OF_ACTIONS: ReadonlyMap<string, ChangeKind> = new Map([
  ["no-op", "no-op"],
  ["create", "create"],
  ["read", "read"],
  ["update", "update"],
  ["delete", "delete"],
  ["forget", "forget"],
  ["delete,create", "replace"],
  ["create,delete", "replace"],
]);

/**
 * The change kind of an action list that parsePlan has already accepted: a single action is
 * its own kind, and the only two-action lists are the two orders of a replacement.
 */
export function changeKind(actions: readonly ChangeAction[]): ChangeKind {
  return actions.length === 2 ? "replace" : actions[0];
}

/** True when the replacement creates the new object before destroying the old one. */
export function isCreateBeforeDestroy(actions: readonly ChangeAction[]): boolean {
  return actions.length === 2 && actions[0] === "create";
}

const SHOW_JSON_HINT = 'pass the output of "terraform show -json <planfile>"';

/** Terraform JSON configuration (what cdktf synth writes) has these blocks and no plan fields. */
function looksLikeStack(value: Record<string, unknown>): boolean {
  return ["resource", "terraform", "provider", "output", "variable"].some((block) => isObject(value[block]));
}

/**
 * Checks that `value` (already JSON-parsed from `file`) is a Terraform 1.x JSON plan, and
 * returns it typed. Checks only what the review relies on, once per resource: fast enough for
 * plans of tens of thousands of resources.
 */
export function parsePlan(value: unknown, file: string): TerraformPlan {
  if (!isObject(value)) {
    throw new PlanReviewError(`${file}: expected a JSON object, found ${describeType(value)}; ${SHOW_JSON_HINT}`);
  }
  const version = value.format_version;
  if (typeof version !== "string") {
    if (looksLikeStack(value)) {
      throw new PlanReviewError(
        `${file}: this is a synthesized stack (cdk.tf.json), not a plan; to review creating everything in it, add --first-apply (npm run plan:review -- --first-apply ${file}); to review changes to a deployed tenant, ${SHOW_JSON_HINT}`,
      );
    }
    throw new PlanReviewError(`${file}: not a Terraform JSON plan (no "format_version"); ${SHOW_JSON_HINT}`);
  }
  const looksLikeState = "values" in value && !("planned_values" in value) && !("resource_changes" in value);
  if (looksLikeState) {
    throw new PlanReviewError(
      `${file}: this is Terraform state, not a plan; run "terraform plan -out=<planfile>" and pass the output of "terraform show -json <planfile>"`,
    );
  }
  if (!/^1\.\d+$/.test(version)) {
    throw new PlanReviewError(
      `${file}: plan format_version ${JSON.stringify(version)} is not supported; plan-review reads format 1.x, written by "terraform show -json" of Terraform 1.x`,
    );
  }
  if (!("planned_values" in value) && !("resource_changes" in value) && !("output_changes" in value)) {
    throw new PlanReviewError(
      `${file}: not a Terraform JSON plan (no "planned_values" or "resource_changes"); ${SHOW_JSON_HINT}`,
    );
  }
  checkResourceChanges(value.resource_changes, "resource_changes", file);
  checkResourceChanges(value.resource_drift, "resource_drift", file);
  checkOutputChanges(value.output_changes, file);
  for (const flag of ["applyable", "complete", "errored"] as const) {
    if (flag in value && typeof value[flag] !== "boolean") {
      throw new PlanReviewError(
        `${file}: "${flag}" is ${describeType(value[flag])}, expected true or false; ${SHOW_JSON_HINT}`,
      );
    }
  }
  return value as unknown as TerraformPlan;
}

function checkResourceChanges(list: unknown, field: string, file: string): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    throw new PlanReviewError(`${file}: "${field}" is ${describeType(list)}, expected a list; ${SHOW_JSON_HINT}`);
  }
  // Where a problem is, as text, made only when there is one: this loop runs once per resource.
  const at = (i: number) => `${field}[${i}]`;
  for (let i = 0; i < list.length; i++) {
    const rc: unknown = list[i];
    if (!isObject(rc))
      throw new PlanReviewError(`${file}: ${at(i)} is ${describeType(rc)}, expected an object; ${SHOW_JSON_HINT}`);
    // Each name read as a property of its own: a loop over the key names makes every read a lookup by key.
    if (!isName(rc.address) || !isName(rc.type) || !isName(rc.name)) throw nameError(rc, at(i), file);
    const address = rc.address as string; // checked just above
    if (rc.mode !== "managed" && rc.mode !== "data") {
      throw new PlanReviewError(
        `${file}: ${at(i)}.mode of ${address} is ${safeJson(rc.mode)}, expected "managed" or "data"`,
      );
    }
    checkChange(rc.change, () => `${at(i)}.change (${address})`, file);
  }
}

const RESOURCE_NAME_KEYS = ["address", "type", "name"] as const;

const isName = (value: unknown): boolean => typeof value === "string" && value !== "";

function nameError(rc: Record<string, unknown>, where: string, file: string): PlanReviewError {
  const key = RESOURCE_NAME_KEYS.find((k) => !isName(rc[k])) ?? "address";
  return new PlanReviewError(
    `${file}: ${where}.${key} is ${describeType(rc[key])}, expected a non-empty string; ${SHOW_JSON_HINT}`,
  );
}

function checkOutputChanges(outputs: unknown, file: string): void {
  if (outputs === undefined) return;
  if (!isObject(outputs)) {
    throw new PlanReviewError(
      `${file}: "output_changes" is ${describeType(outputs)}, expected an object; ${SHOW_JSON_HINT}`,
    );
  }
  for (const name of Object.keys(outputs)) checkChange(outputs[name], () => `output_changes.${name}`, file);
}

function checkChange(change: unknown, where: () => string, file: string): void {
  if (!isObject(change))
    throw new PlanReviewError(`${file}: ${where()} is ${describeType(change)}, expected an object; ${SHOW_JSON_HINT}`);
  const actions = change.actions;
  if (!isActionList(actions)) {
    throw new PlanReviewError(
      `${file}: ${where()}.actions is ${safeJson(actions)}, expected one of ${[...KIND_OF_ACTIONS.keys()].map((k) => `[${k}]`).join(" ")}; ${SHOW_JSON_HINT}`,
    );
  }
  const paths = change.replace_paths;
  if (paths !== undefined && !(Array.isArray(paths) && paths.every(isValuePath))) {
    throw new PlanReviewError(
      `${file}: ${where()}.replace_paths must be a list of paths (lists of keys and indexes); ${SHOW_JSON_HINT}`,
    );
  }
}

/** One of the action lists Terraform writes (KIND_OF_ACTIONS). */
function isActionList(actions: unknown): boolean {
  if (!Array.isArray(actions)) return false;
  // The common case, one known action, without joining the list into a lookup key.
  if (actions.length === 1) return typeof actions[0] === "string" && ACTIONS.has(actions[0]);
  return actions.every((a) => typeof a === "string" && ACTIONS.has(a)) && KIND_OF_ACTIONS.has(actions.join(","));
}

function isValuePath(path: unknown): boolean {
  return Array.isArray(path) && path.every((step) => typeof step === "string" || typeof step === "number");
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value's type for an error message: never the value itself, which could be a secret. */
function describeType(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Short JSON of a value that is structural (an actions list), cut so a message stays one line. */
function safeJson(value: unknown): string {
  const text = JSON.stringify(value) ?? "missing";
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
