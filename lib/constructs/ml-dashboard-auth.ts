import { Annotations } from "../terraform-cdk";
import { Construct } from "constructs";
import { ConnectionConfig, isFederated } from "../config/connections-schema";
import { ConnectionAccessMap } from "../connection-access";
import { originOf } from "../validation/urls";
import { DashboardClient, DashboardClientProps } from "./dashboard-client";
import { DashboardRoles } from "./dashboard-roles";
import { DashboardUsers, DashboardUserSpec, ProvisionedUser } from "./dashboard-users";
import { DataSafety, PROTECTED } from "./data-safety";
import { DatabaseConnection } from "./database-connection";
import { FederatedConnection } from "./federated-connection";
import { LegacyRoleClaimRule } from "./legacy-role-claim-rule";
import { KeptBinding, PostLoginTrigger } from "./post-login-trigger";
import { RoleClaimAction } from "./role-claim-action";

/** Login-time code, as deployed to Auth0 (see rules/). */
export interface LoginCode {
  /** The post-login Action. */
  readonly postLoginAction: string;
  /** The legacy Rule; needed only when `legacyRule` is true. */
  readonly legacyRule?: string;
}

export type DashboardSpec = Omit<DashboardClientProps, "key" | "allowInsecureLocalhost"> & {
  /**
   * Keys of the connections users may reach this dashboard through.
   * @default every connection
   */
  readonly connections?: readonly string[];
};
export type UserSpec = DashboardUserSpec;

export interface MlDashboardAuthProps {
  /**
   * Connection key to connection: at most one database connection (it holds the provisioned
   * users, and is always `auth0_connection.database`) and any federated connections
   * (`auth0_connection.<key>`). At least one.
   */
  readonly connections: Readonly<Record<string, ConnectionConfig>>;
  /** Role name to description. */
  readonly roles: Readonly<Record<string, string>>;
  /**
   * Role name to the id of the existing role to adopt.
   * @default none
   */
  readonly roleImportIds?: Readonly<Record<string, string>>;
  /**
   * The existing post-login flow of an adopted tenant: the Action to adopt as the role-claim
   * Action, the bindings to keep, and whether to import the bindings.
   * @default nothing adopted: the role-claim Action is the only binding
   */
  readonly postLoginAdoption?: {
    readonly actionImportId?: string;
    readonly keepActions?: readonly KeptBinding[];
    readonly importBindings?: boolean;
  };
  /** Dashboard key to dashboard; at least one. */
  readonly dashboards: Readonly<Record<string, DashboardSpec>>;
  /**
   * User key to user.
   * @default no users
   */
  readonly users?: Readonly<Record<string, UserSpec>>;
  readonly loginCode: LoginCode;
  /**
   * Namespace of the roles claim.
   * @default the origin of the first dashboard's URL, with a trailing slash
   */
  readonly claimNamespace?: string;
  /**
   * Also deploy the reference-style Rule (past end of life).
   * @default false
   */
  readonly legacyRule?: boolean;
  /**
   * `prevent_destroy` on the connection and the users; turning it off takes a reason.
   * @default { preventDestroy: true }
   */
  readonly dataSafety?: DataSafety;
  /**
   * Accept http://localhost URLs (development tenants only).
   * @default false
   */
  readonly allowInsecureLocalhost?: boolean;
}

/**
 * Everything an Auth0 tenant needs so that the right people, and only they, can log in to a
 * team's ML dashboards: the user directory, the roles, one application per dashboard, and the
 * login-time code that turns roles into a claim and enforces each dashboard's allowed roles.
 */
export class MlDashboardAuth extends Construct {
  /** The database connection; undefined when every user comes from an identity provider. */
  readonly database?: DatabaseConnection;
  /** Connection key to federated connection. */
  readonly federatedConnections: ReadonlyMap<string, FederatedConnection>;
  /** Connection key to connection, database and federated alike. */
  readonly connections: ReadonlyMap<string, DatabaseConnection | FederatedConnection>;
  readonly roles: DashboardRoles;
  readonly dashboards: ReadonlyMap<string, DashboardClient>;
  /** User key to user. */
  readonly users: ReadonlyMap<string, ProvisionedUser>;
  /** The construct that writes the users; undefined without users. */
  readonly userDirectory?: DashboardUsers;
  readonly roleClaimAction: RoleClaimAction;
  readonly claimNamespace: string;

