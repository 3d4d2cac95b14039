import { AttributeChange, diffAttributes } from "./attribute-diff";
import { formatPath } from "./attribute-path";
import { dangersOf } from "./danger-rules";
import { compareText, Danger, sortDangers } from "./danger-model";
import { Change, ChangeAction, changeKind, ChangeKind, ResourceChange, TerraformPlan } from "./plan-model";
import { placeholderOnlyPaths } from "./placeholder-changes";
import { preventDestroyRemovals, StackResources } from "./prevent-destroy";
import { ActionCounts, OutputReview, ResourceReview, Review, StackReview } from "./review-model";
import { SecretIndex } from "./secret-index";

/** One stack's plan, with the synthesized configurations to compare when they were given. */
export interface PlanInput {
  readonly stack: string;
  readonly file: string;
  readonly plan: TerraformPlan;
  /** The stack's cdk.tf.json resources on the base branch and in the change under review. */
  readonly config?: { readonly base: StackResources; readonly head: StackResources };
}

export interface ReviewOptions {
  /** The reason a person approved the dangers (--allow-danger); blank means no approval. */
  readonly allowDanger?: string;
}

/**
 * Builds the review of one or more stacks' plans. One pass over each plan's changes: the
 * work grows with the number of resources, and the diff work with the changed ones only.
 */
export function buildReview(inputs: readonly PlanInput[], options: ReviewOptions = {}): Review {
  // Secrets are gathered from every stack first, so a value flagged in one stack is hidden
  // wherever it appears, in any stack (the same password in dev and prod, say).
  const secrets = new SecretIndex();
  for (const input of inputs) collectSecrets(input.plan, secrets);

  const dangers: Danger[] = [];
  const stacks = inputs.map((input) => reviewStack(input, secrets, dangers));
  const approval = options.allowDanger?.trim() || undefined;
  return {
    stacks,
    dangers: sortDangers(
      dangers,
      inputs.map((i) => i.stack),
    ),
    ...(approval !== undefined ? { approval } : {}),
    exitCode: dangers.length > 0 && approval === undefined ? 2 : 0,
  };
}

function collectSecrets(plan: TerraformPlan, secrets: SecretIndex): void {
  const add = (change: Change) => {
    secrets.addFlagged(change.before, change.before_sensitive);
    secrets.addFlagged(change.after, change.after_sensitive);
    secrets.addUrlPasswords(change.before);
    secrets.addUrlPasswords(change.after);
  };
  for (const rc of plan.resource_changes ?? []) add(rc.change);
  for (const rc of plan.resource_drift ?? []) add(rc.change);
  for (const change of Object.values(plan.output_changes ?? {})) add(change);
}

function reviewStack(input: PlanInput, secrets: SecretIndex, dangers: Danger[]): StackReview {
  const changes = input.plan.resource_changes ?? [];
  const ctx = {
    stack: input.stack,
    secrets,
    roleNames: roleNamesOf(changes, secrets),
    firstApply: changes.every((rc) => rc.mode !== "managed" || rc.change.before == null),
    adopting: changes.some((rc) => rc.change.importing != null),
  };
  const counts = { add: 0, change: 0, replace: 0, destroy: 0, read: 0, noOp: 0, forget: 0, import: 0 };
  const resources: ResourceReview[] = [];
  for (const rc of changes) {
    const kind = changeKind(rc.change.actions);
    count(counts, kind);
    if (rc.change.importing != null) counts.import++;
    const moved = rc.previous_address !== undefined && rc.previous_address !== rc.address;
    if (kind !== "no-op" || moved || rc.change.importing != null)
      resources.push(new ChangedResource(rc, kind, secrets));
    for (const danger of dangersOf(rc, ctx)) dangers.push(danger);
  }
  if (input.config !== undefined)
    dangers.push(...preventDestroyRemovals(input.stack, input.config.base, input.config.head));
  resources.sort(
    (a, b) =>
      compareText(a.type, b.type) || compareText(a.address, b.address) || compareText(a.deposed ?? "", b.deposed ?? ""),
  );
  return {
    name: input.stack,
    file: input.file,
    formatVersion: input.plan.format_version,
    ...(input.plan.terraform_version !== undefined ? { terraformVersion: input.plan.terraform_version } : {}),
    counts,
    errored: input.plan.errored === true,
    complete: input.plan.complete !== false,
    resources,
    outputs: reviewOutputs(input.plan, secrets),
    drift: (input.plan.resource_drift ?? [])
      .map((rc) => ({ address: rc.address, kind: changeKind(rc.change.actions) }))
      .sort((a, b) => compareText(a.address, b.address)),
  };
}

function count(counts: { -readonly [K in keyof ActionCounts]: number }, kind: ReturnType<typeof changeKind>): void {
  switch (kind) {
    case "create":
      counts.add++;
      break;
    case "update":
      counts.change++;
      break;
    case "replace":
      counts.replace++;
      break;
    case "delete":
      counts.destroy++;
      break;
    case "read":
      counts.read++;
      break;
    case "no-op":
      counts.noOp++;
      break;
    case "forget":
      counts.forget++;
      break;
  }
}

