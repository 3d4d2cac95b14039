import * as fs from "node:fs";
import * as path from "node:path";

/** What the stand-in reads from a synthesized stack. */
export interface StandInSource {
  readonly resource?: Record<string, Record<string, unknown>>;
  readonly variable?: Record<string, unknown>;
  readonly output?: Record<string, { readonly sensitive?: boolean }>;
}

/**
 * Writes a Terraform configuration that has every name of a synthesized stack (resources,
 * variables, outputs) but needs no provider: each resource becomes a `terraform_data` of the
 * same name, in one local module per resource type (so that names only have to be unique within
 * a type, as in the real stack). Variables are kept as synthesized, validations included.
 * `terraform validate` on it then proves the stack's names are ones Terraform accepts.
 *
 * @param types resource types to give a module even when the stack has none of them, so that
 *   one `terraform init` serves every later stack written into the same folder.
 */
export function writeStandIn(dir: string, stack: StandInSource, types: readonly string[] = []): void {
  const resources = stack.resource ?? {};
  const allTypes = [...new Set([...types, ...Object.keys(resources)])];
  const outputs = Object.fromEntries(
    Object.entries(stack.output ?? {}).map(([name, o]) => [name, { value: "stand-in", sensitive: o.sensitive }]),
  );
  // Terraform refuses an empty "variable" or "output" object.
  const nonEmpty = (block: object | undefined) => (block && Object.keys(block).length > 0 ? block : undefined);
  const root = {
    variable: nonEmpty(stack.variable),
    output: nonEmpty(outputs),
    module: Object.fromEntries(allTypes.map((type) => [type, { source: `./${type}` }])),
  };
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(root));
  for (const type of allTypes) {
    fs.mkdirSync(path.join(dir, type), { recursive: true });
    const names = Object.keys(resources[type] ?? {});
    const module =
      names.length === 0 ? {} : { resource: { terraform_data: Object.fromEntries(names.map((n) => [n, {}])) } };
    fs.writeFileSync(path.join(dir, type, "main.tf.json"), JSON.stringify(module));
  }
}
