import { CONFIG_SOURCES } from "./keys";
import { setOwn } from "./expressions";
import { ConfigSources, element, isObject, META_KEYS, StackElement, StackModel } from "./model";

/** Top-level blocks of Terraform's JSON configuration syntax (`*.tf.json`). */
export const TERRAFORM_JSON_BLOCKS: ReadonlySet<string> = new Set([
  "//",
  "terraform",
  "provider",
  "variable",
  "locals",
  "resource",
  "data",
  "module",
  "output",
  "import",
  "moved",
  "removed",
  "check",
]);

const objectOf = (value: unknown): Record<string, unknown> => (isObject(value) ? value : {});

/**
 * Reads a synthesized stack (`cdk.tf.json`, or any Terraform JSON configuration) into the model.
 * Lenient: a block of the wrong shape is skipped, not refused; callers that emulate the stack
 * check shapes themselves.
 */
export function synthesizedStack(json: Record<string, unknown>, file: string, fallbackName: string): StackModel {
  const locals = objectOf(json.locals);
  const scope = { locals };
  const elements: StackElement[] = [];

  for (const [section, kind] of [
    ["resource", "resource"],
    ["data", "data"],
  ] as const) {
    // Plain loops over keys: this runs for each of a big stack's resources (three per user).
    const ofSection = objectOf(json[section]);
    for (const type of Object.keys(ofSection)) {
      const byName = objectOf(ofSection[type]);
      for (const name of Object.keys(byName)) {
        const body = byName[name];
        if (!isObject(body)) continue;
        const attributes: Record<string, unknown> = {};
        for (const key of Object.keys(body)) if (!META_KEYS.has(key)) setOwn(attributes, key, body[key]);
        const comment = objectOf(body["//"]);
        const lifecycle = objectOf(body.lifecycle);
        const metadata = objectOf(comment.metadata);
        elements.push(
          element(
            {
              kind,
              type,
              name,
              address: `${kind === "data" ? "data." : ""}${type}.${name}`,
              attributes,
              block: body,
              meta: {
                comment,
                preventDestroy: lifecycle.prevent_destroy === true,
                constructPath: typeof metadata.path === "string" ? metadata.path : undefined,
              },
            },
            scope,
          ),
        );
      }
    }
  }

  for (const [type, blocks] of Object.entries(objectOf(json.provider))) {
    const list = Array.isArray(blocks) ? blocks : [blocks];
    for (const body of list) {
      if (!isObject(body)) continue;
      const alias = typeof body.alias === "string" ? body.alias : undefined;
      elements.push(
        element(
          {
            kind: "provider",
            type,
            name: alias ?? "default",
            address: `provider.${type}${alias ? `.${alias}` : ""}`,
            attributes: body,
            block: body,
            meta: { comment: {} },
          },
          scope,
        ),
      );
    }
  }

  for (const [name, body] of Object.entries(objectOf(json.output))) {
    if (!isObject(body)) continue;
    elements.push(
      element(
        {
          kind: "output",
          type: "output",
          name,
          address: `output.${name}`,
          attributes: body,
          block: body,
          meta: { comment: {} },
        },
        scope,
      ),
    );
  }
  for (const [name, body] of Object.entries(objectOf(json.variable))) {
    if (!isObject(body)) continue;
    // Variable declarations are literal (Terraform allows no interpolation in them).
    elements.push({
      kind: "variable",
      type: "variable",
      name,
      address: `var.${name}`,
      attributes: body,
      values: body,
      block: body,
      meta: { comment: {} },
      references: new Set(),
    });
  }

  const stackComment = objectOf(json["//"]);
  const metadata = objectOf(stackComment.metadata);
  return {
    source: "synthesized",
    file,
    name: typeof metadata.stackName === "string" ? metadata.stackName : fallbackName,
    cdktfStackName: typeof metadata.stackName === "string" ? metadata.stackName : undefined,
    elements,
    locals,
    configSources: configSources(stackComment[CONFIG_SOURCES]),
  };
}

function configSources(value: unknown): ConfigSources | undefined {
  if (!isObject(value) || typeof value.file !== "string") return undefined;
  const recorded = objectOf(value.paths);
  // Taken as it is when every path is a string (as synth writes it: one per resource); else filtered.
  let allText = true;
  for (const address in recorded)
    if (Object.hasOwn(recorded, address) && typeof recorded[address] !== "string") allText = false;
  if (allText) return { file: value.file, paths: recorded as Record<string, string> };
  const paths: Record<string, string> = {};
  for (const [address, path] of Object.entries(recorded)) if (typeof path === "string") setOwn(paths, address, path);
  return { file: value.file, paths };
}
