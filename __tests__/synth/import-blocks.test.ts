import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { completeEnvironment, environmentSchema, EnvironmentInput } from "../../lib/config/schema";
import { loadEnvironment } from "../../lib/config/load-environment";
import { ConfigError } from "../../lib/config/config-error";
import { minimalConfig, synthEnvironment, tempDir, writeConfig } from "../helpers";
import { mustRunTerraform, offlineTerraformEnv } from "../support/terraform";
import { withStandIns } from "../support/terraform-stand-ins";

const ACTION_ID = "0b5e2c1a-7d3f-4e8a-9c21-5f6a7b8c9d0e";
const FOREIGN_ACTION_ID = "11111111-2222-4333-8444-555555555555";

/** minimalConfig, with every object adopted from an existing tenant. */
function adoptedConfig(): EnvironmentInput {
  const config = minimalConfig();
  return {
    ...config,
    connection: {
      name: "Username-Password-Authentication",
      importId: "con_Adopted0001",
      otherEnabledClientIds: ["SpaClient00000000000000000000001"],
    },
    roles: { "ml-viewer": { description: "Can view model metrics", importId: "rol_Viewer0001" } },
    dashboards: {
      mlflow: { ...config.dashboards.mlflow, importId: "AdoptedClient0000000000000000001" },
    },
    users: {
      alice: { email: "alice@example.com", roles: ["ml-viewer"], importId: "auth0|adopted0001" },
      newbie: { email: "newbie@example.com", passwordVariable: "newbie_password" },
    },
    loginFlow: {
      actionImportId: ACTION_ID,
      postLogin: { importId: "post-login", keepActions: [{ actionId: FOREIGN_ACTION_ID, displayName: "audit-log" }] },
    },
  };
}

interface SynthesizedStack {
  readonly import?: { id: string; to: string }[];
  readonly resource: Record<string, Record<string, Record<string, unknown>>>;
  readonly variable?: Record<string, unknown>;
  readonly terraform: { required_version?: string };
}

function synthAdopted(input: EnvironmentInput = adoptedConfig()): SynthesizedStack {
  return JSON.parse(
    synthEnvironment(completeEnvironment("adopted", environmentSchema.parse(input))),
  ) as SynthesizedStack;
}

describe("import ids in config become Terraform import blocks", () => {
  const json = synthAdopted();

  test("every adopted object, and the lists that own its associations, get an import block", () => {
    expect(json.import).toEqual(
      expect.arrayContaining([
        { id: "con_Adopted0001", to: "auth0_connection.database" },
        { id: "con_Adopted0001", to: "auth0_connection_clients.database" },
        { id: "rol_Viewer0001", to: "auth0_role.ml-viewer" },
        { id: "AdoptedClient0000000000000000001", to: "auth0_client.mlflow" },
        { id: "AdoptedClient0000000000000000001", to: "auth0_client_credentials.mlflow" },
        { id: "auth0|adopted0001", to: "auth0_user.alice" },
        { id: "auth0|adopted0001", to: "auth0_user_roles.alice" },
        { id: ACTION_ID, to: "auth0_action.role_claim" },
        { id: "post-login", to: "auth0_trigger_actions.post_login" },
      ]),
    );
    expect(json.import).toHaveLength(9);
  });

  test("the stack requires a Terraform that reads import blocks (1.5+), and only when it imports", () => {
    expect(json.terraform.required_version).toBe(">= 1.5.0");
    const plain = synthAdopted(minimalConfig());
    expect(plain.import).toBeUndefined();
    expect(plain.terraform.required_version).toBeUndefined();
  });

  test("an adopted user keeps its password: no password attribute and no variable; a new user still has one", () => {
    expect(json.resource.auth0_user.alice.password).toBeUndefined();
    expect(json.resource.auth0_user.newbie.password).toBe("${var.newbie_password}");
    expect(Object.keys(json.variable ?? {})).toEqual(["newbie_password"]);
  });

  test("the connection keeps its name, and other enabled applications stay enabled", () => {
    expect(json.resource.auth0_connection.database.name).toBe("Username-Password-Authentication");
    expect(json.resource.auth0_connection_clients.database.enabled_clients).toEqual([
      "SpaClient00000000000000000000001",
      "${auth0_client.mlflow.client_id}",
    ]);
  });

  test("kept post-login bindings run first, in order, then the role-claim Action", () => {
    expect(json.resource.auth0_trigger_actions.post_login.actions).toEqual([
      { id: FOREIGN_ACTION_ID, display_name: "audit-log" },
      { id: "${auth0_action.role_claim.id}", display_name: "ml-dashboard-role-claim" },
    ]);
  });
});

describe("import ids in config are checked", () => {
  const dir = tempDir("import-ids");
  const problems = (input: unknown): string[] => {
    try {
      loadEnvironment(writeConfig(dir, "adopted", input));
      return [];
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      return err.message.split("\n").filter((l) => l.includes("$."));
    }
  };

  test("a new user without a passwordVariable is refused with the fix", () => {
    const input = minimalConfig();
    delete (input.users!.alice as { passwordVariable?: string }).passwordVariable;
    expect(problems(input).join("\n")).toMatch(
      /\$\.users\.alice\.passwordVariable: expected the name of the Terraform variable .*or an importId/,
    );
  });

  test("ids of the wrong kind, duplicated ids and a userId that contradicts the import are refused", () => {
    const input = adoptedConfig() as ReturnType<typeof minimalConfig>;
    input.connection = { name: "ml-users", importId: "rol_x" };
    input.users = {
      alice: { email: "alice@example.com", importId: "auth0|same", userId: "other" },
      bob: { email: "bob@example.com", importId: "auth0|same" },
    };
    (input.loginFlow as { actionImportId?: string }).actionImportId = "not-a-uuid";
    const found = problems(input).join("\n");
    expect(found).toContain("$.connection.importId: expected an Auth0 connection id such as con_");
    expect(found).toContain('$.users.bob.importId: expected a unique importId: user "alice" already uses it');
    expect(found).toContain('$.users.alice.userId: expected no userId, or the one in importId ("auth0|same")');
    expect(found).toContain("$.loginFlow.actionImportId: expected an Auth0 Action id (a lowercase UUID)");
  });
});

const terraformFound = spawnSync("terraform", ["version"], { encoding: "utf8" }).status === 0;
if (!terraformFound) {
  const why = "terraform is not on PATH: the import-block test needs Terraform >= 1.5";
  if (process.env.CI) throw new Error(why);
  console.warn(`Skipping the real Terraform import-block test: ${why}`);
}

(terraformFound ? describe : describe.skip)("real Terraform accepts the import blocks", () => {
  const dir = tempDir("import-terraform");
  test("terraform validate passes and terraform plan imports every adopted object", () => {
    const env = offlineTerraformEnv(dir);
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(withStandIns(synthAdopted())));
    mustRunTerraform(dir, ["init", "-no-color", "-input=false"], env);
    mustRunTerraform(dir, ["validate", "-no-color"], env);
    mustRunTerraform(dir, ["plan", "-no-color", "-input=false", "-out=adopt.tfplan"], env);
    const plan = JSON.parse(mustRunTerraform(dir, ["show", "-json", "adopt.tfplan"], env)) as {
      resource_changes: { address: string; change: { importing?: unknown } }[];
    };
    const imported = plan.resource_changes.filter((rc) => rc.change.importing);
    expect(imported).toHaveLength(9);
    expect(imported.find((rc) => rc.address.includes("auth0_user__alice"))!.change.importing).toEqual({
      id: "auth0|adopted0001",
    });
  }, 120_000);
});
