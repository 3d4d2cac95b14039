import { Unresolved } from "./expressions";
import { asText, isObject, StackElement, StackModel } from "./model";

const objectOf = (value: unknown): Record<string, unknown> => (isObject(value) ? value : {});
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const AFTER_APPLY = "known after apply";

/** Whether a parsed JSON document is a `terraform show -json` plan. */
export function isPlanJson(json: Record<string, unknown>): boolean {
  return (
    typeof json.format_version === "string" &&
    ("planned_values" in json || "resource_changes" in json || "terraform_version" in json)
  );
}

/**
 * Reads a `terraform show -json` plan into the model: every resource from its planned values
 * (root and child modules), values Terraform will only know after apply marked unresolved (from
 * `resource_changes[].change.after_unknown`), outputs, declared variables and provider blocks
 * from `configuration`. A plan has no `lifecycle` nor `//` comments: those stay unknown.
 */
export function planStack(json: Record<string, unknown>, file: string, name: string): StackModel {
  const unknownByAddress = new Map<string, unknown>();
  for (const change of listOf(json.resource_changes)) {
    if (isObject(change) && typeof change.address === "string" && isObject(change.change))
      unknownByAddress.set(change.address, change.change.after_unknown);
  }
  const configuration = objectOf(json.configuration);
  const referencesByAddress = configurationReferences(objectOf(configuration.root_module), "");

  const elements: StackElement[] = [];
  const addModule = (module: Record<string, unknown>) => {
    for (const resource of listOf(module.resources)) {
      if (!isObject(resource) || typeof resource.address !== "string" || typeof resource.type !== "string") continue;
      const attributes = objectOf(resource.values);
      const configAddress = resource.address.replace(/\[[^\]]*\]$/, "");
      elements.push({
        kind: resource.mode === "data" ? "data" : "resource",
        type: resource.type,
        name: asText(resource.name),
        address: resource.address,
        attributes,
        values: withUnknowns(attributes, unknownByAddress.get(resource.address)) as Record<string, unknown>,
        block: attributes,
        meta: { comment: {} },
        references: referencesByAddress.get(configAddress) ?? new Set(),
      });
    }
    for (const child of listOf(module.child_modules)) if (isObject(child)) addModule(child);
  };
  const planned = objectOf(json.planned_values);
  const root = objectOf(planned.root_module);
  // Hand-trimmed plans may leave planned_values empty: resource_changes then say what is planned.
  if (Array.isArray(root.resources) || Array.isArray(root.child_modules)) addModule(root);
  else addModule({ resources: resourcesFromChanges(json.resource_changes) });

  const rootConfig = objectOf(configuration.root_module);
  for (const [outputName, output] of Object.entries(objectOf(planned.outputs))) {
    if (!isObject(output)) continue;
    const declared = objectOf(objectOf(rootConfig.outputs)[outputName]);
    const attributes = {
      value: "value" in output ? output.value : new Unresolved(`output.${outputName}`, AFTER_APPLY),
      sensitive: output.sensitive === true || declared.sensitive === true,
    };
    elements.push({
      kind: "output",
      type: "output",
      name: outputName,
      address: `output.${outputName}`,
      attributes,
      values: attributes,
      block: attributes,
      meta: { comment: {} },
      references: new Set(referenceAddresses(objectOf(declared.expression).references)),
    });
  }
  for (const [variableName, declaration] of Object.entries(objectOf(rootConfig.variables))) {
    if (!isObject(declaration)) continue;
    elements.push({
      kind: "variable",
      type: "variable",
      name: variableName,
      address: `var.${variableName}`,
      attributes: declaration,
      values: declaration,
      block: declaration,
      meta: { comment: {} },
      references: new Set(),
    });
  }
  for (const [key, provider] of Object.entries(objectOf(configuration.provider_config))) {
    if (!isObject(provider)) continue;
    const type = typeof provider.name === "string" ? provider.name : key.split(".")[0];
    const alias = typeof provider.alias === "string" ? provider.alias : undefined;
    // Provider arguments appear as expressions: constants are known, references are not.
    const attributes: Record<string, unknown> = {};
    for (const [argument, expression] of Object.entries(objectOf(provider.expressions))) {
      const e = objectOf(expression);
      attributes[argument] =
        "constant_value" in e ? e.constant_value : new Unresolved(`provider.${type}.${argument}`, "a reference");
    }
    elements.push({
      kind: "provider",
      type,
      name: alias ?? "default",
      address: `provider.${type}${alias ? `.${alias}` : ""}`,
      attributes,
      values: attributes,
      block: attributes,
      meta: { comment: {} },
      references: new Set(),
    });
  }
  return { source: "plan", file, name, elements, locals: {} };
}

