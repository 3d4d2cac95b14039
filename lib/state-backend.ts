import * as path from "node:path";
import {
  AzurermBackend,
  CloudBackend,
  GcsBackend,
  LocalBackend,
  NamedCloudWorkspace,
  PgBackend,
  PgBackendConfig,
  S3Backend,
  TerraformStack,
} from "./terraform-cdk";
import { BackendConfig } from "./config/schema";

/** Terraform runs in cdktf.out/stacks/<stack>/, three folders below the project. */
const STACK_DIR_TO_PROJECT = "../../..";

type Backend<T extends BackendConfig["type"]> = Extract<BackendConfig, { type: T }>;
type WithDefault<T extends BackendConfig["type"], K extends keyof Backend<T>> = Backend<T> &
  Required<Pick<Backend<T>, K>>;

/** A backend with every default applied: what Terraform will actually use. */
export type ResolvedBackend = (
  | WithDefault<"local", "path">
  | WithDefault<"s3", "key">
  | Backend<"cloud">
  | WithDefault<"gcs", "prefix">
  | WithDefault<"azurerm", "key">
  | WithDefault<"pg", "schemaName">
) & { readonly stateId: string };

/**
 * Applies the per-environment defaults, and names the state the backend points at (`stateId`):
 * two stacks with the same stateId would overwrite each other's state.
 */
export function resolveBackend(stackName: string, envName: string, backend: BackendConfig): ResolvedBackend {
  switch (backend.type) {
    case "local": {
      const file = path.posix.normalize((backend.path ?? `terraform.${stackName}.tfstate`).replace(/\\/g, "/"));
      // Compared case-insensitively: macOS and Windows file systems are.
      return { ...backend, path: file, stateId: `local file ${file.toLowerCase()}` };
    }
    case "s3": {
      const key = backend.key ?? `ml-dashboard-auth/${envName}.tfstate`;
      return { ...backend, key, stateId: `s3 bucket ${backend.bucket}, key ${key}` };
    }
    case "cloud": {
      const host = backend.hostname ?? "app.terraform.io";
      return {
        ...backend,
        stateId: `HCP Terraform ${host}, organization ${backend.organization}, workspace ${backend.workspace}`,
      };
    }
    case "gcs": {
      // Terraform stores <prefix>/default.tfstate, so "a" and "a/" are one state.
      const prefix = (backend.prefix ?? `ml-dashboard-auth/${envName}`).replace(/\/+$/, "");
      return { ...backend, prefix, stateId: `gcs bucket ${backend.bucket}, prefix ${prefix}` };
    }
    case "azurerm": {
      const key = backend.key ?? `ml-dashboard-auth/${envName}.tfstate`;
      return {
        ...backend,
        key,
        stateId: `azurerm storage account ${backend.storageAccountName}, container ${backend.containerName}, key ${key}`,
      };
    }
    case "pg": {
      const schemaName = backend.schemaName ?? `ml_dashboard_auth_${envName.replace(/-/g, "_")}`;
      return { ...backend, schemaName, stateId: `pg schema ${schemaName}` };
    }
  }
}

/**
 * Configures where the stack keeps its Terraform state. Credentials never come from here:
 * each backend reads its own from the environment (AWS_*, GOOGLE_*, ARM_*, PG_CONN_STR,
 * TF_TOKEN_<host>).
 */
export function addStateBackend(
  stack: TerraformStack,
  stackName: string,
  envName: string,
  config: BackendConfig,
): void {
  const backend = resolveBackend(stackName, envName, config);
  switch (backend.type) {
    case "local":
      // Relative to the stack folder, so cdk.tf.json (and its snapshots) hold no machine path.
      new LocalBackend(stack, { path: path.posix.join(STACK_DIR_TO_PROJECT, backend.path) });
      return;
    case "s3":
      new S3Backend(stack, {
        bucket: backend.bucket,
        key: backend.key,
        region: backend.region,
        encrypt: backend.encrypt,
        kmsKeyId: backend.kmsKeyId,
      });
      // S3-native state locking (DynamoDB locking is deprecated since Terraform 1.11). cdktf
      // 0.21's S3Backend predates the option, so it is set on the synthesized block directly.
      stack.addOverride("terraform.backend.s3.use_lockfile", true);
      return;
    case "cloud":
      new CloudBackend(stack, {
        organization: backend.organization,
        hostname: backend.hostname,
        workspaces: new NamedCloudWorkspace(backend.workspace, backend.project),
      });
      return;
    case "gcs":
      new GcsBackend(stack, { bucket: backend.bucket, prefix: backend.prefix });
      return;
    case "azurerm":
      new AzurermBackend(stack, {
        resourceGroupName: backend.resourceGroupName,
        storageAccountName: backend.storageAccountName,
        containerName: backend.containerName,
        key: backend.key,
        useAzureadAuth: true,
      });
      return;
    case "pg":
      // conn_str is left out on purpose: it holds the database password, and Terraform reads it
      // from PG_CONN_STR. cdktf 0.21 types it as required, hence the cast.
      new PgBackend(stack, { schemaName: backend.schemaName } as PgBackendConfig);
      return;
  }
}