const NOT_YET_COMPARED = Symbol("not yet compared");

/**
 * One changed resource of the review. Its attribute diff and its placeholder-only check are
 * made on first read: a Markdown review capped for a comment shows a few hundred of a big
 * plan's resources, and comparing the values of the thousands it leaves out would be most of
 * the work. A class, because this runs for every changed resource: a getter defined on each
 * object (or optional parts spread into it) costs more than the rest of its review.
 */
class ChangedResource implements ResourceReview {
  readonly address: string;
  readonly type: string;
  readonly mode: "managed" | "data";
  readonly actions: readonly ChangeAction[];
  readonly replacePaths: readonly string[];
  readonly importing: boolean;
  // Declared only: set when present, so that an absent one is not a key at all.
  declare readonly actionReason?: string;
  declare readonly previousAddress?: string;
  declare readonly deposed?: string;
  readonly #change: ResourceChange;
  readonly #secrets: SecretIndex;
  #attributes: AttributeChange[] | undefined;
  #placeholderOnly: readonly string[] | undefined | typeof NOT_YET_COMPARED = NOT_YET_COMPARED;

  constructor(
    rc: ResourceChange,
    readonly kind: ChangeKind,
    secrets: SecretIndex,
  ) {
    this.#change = rc;
    this.#secrets = secrets;
    this.address = rc.address;
    this.type = rc.type;
    this.mode = rc.mode;
    this.actions = rc.change.actions;
    const replacePaths = rc.change.replace_paths;
    this.replacePaths = replacePaths === undefined || replacePaths.length === 0 ? [] : replacePaths.map(formatPath);
    this.importing = rc.change.importing != null;
    const optional = this as Mutable<ResourceReview>;
    if (rc.action_reason !== undefined) optional.actionReason = rc.action_reason;
    if (rc.previous_address !== undefined && rc.previous_address !== rc.address)
      optional.previousAddress = rc.previous_address;
    if (rc.deposed !== undefined) optional.deposed = rc.deposed;
  }

  get attributes(): readonly AttributeChange[] {
    return (this.#attributes ??= attributeChanges(this.#change, this.kind, this.#secrets));
  }

  get placeholderOnly(): readonly string[] | undefined {
    if (this.#placeholderOnly === NOT_YET_COMPARED) {
      const change = this.#change.change;
      this.#placeholderOnly = this.kind === "update" ? placeholderOnlyPaths(change.before, change.after) : undefined;
    }
    return this.#placeholderOnly;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Every set attribute of a create, the changed ones of an update or replacement, none otherwise. */
function attributeChanges(rc: ResourceChange, kind: ChangeKind, secrets: SecretIndex): AttributeChange[] {
  if (kind !== "create" && kind !== "update" && kind !== "replace") return [];
  return diffAttributes(
    {
      before: kind === "create" ? undefined : rc.change.before,
      after: rc.change.after,
      beforeSensitive: rc.change.before_sensitive ?? false,
      afterSensitive: rc.change.after_sensitive ?? false,
      afterUnknown: rc.change.after_unknown ?? false,
      replacePaths: rc.change.replace_paths ?? [],
    },
    secrets,
  );
}

/** Outputs are diffed like attributes of one object, so nested output values get paths too. */
function reviewOutputs(plan: TerraformPlan, secrets: SecretIndex): OutputReview[] {
  const outputs = plan.output_changes ?? {};
  return Object.keys(outputs)
    .sort(compareText)
    .filter((name) => changeKind(outputs[name].actions) !== "no-op")
    .map((name) => {
      const change = outputs[name];
      const wrap = (value: unknown) => (value === undefined ? undefined : { [name]: value });
      return {
        name,
        kind: changeKind(change.actions),
        attributes: diffAttributes(
          {
            before: wrap(change.before ?? undefined),
            after: wrap(change.after ?? undefined),
            beforeSensitive: { [name]: change.before_sensitive ?? false },
            afterSensitive: { [name]: change.after_sensitive ?? false },
            afterUnknown: { [name]: change.after_unknown ?? false },
            replacePaths: [],
          },
          secrets,
        ),
      };
    });
}

/** Role names by id, so that a grant reads "ml-admin (rol_123)" rather than an id alone. */
function roleNamesOf(changes: readonly ResourceChange[], secrets: SecretIndex): Map<string, string> {
  const names = new Map<string, string>();
  for (const rc of changes) {
    if (rc.type !== "auth0_role") continue;
    for (const value of [rc.change.before, rc.change.after]) {
      if (typeof value !== "object" || value === null) continue;
      const { id, name } = value as { id?: unknown; name?: unknown };
      if (typeof id === "string" && typeof name === "string" && secrets.scrub(name) === name) names.set(id, name);
    }
  }
  return names;
}