  constructor(scope: Construct, id: string, props: MlDashboardAuthProps) {
    super(scope, id);
    const dashboardEntries = Object.entries(props.dashboards);
    if (dashboardEntries.length === 0) {
      throw new Error(`MlDashboardAuth ${this.node.path}: expected at least one dashboard`);
    }
    const dataSafety = props.dataSafety ?? PROTECTED;
    const allowInsecureLocalhost = props.allowInsecureLocalhost ?? false;
    if (!dataSafety.preventDestroy) {
      Annotations.of(this).addWarning(
        "prevent_destroy is off for the connection and the users: a plan that replaces the connection will delete every user in it.",
      );
    }

    const connectionEntries = Object.entries(props.connections);
    if (connectionEntries.length === 0) {
      throw new Error(`MlDashboardAuth ${this.node.path}: expected at least one connection`);
    }
    const enablers = new Map<string, (clientId: string) => void>();
    const federated = new Map<string, FederatedConnection>();
    const connections = new Map<string, DatabaseConnection | FederatedConnection>();
    for (const [key, config] of connectionEntries) {
      if (isFederated(config)) {
        const connection = new FederatedConnection(this, `Connection-${key}`, { key, config, dataSafety });
        federated.set(key, connection);
        connections.set(key, connection);
        enablers.set(key, (id) => connection.enableClient(id));
        continue;
      }
      if (this.database) {
        throw new Error(
          `MlDashboardAuth ${this.node.path}: connection "${key}" is a second database connection; expected at most one`,
        );
      }
      // "Connection" as before connections existed: the construct path, like the address, stays the same.
      const database = new DatabaseConnection(this, "Connection", { ...config, dataSafety });
      this.database = database;
      connections.set(key, database);
      enablers.set(key, (id) => database.enableClient(id));
    }
    this.federatedConnections = federated;
    this.connections = connections;
    this.roles = new DashboardRoles(this, "Roles", { roles: props.roles, importIds: props.roleImportIds });
    for (const c of federated.values())
      Object.values(c.config.groupRoles ?? {}).forEach((roles) => roles.forEach((r) => this.roles.role(r)));

    const dashboards = new Map<string, DashboardClient>();
    for (const [key, { connections, ...spec }] of dashboardEntries) {
      spec.allowedRoles.forEach((r) => this.roles.role(r));
      const dashboard = new DashboardClient(this, `Dashboard-${key}`, { ...spec, key, allowInsecureLocalhost });
      for (const connectionKey of connections ?? [...enablers.keys()]) {
        const enable = enablers.get(connectionKey);
        if (!enable) {
          throw new Error(
            `MlDashboardAuth ${this.node.path}: dashboard "${key}" lists connection "${connectionKey}", which is not one of ${[...enablers.keys()].join(", ")}`,
          );
        }
        enable(dashboard.clientId);
      }
      dashboards.set(key, dashboard);
    }
    this.dashboards = dashboards;

    const userEntries = Object.entries(props.users ?? {});
    const database = this.database;
    if (userEntries.length > 0 && !database) {
      throw new Error(`MlDashboardAuth ${this.node.path}: users need a database connection to be created in`);
    }
    if (database && userEntries.length > 0) {
      this.userDirectory = new DashboardUsers(this, "Users", {
        users: Object.fromEntries(userEntries),
        connectionName: database.name,
        roleCatalog: this.roles,
        passwordMinLength: database.passwordMinLength,
        dataSafety,
      });
    }
    this.users = this.userDirectory?.users ?? new Map();

    this.claimNamespace = props.claimNamespace ?? `${originOf(dashboardEntries[0][1].url)}/`;
    this.roleClaimAction = new RoleClaimAction(this, "RoleClaimAction", {
      code: props.loginCode.postLoginAction,
      claimNamespace: this.claimNamespace,
      connectionAccess: connectionAccessOf(federated),
      allowInsecureLocalhost,
      importId: props.postLoginAdoption?.actionImportId,
    });
    new PostLoginTrigger(this, "PostLogin", {
      actions: [this.roleClaimAction],
      keptActions: props.postLoginAdoption?.keepActions,
      importExisting: props.postLoginAdoption?.importBindings,
    });

    if (props.legacyRule) {
      if (!props.loginCode.legacyRule) {
        throw new Error(`MlDashboardAuth ${this.node.path}: legacyRule is true but loginCode.legacyRule is missing`);
      }
      new LegacyRoleClaimRule(this, "LegacyRule", {
        code: props.loginCode.legacyRule,
        claimNamespace: this.claimNamespace,
      });
    }
  }
}

/** What the post-login Action needs to know of each federated connection, by connection name. */
function connectionAccessOf(connections: ReadonlyMap<string, FederatedConnection>): ConnectionAccessMap {
  return Object.fromEntries(
    [...connections.values()].map(({ config }) => [
      config.name,
      { groupRoles: config.groupRoles, allowedEmailDomains: config.allowedEmailDomains },
    ]),
  );
}
