import { TerraformVariable } from "../terraform-cdk";
import { Construct } from "constructs";
import { Connection } from "../../.gen/providers/auth0/connection";
import { FederatedConnectionConfig } from "../config/connections-schema";
import { CONNECTION_STRATEGIES, DATABASE_CONNECTION_RESOURCE_NAME } from "../validation/connection-types";
import {
  CONNECTION_NAME_HINT,
  CONNECTION_NAME_PATTERN,
  RESOURCE_KEY_HINT,
  RESOURCE_KEY_PATTERN,
  VARIABLE_NAME_HINT,
  VARIABLE_NAME_PATTERN,
} from "../validation/names";
import { CONNECTION_ID_HINT, CONNECTION_ID_PATTERN } from "../validation/import-ids";
import { terraformLiteral } from "../terraform-literal";
import { applyDataSafety, DataSafety, PROTECTED, validateDataSafety } from "./data-safety";
import { EnabledClients } from "./enabled-clients";
import { federatedConnectionOptions } from "./federated-connection-options";
import { importExisting } from "./import-existing";

/** Strategies Auth0 shows as "Continue with <display name>" buttons when show_as_button is on (enterprise ones). */
const ENTERPRISE_STRATEGIES: ReadonlySet<string> = new Set(["oidc", "okta", "waad", "samlp"]);

export interface FederatedConnectionProps {
  /** Config key; the Terraform resource name (`auth0_connection.<key>`). Renaming it replaces the connection. */
  readonly key: string;
  /** The connection: type, name, IdP settings, groupRoles and allowedEmailDomains. */
  readonly config: FederatedConnectionConfig;
  /**
   * `lifecycle.prevent_destroy`: the connection holds its users' profiles and links.
   * @default { preventDestroy: true }
   */
  readonly dataSafety?: DataSafety;
}

/**
 * A connection to a company identity provider (OIDC, Okta, Entra ID, SAML or Google), its
 * upstream client secret as a sensitive Terraform variable (never in config, state outputs or
 * the synthesized JSON), and the applications that may log in through it.
 */
export class FederatedConnection extends Construct {
  readonly connection: Connection;
  readonly enabledClients: EnabledClients;
  readonly config: FederatedConnectionConfig;

  constructor(scope: Construct, id: string, props: FederatedConnectionProps) {
    super(scope, id);
    const where = `FederatedConnection ${this.node.path}`;
    const c = props.config;
    if (!RESOURCE_KEY_PATTERN.test(props.key) || props.key === DATABASE_CONNECTION_RESOURCE_NAME) {
      throw new Error(
        `${where}: key ${JSON.stringify(props.key)} is invalid; expected ${RESOURCE_KEY_HINT}, other than "${DATABASE_CONNECTION_RESOURCE_NAME}"`,
      );
    }
    if (!CONNECTION_NAME_PATTERN.test(c.name)) {
      throw new Error(`${where}: name ${JSON.stringify(c.name)} is invalid; expected ${CONNECTION_NAME_HINT}`);
    }
    const dataSafety = props.dataSafety ?? PROTECTED;
    validateDataSafety(where, dataSafety);
    this.config = c;

    let clientSecret: string | undefined;
    if ("clientSecretVariable" in c) {
      if (!VARIABLE_NAME_PATTERN.test(c.clientSecretVariable)) {
        throw new Error(
          `${where}: clientSecretVariable ${JSON.stringify(c.clientSecretVariable)} is invalid; expected ${VARIABLE_NAME_HINT}`,
        );
      }
      const secret = new TerraformVariable(this, "ClientSecret", {
        type: "string",
        sensitive: true,
        nullable: false,
        description: `Client secret of connection ${terraformLiteral(c.name)} at its identity provider (set TF_VAR_${c.clientSecretVariable}; never commit it)`,
      });
      secret.overrideLogicalId(c.clientSecretVariable);
      clientSecret = secret.stringValue;
    }
    if (c.type === "samlp" && "variable" in c.signingCert) {
      new TerraformVariable(this, "SigningCert", {
        type: "string",
        nullable: false,
        description: `PEM signing certificate of the SAML IdP of connection ${terraformLiteral(c.name)} (TF_VAR_${c.signingCert.variable})`,
      }).overrideLogicalId(c.signingCert.variable);
    }

    this.connection = new Connection(this, "Connection", {
      name: c.name,
      displayName: terraformLiteral(c.displayName ?? c.name),
      strategy: CONNECTION_STRATEGIES[c.type],
      showAsButton: ENTERPRISE_STRATEGIES.has(c.type) ? true : undefined,
      options: { ...federatedConnectionOptions(c), clientSecret },
    });
    applyDataSafety(this.connection, dataSafety);
    this.connection.overrideLogicalId(props.key);
    importExisting(where, this.connection, c.importId, { pattern: CONNECTION_ID_PATTERN, hint: CONNECTION_ID_HINT });

    this.enabledClients = new EnabledClients(this, "EnabledClients", {
      connectionId: this.connection.id,
      connectionName: c.name,
      resourceName: props.key,
      importId: c.importId,
      otherClientIds: c.otherEnabledClientIds,
    });
  }

  /** Lets users of this connection log in to the application with this client id. */
  enableClient(clientId: string): void {
    this.enabledClients.enable(clientId);
  }
}