/** Overlays `after_unknown` marks on planned values: each unknown attribute becomes Unresolved. */
function withUnknowns(value: unknown, unknown: unknown, path = ""): unknown {
  if (unknown === true) return new Unresolved(path || "(value)", AFTER_APPLY);
  if (Array.isArray(unknown)) {
    const items: unknown[] = Array.isArray(value) ? [...(value as unknown[])] : [];
    unknown.forEach((mark, i) => {
      if (mark !== false) items[i] = withUnknowns(items[i], mark, `${path}[${i}]`);
    });
    return items;
  }
  if (isObject(unknown)) {
    const out: Record<string, unknown> = { ...objectOf(value) };
    for (const [key, mark] of Object.entries(unknown))
      if (mark !== false) out[key] = withUnknowns(out[key], mark, path ? `${path}.${key}` : key);
    return out;
  }
  return value;
}

/** Addresses each configured resource refers to, from `configuration.*.expressions.*.references`. */
function configurationReferences(module: Record<string, unknown>, prefix: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const resource of listOf(module.resources)) {
    if (!isObject(resource) || typeof resource.address !== "string") continue;
    const refs = new Set<string>();
    collectReferences(resource.expressions, refs, prefix);
    out.set(`${prefix}${resource.address}`, refs);
  }
  for (const [name, call] of Object.entries(objectOf(module.module_calls))) {
    const inner = configurationReferences(objectOf(objectOf(call).module), `${prefix}module.${name}.`);
    for (const [address, refs] of inner) out.set(address, refs);
  }
  return out;
}

function collectReferences(value: unknown, into: Set<string>, prefix: string): void {
  if (Array.isArray(value)) value.forEach((item) => collectReferences(item, into, prefix));
  else if (isObject(value)) {
    if (Array.isArray(value.references))
      for (const address of referenceAddresses(value.references)) into.add(`${prefix}${address}`);
    for (const [key, item] of Object.entries(value)) if (key !== "references") collectReferences(item, into, prefix);
  }
}

/** `auth0_client.a.client_id` and `auth0_client.a` both name resource `auth0_client.a`. */
function referenceAddresses(references: unknown): string[] {
  return listOf(references)
    .filter((r): r is string => typeof r === "string")
    .filter((r) => !/^(var|local|path|terraform|each|count|self)\./.test(r))
    .map((r) => (r.startsWith("data.") ? r.split(".").slice(0, 3) : r.split(".").slice(0, 2)).join("."));
}

/**
 * Planned resources rebuilt from `resource_changes` (each change's `after`), for plans that
 * carry no `planned_values`; what the plan deletes is left out, as Terraform leaves it out.
 */
function resourcesFromChanges(changes: unknown): Record<string, unknown>[] {
  return listOf(changes).flatMap((change) => {
    if (!isObject(change) || !isObject(change.change)) return [];
    const actions = listOf(change.change.actions);
    if (actions.length === 1 && (actions[0] === "delete" || actions[0] === "forget")) return [];
    if (change.deposed !== undefined) return [];
    return [
      { address: change.address, mode: change.mode, type: change.type, name: change.name, values: change.change.after },
    ];
  });
}
