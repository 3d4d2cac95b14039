import { TerraformResource } from "cdktf";

/** How to check one kind of import id: its pattern and the hint an error shows. */
export interface ImportIdRule {
  readonly pattern: RegExp;
  readonly hint: string;
}

/**
 * Adopts an existing Auth0 object instead of creating one: synth writes a Terraform `import`
 * block (`{ "id": ..., "to": "<type>.<name>" }`) for the resource. Nothing happens when `id` is
 * undefined. Throws, naming `where`, for an id that is not the kind the resource imports.
 */
export function importExisting(
  where: string,
  resource: TerraformResource,
  id: string | undefined,
  rule: ImportIdRule,
): void {
  if (id === undefined) return;
  if (!rule.pattern.test(id))
    throw new Error(`${where}: importId ${JSON.stringify(id)} is invalid; expected ${rule.hint}`);
  resource.importFrom(id);
}
