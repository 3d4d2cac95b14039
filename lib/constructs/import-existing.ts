import { Lazy, TerraformResource, TerraformStack } from "../terraform-cdk";

/** How to check one kind of import id: its pattern and the hint an error shows. */
export interface ImportIdRule {
  readonly pattern: RegExp;
  readonly hint: string;
}

/** Import blocks need Terraform 1.5 or later; Terraform itself refuses older versions with this. */
export const IMPORT_BLOCKS_REQUIRED_VERSION = ">= 1.5.0";

interface PendingImport {
  /** `<type>.<name>`, read at synth: a resource's logical id may be overridden after the import is declared. */
  readonly to: () => string;
  readonly id: string;
}

const importsByStack = new WeakMap<TerraformStack, PendingImport[]>();

/**
 * Adopts an existing Auth0 object instead of creating one: synth writes a Terraform `import`
 * block (`{ "id": ..., "to": "<type>.<name>" }`, the shape of cdktf's `importFrom`) for the
 * resource. Nothing happens when `id` is undefined. Throws, naming `where`, for an id that is
 * not the kind the resource imports.
 *
 * Not `importFrom` itself: it adds a check to every imported resource that runs
 * `terraform version` at synth, which made a 120-user adoption synthesize 16 times slower and
 * fails synth where Terraform is not installed. The stack states `required_version` once instead.
 */
export function importExisting(
  where: string,
  resource: TerraformResource,
  id: string | undefined,
  rule: ImportIdRule,
): void {
  const to = () => `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
  importAt(where, TerraformStack.of(resource), to, id, rule);
}

/** importExisting for a resource that is not a construct of its own (see ResolvedElement): by address. */
export function importAt(
  where: string,
  stack: TerraformStack,
  to: () => string,
  id: string | undefined,
  rule: ImportIdRule,
): void {
  if (id === undefined) return;
  if (!rule.pattern.test(id))
    throw new Error(`${where}: importId ${JSON.stringify(id)} is invalid; expected ${rule.hint}`);
  let pending = importsByStack.get(stack);
  if (pending === undefined) {
    const list: PendingImport[] = [];
    pending = list;
    importsByStack.set(stack, list);
    stack.addOverride("terraform.required_version", IMPORT_BLOCKS_REQUIRED_VERSION);
    // Resolved at synth, after every resource has its final (overridden) logical id.
    stack.addOverride(
      "import",
      Lazy.anyValue({
        produce: () => list.map((p) => ({ id: p.id, to: p.to() })),
      }),
    );
  }
  pending.push({ to, id });
}
