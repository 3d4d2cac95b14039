import * as fs from "node:fs";
import * as path from "node:path";
import { Testing, TerraformStack } from "../../lib/terraform-cdk";
import { BackendConfig } from "../../lib/config/schema";
import { addStateBackend } from "../../lib/state-backend";
import { tempDir } from "../support/paths";
import { startPostgres, TestPostgres } from "../support/postgres";
import { describeWithCommands } from "../support/tools-available";
import { mustRunTerraform, offlineTerraformEnv } from "../support/terraform";
import { arrayAt, at, objectAt, parseJsonObject, stringAt } from "../json";

/** The `terraform.backend` block a stack named ml-dashboard-auth-dev gets for a backend config. */
function backendBlock(backend: BackendConfig): Record<string, unknown> {
  const stack = new TerraformStack(Testing.app(), "ml-dashboard-auth-dev");
  addStateBackend(stack, "ml-dashboard-auth-dev", "dev", backend);
  return objectAt(parseJsonObject(Testing.synth(stack)), "terraform", "backend");
}

describe("state backend per environment", () => {
  test("local: relative to the project, never an absolute machine path", () => {
    expect(backendBlock({ type: "local" })).toEqual({
      local: { path: "../../../terraform.ml-dashboard-auth-dev.tfstate" },
    });
    expect(backendBlock({ type: "local", path: "state/dev.tfstate" })).toEqual({
      local: { path: "../../../state/dev.tfstate" },
    });
  });

  test("s3: encrypted, with S3-native locking", () => {
    expect(backendBlock({ type: "s3", bucket: "tf-state", region: "eu-west-1", encrypt: true })).toEqual({
      s3: {
        bucket: "tf-state",
        key: "ml-dashboard-auth/dev.tfstate",
        region: "eu-west-1",
        encrypt: true,
        use_lockfile: true,
      },
    });
  });

  test("HCP Terraform (cloud): a cloud block, not a backend", () => {
    const stack = new TerraformStack(Testing.app(), "ml-dashboard-auth-dev");
    addStateBackend(stack, "ml-dashboard-auth-dev", "dev", {
      type: "cloud",
      organization: "ml-platform",
      workspace: "ml-dashboard-auth-dev",
      project: "identity",
    });
    const terraform = parseJsonObject(Testing.synth(stack)).terraform;
    expect(at(terraform, "backend")).toBeUndefined();
    expect(at(terraform, "cloud")).toEqual({
      organization: "ml-platform",
      workspaces: { name: "ml-dashboard-auth-dev", project: "identity" },
    });
  });

  test("gcs", () => {
    expect(backendBlock({ type: "gcs", bucket: "tf-state" })).toEqual({
      gcs: { bucket: "tf-state", prefix: "ml-dashboard-auth/dev" },
    });
  });

  test("azurerm, with Entra ID auth instead of an access key", () => {
    expect(
      backendBlock({
        type: "azurerm",
        resourceGroupName: "rg",
        storageAccountName: "mlstate",
        containerName: "tfstate",
      }),
    ).toEqual({
      azurerm: {
        resource_group_name: "rg",
        storage_account_name: "mlstate",
        container_name: "tfstate",
        key: "ml-dashboard-auth/dev.tfstate",
        use_azuread_auth: true,
      },
    });
  });

  test("pg: a schema per environment, the connection string only from PG_CONN_STR", () => {
    expect(backendBlock({ type: "pg" })).toEqual({ pg: { schema_name: "ml_dashboard_auth_dev" } });
  });
});

/**
 * The synthesized backend blocks, used by real Terraform: a stack folder laid out as cdktf
 * lays it out, holding our backend block and a built-in terraform_data resource.
 */
describeWithCommands(["terraform", "initdb", "pg_ctl"], "state backends with real Terraform", () => {
  const project = tempDir("backend");
  let postgres: TestPostgres | undefined;

  afterAll(() => postgres?.stop());

  function terraform(stackDir: string, args: string[], env: Record<string, string> = {}) {
    return mustRunTerraform(stackDir, args, offlineTerraformEnv(project, env));
  }

  function stackWith(name: string, backend: BackendConfig): string {
    const stackDir = path.join(project, "cdktf.out", "stacks", name);
    fs.mkdirSync(stackDir, { recursive: true });
    const config = {
      terraform: { backend: backendBlock(backend) },
      resource: { terraform_data: { probe: { input: name } } },
    };
    fs.writeFileSync(path.join(stackDir, "cdk.tf.json"), JSON.stringify(config));
    return stackDir;
  }

  test("local: the relative path puts state in the project folder", () => {
    const stackDir = stackWith("local-stack", { type: "local", path: "state/dev.tfstate" });
    terraform(stackDir, ["init", "-input=false", "-no-color"]);
    terraform(stackDir, ["apply", "-auto-approve", "-input=false", "-no-color"]);
    const state = parseJsonObject(fs.readFileSync(path.join(project, "state", "dev.tfstate"), "utf8"));
    expect(arrayAt(state, "resources").map((r) => `${stringAt(r, "type")}.${stringAt(r, "name")}`)).toEqual([
      "terraform_data.probe",
    ]);
  });

  test("pg: state is stored in PostgreSQL, in the environment's schema", async () => {
    postgres = await startPostgres();
    const env = { PG_CONN_STR: postgres.connectionString };
    const stackDir = stackWith("pg-stack", { type: "pg" });
    terraform(stackDir, ["init", "-input=false", "-no-color"], env);
    terraform(stackDir, ["apply", "-auto-approve", "-input=false", "-no-color"], env);
    // A fresh folder with only the backend block sees the same state: it lives in the database.
    const other = stackWith("pg-stack-reader", { type: "pg" });
    terraform(other, ["init", "-input=false", "-no-color"], env);
    expect(terraform(other, ["state", "list"], env).trim()).toBe("terraform_data.probe");
  });
});
