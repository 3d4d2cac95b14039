import { TerraformOutput, TerraformStack, Testing } from "../../lib/terraform-cdk";
import { ResolvedOutput } from "../../lib/resolved-elements";

// The users output is written as resolved JSON (ResolvedOutput); what it writes must be what a
// TerraformOutput writes, the stack's `//.outputs` listing included (cdktf's output command reads it).
const resolved = (stack: TerraformStack) => JSON.parse(JSON.stringify(stack.toTerraform())) as Record<string, unknown>;
const VALUE = {
  alice: { email: "alice@example.com", id: "${auth0_user.alice.id}" },
  bob: { email: "b$${x}", id: "${auth0_user.bob.id}" },
};

test.each([false, true])("ResolvedOutput writes what TerraformOutput writes (sensitive: %s)", (sensitive) => {
  const expected = new TerraformStack(Testing.app(), "s");
  new TerraformOutput(expected, "users", { value: VALUE, description: "Users by key", sensitive }).overrideLogicalId(
    "users",
  );
  const actual = new TerraformStack(Testing.app(), "s");
  new ResolvedOutput(actual, "users", { value: () => VALUE, description: "Users by key", sensitive });
  const json = resolved(actual);
  expect(json).toEqual(resolved(expected));
  expect(json).toMatchObject({ output: { users: { value: VALUE } }, "//": { outputs: { s: { users: "users" } } } });
});
