/**
 * The auth0 provider cannot be downloaded offline, so every resource becomes a `terraform_data`
 * stand-in of the same name and each import block is pointed at its stand-in. Terraform itself
 * then checks the blocks' shape (`id`, `to`), and plans the imports.
 */
export function withStandIns(stack: {
  resource: Record<string, Record<string, unknown>>;
  import?: { id: string; to: string }[];
}): unknown {
  const standInName = (type: string, name: string) => `${type}__${name}`.replace(/[^A-Za-z0-9_-]/g, "_");
  const resources: Record<string, unknown> = {};
  for (const [type, byName] of Object.entries(stack.resource)) {
    for (const name of Object.keys(byName)) resources[standInName(type, name)] = { input: `${type}.${name}` };
  }
  const imports = (stack.import ?? []).map((block) => {
    const [type, name] = block.to.split(".");
    if (!(type in stack.resource) || !(name in stack.resource[type]))
      throw new Error(`${block.to} is not in the stack`);
    return { ...block, to: `terraform_data.${standInName(type, name)}` };
  });
  return { resource: { terraform_data: resources }, import: imports };
}
