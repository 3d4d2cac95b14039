import { AttributeChange, diffAttributes } from "./attribute-diff";
import { formatPath } from "./attribute-path";
import { dangersOf } from "./danger-rules";
import { compareText, Danger, sortDangers } from "./danger-model";
import { Change, changeKind, ChangeKind, ResourceChange, TerraformPlan } from "./plan-model";
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
    if (kind !== "no-op" || moved || rc.change.importing != null) resources.push(reviewResource(rc, secrets));
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

function reviewResource(rc: ResourceChange, secrets: SecretIndex): ResourceReview {
  const kind = changeKind(rc.change.actions);
  const replacePaths = rc.change.replace_paths ?? [];
  const showsAttributes = kind === "create" || kind === "update" || kind === "replace";
  const diff = (): AttributeChange[] =>
    showsAttributes
      ? diffAttributes(
          {
            before: kind === "create" ? undefined : rc.change.before,
            after: rc.change.after,
            beforeSensitive: rc.change.before_sensitive ?? false,
            afterSensitive: rc.change.after_sensitive ?? false,
            afterUnknown: rc.change.after_unknown ?? false,
            replacePaths,
          },
          secrets,
        )
      : [];
  const review: Omit<ResourceReview, "attributes"> = {
    address: rc.address,
    type: rc.type,
    mode: rc.mode,
    kind,
    actions: rc.change.actions,
    ...(rc.action_reason !== undefined ? { actionReason: rc.action_reason } : {}),
    replacePaths: replacePaths.map(formatPath),
    ...(rc.previous_address !== undefined && rc.previous_address !== rc.address
      ? { previousAddress: rc.previous_address }
      : {}),
    importing: rc.change.importing != null,
    ...(rc.deposed !== undefined ? { deposed: rc.deposed } : {}),
    ...placeholderOnlyOf(rc, kind),
  };
  // Diffed on first read: a Markdown review capped for a comment shows a few hundred of a big
  // plan's resources, and diffing the thousands it leaves out would be most of the work.
  let attributes: AttributeChange[] | undefined;
  return Object.defineProperty(review, "attributes", {
    enumerable: true,
    get: () => (attributes ??= diff()),
  }) as ResourceReview;
}

function placeholderOnlyOf(rc: ResourceChange, kind: ChangeKind): Pick<ResourceReview, "placeholderOnly"> {
  if (kind !== "update") return {};
  const paths = placeholderOnlyPaths(rc.change.before, rc.change.after);
  return paths === undefined ? {} : { placeholderOnly: paths };
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
