import { PlanReviewError } from "./errors";
// Not the stack model's index, which loads its file readers' JSON parser too (see prevent-destroy.ts).
import { synthesizedStack } from "../stack-model/synthesized";
import { Change, isObject, ResourceChange, TerraformPlan } from "./plan-model";

/**
 * Attributes that the Auth0 provider's schema marks sensitive. A synthesized stack does not
 * say which attributes are sensitive (the provider schema does), so they are listed here:
 * paths with "*" for every element of a list of blocks.
 */
export const AUTH0_SENSITIVE_ATTRIBUTES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  auth0_user: [["password"]],
  auth0_client: [["client_secret"]],
  auth0_client_credentials: [["client_secret"]],
  auth0_action: [["secrets", "*", "value"]],
  auth0_rule_config: [["value"]],
  auth0_connection: [
    ["options", "*", "configuration"],
    ["options", "*", "client_secret"],
  ],
};

/**
 * The plan Terraform would make for the first apply of a synthesized stack (`cdk.tf.json`):
 * every resource created, every output added. It lets the review run on a stack without
 * Terraform or credentials, so a real-sized review is always at hand.
 *
 * What it cannot know is left honest: `${...}` interpolations (references to other resources,
 * variables) are "known after apply", as is each resource's `id`; attributes the Auth0 schema
 * marks sensitive are flagged; `count`/`for_each` resources are planned as one instance.
 */
export function firstApplyPlan(cdkTfJson: unknown, stackName: string): TerraformPlan {
  const where = `first-apply plan of stack ${stackName}`;
  if (!isObject(cdkTfJson))
    throw new PlanReviewError(`${where}: expected the cdk.tf.json object that "cdktf synth" writes`);
  const resourceSection = cdkTfJson.resource ?? {};
  if (!isObject(resourceSection)) throw new PlanReviewError(`${where}: "resource" must be an object of resource types`);

  for (const type of Object.keys(resourceSection)) {
    const byName = resourceSection[type];
    if (!isObject(byName))
      throw new PlanReviewError(`${where}: resource.${type} must be an object of resources by name`);
    for (const name of Object.keys(byName)) {
      if (!isObject(byName[name]))
        throw new PlanReviewError(`${where}: resource.${type}.${name} must be an object of attributes`);
    }
  }
  // The shapes hold: read the resources through the shared stack model.
  const resourceChanges: ResourceChange[] = synthesizedStack(cdkTfJson, stackName, stackName)
    .elements.filter((e) => e.kind === "resource")
    .map((e) => createChange(e.type, e.name, e.attributes, providerNameOf(cdkTfJson, e.type)));
  // Terraform lists changes sorted by address.
  resourceChanges.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));

  const outputChanges: Record<string, Change> = {};
  const outputSection = isObject(cdkTfJson.output) ? cdkTfJson.output : {};
  for (const name of Object.keys(outputSection).sort()) {
    const output = outputSection[name];
    const sensitive = isObject(output) && output.sensitive === true;
    const { value, unknown } = plannedValue(isObject(output) ? output.value : null);
    outputChanges[name] = {
      actions: ["create"],
      before: null,
      after: value ?? null,
      after_unknown: unknown,
      before_sensitive: false,
      after_sensitive: sensitive,
    };
  }
  return {
    format_version: "1.2",
    terraform_version: "first-apply-plan",
    planned_values: { root_module: {} },
    resource_changes: resourceChanges,
    output_changes: outputChanges,
    applyable: true,
    complete: true,
    errored: false,
  };
}

function createChange(
  type: string,
  name: string,
  attributes: Readonly<Record<string, unknown>>,
  providerName: string,
): ResourceChange {
  const { value, unknown } = plannedValue(attributes);
  const afterUnknown = isObject(unknown) ? { ...unknown, id: true } : { id: true };
  return {
    address: `${type}.${name}`,
    mode: "managed",
    type,
    name,
    provider_name: providerName,
    change: {
      actions: ["create"],
      before: null,
      after: value ?? {},
      after_unknown: afterUnknown,
      before_sensitive: false,
      after_sensitive: sensitiveMarks(value, AUTH0_SENSITIVE_ATTRIBUTES[type] ?? []),
    },
  };
}

/**
 * Splits a configuration value into what is known at plan time and an `after_unknown` tree.
 * Unknown attributes are left out of the value, as Terraform leaves them out of `after`.
 */
function plannedValue(config: unknown): { value: unknown; unknown: unknown } {
  if (typeof config === "string") {
    return hasInterpolation(config)
      ? { value: undefined, unknown: true }
      : { value: config.replace(/\$\$\{/g, "${"), unknown: false };
  }
  if (Array.isArray(config)) {
    const items = config.map(plannedValue);
    return { value: items.map((i) => i.value ?? null), unknown: items.map((i) => i.unknown) };
  }
  if (isObject(config)) {
    const value: Record<string, unknown> = {};
    const unknown: Record<string, unknown> = {};
    for (const key of Object.keys(config)) {
      const planned = plannedValue(config[key]);
      if (planned.unknown === true) unknown[key] = true;
      else {
        value[key] = planned.value;
        if (planned.unknown !== false) unknown[key] = planned.unknown;
      }
    }
    return { value, unknown };
  }
  return { value: config, unknown: false };
}

/** `${...}` is an interpolation; `$${` is Terraform's escape for a literal `${`. */
function hasInterpolation(text: string): boolean {
  return /(^|[^$])\$\{/.test(text);
}

/** The after_sensitive tree flagging `paths` (with "*" for every list element) in `value`. */
function sensitiveMarks(value: unknown, paths: readonly (readonly string[])[]): unknown {
  const marks: Record<string, unknown> = {};
  for (const path of paths) mark(marks, value, path);
  return marks;
}

function mark(marks: Record<string, unknown>, value: unknown, path: readonly string[]): void {
  const [step, ...rest] = path;
  if (!isObject(value) || !(step in value)) return;
  if (rest.length === 0) {
    marks[step] = true;
    return;
  }
  const inner = value[step];
  if (rest[0] === "*" && Array.isArray(inner)) {
    const list = (marks[step] ??= inner.map(() => ({}))) as Record<string, unknown>[];
    inner.forEach((element, i) => mark(list[i], element, rest.slice(1)));
  } else if (isObject(inner)) {
    mark((marks[step] ??= {}) as Record<string, unknown>, inner, rest);
  }
}

/** The registry address of the provider of a resource type, from `terraform.required_providers`. */
function providerNameOf(cdkTfJson: Record<string, unknown>, type: string): string {
  const local = type.split("_")[0];
  const terraform = isObject(cdkTfJson.terraform) ? cdkTfJson.terraform : {};
  const required = isObject(terraform.required_providers) ? terraform.required_providers : {};
  const entry = required[local];
  const source = isObject(entry) && typeof entry.source === "string" ? entry.source : `hashicorp/${local}`;
  return source.split("/").length === 2 ? `registry.terraform.io/${source}` : source;
}
