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
} from "cdktf";
import { BackendConfig } from "./config/schema";

/** Terraform runs in cdktf.out/stacks/<stack>/, three folders below the project. */
const STACK_DIR_TO_PROJECT = "../../..";

/**
 * Configures where the stack keeps its Terraform state. Credentials never come from here:
 * each backend reads its own from the environment (AWS_*, GOOGLE_*, ARM_*, PG_CONN_STR,
 * TF_TOKEN_<host>).
 */
export function addStateBackend(
  stack: TerraformStack,
  stackName: string,
  envName: string,
  backend: BackendConfig,
): void {
  switch (backend.type) {
    case "local":
      // Relative to the stack folder, so cdk.tf.json (and its snapshots) hold no machine path.
      new LocalBackend(stack, {
        path: path.posix.join(STACK_DIR_TO_PROJECT, backend.path ?? `terraform.${stackName}.tfstate`),
      });
      return;
    case "s3":
      new S3Backend(stack, {
        bucket: backend.bucket,
        key: backend.key ?? `ml-dashboard-auth/${envName}.tfstate`,
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
      new GcsBackend(stack, { bucket: backend.bucket, prefix: backend.prefix ?? `ml-dashboard-auth/${envName}` });
      return;
    case "azurerm":
      new AzurermBackend(stack, {
        resourceGroupName: backend.resourceGroupName,
        storageAccountName: backend.storageAccountName,
        containerName: backend.containerName,
        key: backend.key ?? `ml-dashboard-auth/${envName}.tfstate`,
        useAzureadAuth: true,
      });
      return;
    case "pg":
      // conn_str is left out on purpose: it holds the database password, and Terraform reads it
      // from PG_CONN_STR. cdktf 0.21 types it as required, hence the cast.
      new PgBackend(stack, {
        schemaName: backend.schemaName ?? `ml_dashboard_auth_${envName.replace(/-/g, "_")}`,
      } as PgBackendConfig);
      return;
  }
}
