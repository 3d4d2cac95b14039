import { Construct } from "constructs";
import { Action } from "../../.gen/providers/auth0/action";
import {
  ACTION_ID_HINT,
  ACTION_ID_PATTERN,
  POST_LOGIN_TRIGGER_ID,
  ROLE_CLAIM_ACTION_NAME,
} from "../validation/import-ids";
import {
  CONNECTION_ACCESS_SECRET,
  ConnectionAccessMap,
  connectionAccessJson,
  connectionAccessSizeProblem,
} from "../connection-access";
import { claimNamespaceProblem } from "../validation/urls";
import { importExisting } from "./import-existing";
import { terraformLiteral } from "../terraform-literal";

/** Name of the Action secret that carries the claim namespace into the code. */
export const CLAIM_NAMESPACE_SECRET = "CLAIM_NAMESPACE";

export interface RoleClaimActionProps {
  /** Source of the Action (`exports.onExecutePostLogin = async (event, api) => ...`), deployed verbatim. */
  readonly code: string;
  /** Namespace of the roles claim, e.g. https://ml.example.com/. The claim is `<namespace>roles`. */
  readonly claimNamespace: string;
  /**
   * Per connection name: IdP group to roles, and allowed email domains; the Action reads it
   * from the secret CONNECTION_ACCESS (see lib/connection-access.ts for why a secret).
   * @default {} (no mapped groups, no domain restrictions)
   */
  readonly connectionAccess?: ConnectionAccessMap;
  /**
   * Accept an http://localhost namespace.
   * @default false
   */
  readonly allowInsecureLocalhost?: boolean;
  /**
   * Action name in the tenant.
   * @default "ml-dashboard-role-claim"
   */
  readonly name?: string;
  /**
   * Node.js runtime of the Action.
   * @default "node22"
   */
  readonly runtime?: string;
  /**
   * Id of an existing Action to adopt (a UUID). Its secrets are not imported: the stack sets them.
   * @default none: Terraform creates the Action
   */
  readonly importId?: string;
}

/**
 * The post-login Action that merges the user's roles (IdP groups mapped per connection,
 * app_metadata.roles and Auth0 roles) into a namespaced ID and access token claim, denies
 * federated users outside a connection's email domains, and denies dashboard logins to users
 * who hold none of that dashboard's roles.
 */
export class RoleClaimAction extends Construct {
  readonly action: Action;
  readonly name: string;

  constructor(scope: Construct, id: string, props: RoleClaimActionProps) {
    super(scope, id);
    const where = `RoleClaimAction ${this.node.path}`;
    if (!/exports\.onExecutePostLogin\s*=/.test(props.code)) {
      throw new Error(`${where}: the code does not define exports.onExecutePostLogin, so Auth0 would never run it`);
    }
    const problem = claimNamespaceProblem(props.claimNamespace, {
      allowInsecureLocalhost: props.allowInsecureLocalhost ?? false,
    });
    if (problem)
      throw new Error(`${where}: claimNamespace ${JSON.stringify(props.claimNamespace)} is invalid: ${problem}`);

    const connectionAccess = connectionAccessJson(props.connectionAccess ?? {});
    const sizeProblem = connectionAccessSizeProblem(connectionAccess);
    if (sizeProblem) throw new Error(`${where}: ${sizeProblem}`);

    this.name = props.name ?? ROLE_CLAIM_ACTION_NAME;
    this.action = new Action(this, "Action", {
      name: this.name,
      runtime: props.runtime ?? "node22",
      // Deployed verbatim: JavaScript such as `${x}` must not be read as Terraform interpolation.
      code: terraformLiteral(props.code),
      // deploy creates and deploys a new version on every code change; without it the
      // binding would keep running the previous version.
      deploy: true,
      supportedTriggers: { id: POST_LOGIN_TRIGGER_ID, version: "v3" },
      secrets: [
        { name: CLAIM_NAMESPACE_SECRET, value: terraformLiteral(props.claimNamespace) },
        { name: CONNECTION_ACCESS_SECRET, value: terraformLiteral(connectionAccess) },
      ],
    });
    this.action.overrideLogicalId("role_claim");
    importExisting(where, this.action, props.importId, { pattern: ACTION_ID_PATTERN, hint: ACTION_ID_HINT });
  }
}
