import { Annotations } from "../terraform-cdk";
import { Construct } from "constructs";
import { PasswordPolicy } from "../validation/password-policy";
import { originOf } from "../validation/urls";
import { DashboardClient, DashboardClientProps } from "./dashboard-client";
import { DashboardRoles } from "./dashboard-roles";
import { DashboardUser, DashboardUserProps } from "./dashboard-user";
import { DataSafety, PROTECTED } from "./data-safety";
import { DatabaseConnection } from "./database-connection";
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

export type DashboardSpec = Omit<DashboardClientProps, "key" | "allowInsecureLocalhost">;
export type UserSpec = Omit<
  DashboardUserProps,
  "key" | "connectionName" | "roleCatalog" | "passwordMinLength" | "dataSafety"
>;

export interface MlDashboardAuthProps {
  /** The database connection that holds the dashboard users. */
  readonly connection: {
    readonly name: string;
    /** @default true */
    readonly disableSignup?: boolean;
    /** @default "good" */
    readonly passwordPolicy?: PasswordPolicy;
    /** @default none: Terraform creates the connection */
    readonly importId?: string;
    /** @default none */
    readonly otherEnabledClientIds?: readonly string[];
  };
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
  readonly connection: DatabaseConnection;
  readonly roles: DashboardRoles;
  readonly dashboards: ReadonlyMap<string, DashboardClient>;
  readonly users: ReadonlyMap<string, DashboardUser>;
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

    this.connection = new DatabaseConnection(this, "Connection", { ...props.connection, dataSafety });
    this.roles = new DashboardRoles(this, "Roles", { roles: props.roles, importIds: props.roleImportIds });

    const dashboards = new Map<string, DashboardClient>();
    for (const [key, spec] of dashboardEntries) {
      spec.allowedRoles.forEach((r) => this.roles.role(r));
      const dashboard = new DashboardClient(this, `Dashboard-${key}`, { ...spec, key, allowInsecureLocalhost });
      this.connection.enableClient(dashboard.clientId);
      dashboards.set(key, dashboard);
    }
    this.dashboards = dashboards;

    const users = new Map<string, DashboardUser>();
    const connectionName = this.connection.name; // one token for every user
    for (const [key, spec] of Object.entries(props.users ?? {})) {
      users.set(
        key,
        new DashboardUser(this, `User-${key}`, {
          ...spec,
          key,
          connectionName,
          roleCatalog: this.roles,
          passwordMinLength: this.connection.passwordMinLength,
          dataSafety,
        }),
      );
    }
    this.users = users;

    this.claimNamespace = props.claimNamespace ?? `${originOf(dashboardEntries[0][1].url)}/`;
    this.roleClaimAction = new RoleClaimAction(this, "RoleClaimAction", {
      code: props.loginCode.postLoginAction,
      claimNamespace: this.claimNamespace,
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
