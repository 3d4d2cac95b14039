import { Construct } from "constructs";
import { Connection } from "../../.gen/providers/auth0/connection";
import { CONNECTION_ID_HINT, CONNECTION_ID_PATTERN } from "../validation/import-ids";
import { DATABASE_CONNECTION_RESOURCE_NAME } from "../validation/connection-types";
import { importExisting } from "./import-existing";
import { applyDataSafety, DataSafety, PROTECTED, validateDataSafety } from "./data-safety";
import { EnabledClients } from "./enabled-clients";
import { CONNECTION_NAME_HINT, CONNECTION_NAME_PATTERN } from "../validation/names";
import {
  MIN_PASSWORD_POLICY,
  PasswordPolicy,
  PASSWORD_POLICIES,
  meetsMinimumPasswordPolicy,
} from "../validation/password-policy";

/** Shortest password a database connection (and a user's initial password variable) accepts by default. */
export const DEFAULT_PASSWORD_MIN_LENGTH = 12;

export interface DatabaseConnectionProps {
  /**
   * Name of the Auth0 database connection. Changing it replaces the connection, which
   * deletes every user in it.
   */
  readonly name: string;
  /**
   * Refuse self-registration: users are provisioned, not signed up.
   * @default true
   */
  readonly disableSignup?: boolean;
  /**
   * Auth0 password strength level; anything weaker than "good" is refused.
   * @default "good"
   */
  readonly passwordPolicy?: PasswordPolicy;
  /**
   * Minimum password length, on top of the policy.
   * @default 12
   */
  readonly passwordMinLength?: number;
  /**
   * `lifecycle.prevent_destroy`, so that Terraform refuses any plan that would delete the
   * connection and with it every user. Turning it off takes a reason.
   * @default { preventDestroy: true }
   */
  readonly dataSafety?: DataSafety;
  /**
   * Terraform resource name of the connection and of its enabled-clients list.
   * @default "database" (DATABASE_CONNECTION_RESOURCE_NAME)
   */
  readonly resourceName?: string;
  /**
   * Id of an existing connection to adopt (con_...); its enabled-clients list is imported too.
   * @default none: Terraform creates the connection
   */
  readonly importId?: string;
  /**
   * Client ids of other applications that stay enabled on the connection.
   * @default none
   */
  readonly otherEnabledClientIds?: readonly string[];
}

/**
 * An Auth0 username/password database connection with brute-force protection, and the list of
 * applications that may log in through it (`auth0_connection_clients`, which owns that list).
 */
export class DatabaseConnection extends Construct {
  readonly connection: Connection;
  /** Minimum password length the connection enforces; password variables check it too. */
  readonly passwordMinLength: number;
  readonly enabledClients: EnabledClients;

  constructor(scope: Construct, id: string, props: DatabaseConnectionProps) {
    super(scope, id);
    if (!CONNECTION_NAME_PATTERN.test(props.name)) {
      throw new Error(
        `DatabaseConnection ${this.node.path}: name ${JSON.stringify(props.name)} is invalid; expected ${CONNECTION_NAME_HINT}`,
      );
    }
    const passwordPolicy = props.passwordPolicy ?? MIN_PASSWORD_POLICY;
    if (!PASSWORD_POLICIES.includes(passwordPolicy) || !meetsMinimumPasswordPolicy(passwordPolicy)) {
      throw new Error(
        `DatabaseConnection ${this.node.path}: passwordPolicy ${JSON.stringify(passwordPolicy)} is too weak; expected "${MIN_PASSWORD_POLICY}" or "excellent"`,
      );
    }
    this.passwordMinLength = props.passwordMinLength ?? DEFAULT_PASSWORD_MIN_LENGTH;
    if (!Number.isInteger(this.passwordMinLength) || this.passwordMinLength < 8 || this.passwordMinLength > 128) {
      throw new Error(
        `DatabaseConnection ${this.node.path}: passwordMinLength ${this.passwordMinLength} is out of range; expected an integer from 8 to 128`,
      );
    }
    const resourceName = props.resourceName ?? DATABASE_CONNECTION_RESOURCE_NAME;
    const dataSafety = props.dataSafety ?? PROTECTED;
    validateDataSafety(`DatabaseConnection ${this.node.path}`, dataSafety);

    this.connection = new Connection(this, "Connection", {
      name: props.name,
      strategy: "auth0",
      options: {
        requiresUsername: false,
        bruteForceProtection: true,
        importMode: false,
        disableSignup: props.disableSignup ?? true,
        passwordPolicy,
        passwordComplexityOptions: { minLength: this.passwordMinLength },
        passwordNoPersonalInfo: { enable: true },
        passwordDictionary: { enable: true },
        passwordHistory: [{ enable: true, size: 5 }],
      },
    });
    applyDataSafety(this.connection, dataSafety);
    this.connection.overrideLogicalId(resourceName);
    const idRule = { pattern: CONNECTION_ID_PATTERN, hint: CONNECTION_ID_HINT };
    importExisting(`DatabaseConnection ${this.node.path}`, this.connection, props.importId, idRule);

    this.enabledClients = new EnabledClients(this, "EnabledClients", {
      connectionId: this.connection.id,
      connectionName: props.name,
      resourceName,
      importId: props.importId,
      otherClientIds: props.otherEnabledClientIds,
    });
  }

  /** The connection's name, for `auth0_user.connection_name`. */
  get name(): string {
    return this.connection.name;
  }

  /** Lets users of this connection log in to the application with this client id. */
  enableClient(clientId: string): void {
    this.enabledClients.enable(clientId);
  }
}
