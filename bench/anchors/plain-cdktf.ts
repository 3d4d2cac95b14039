// Anchor for the scaling series: the same per-user Terraform (a sensitive password variable,
// an auth0_user, an auth0_user_roles, an entry in the users output) written with cdktf alone,
// without this project's config loading, validation or constructs. Run precompiled.
//
// Usage: node plain-cdktf.js <users> <outdir>
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "../../lib/terraform-cdk";
import { Auth0Provider } from "../../.gen/providers/auth0/provider";
import { Role } from "../../.gen/providers/auth0/role";
import { User } from "../../.gen/providers/auth0/user";
import { UserRoles } from "../../.gen/providers/auth0/user-roles";

const users = Number(process.argv[2]);
const app = new App({ outdir: process.argv[3], stackTraces: false });
const stack = new TerraformStack(app, "plain-cdktf");
new Auth0Provider(stack, "auth0", { domain: "ml-bench.eu.auth0.com" });
const viewer = new Role(stack, "viewer", { name: "ml-viewer" });
const ids: Record<string, { id: string; email: string }> = {};
for (let i = 0; i < users; i++) {
  const password = new TerraformVariable(stack, `user${i}_password`, { type: "string", sensitive: true });
  const user = new User(stack, `user${i}`, {
    connectionName: "ml-dashboard-users",
    email: `user${i}@example.com`,
    password: password.stringValue,
    lifecycle: { ignoreChanges: ["password"], preventDestroy: true },
  });
  new UserRoles(stack, `user${i}_roles`, { userId: user.id, roles: [viewer.id] });
  ids[`user${i}`] = { id: user.id, email: `user${i}@example.com` };
}
new TerraformOutput(stack, "users", { value: ids });
app.synth();
