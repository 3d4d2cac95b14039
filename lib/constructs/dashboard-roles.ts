import { Construct } from "constructs";
import { Role } from "../../.gen/providers/auth0/role";
import { ROLE_NAME_HINT, ROLE_NAME_PATTERN } from "../validation/names";
import { terraformLiteral } from "../terraform-literal";

export interface DashboardRolesProps {
  /** Role name to description, e.g. { "ml-viewer": "Can view model metrics" }. */
  readonly roles: Readonly<Record<string, string>>;
}

/** The Auth0 roles (RBAC) that decide who may open which dashboard. */
export class DashboardRoles extends Construct {
  private readonly byName = new Map<string, Role>();
  /** One `${auth0_role.<name>.id}` token per role, shared by every user who has it. */
  private readonly idByName = new Map<string, string>();

  constructor(scope: Construct, id: string, props: DashboardRolesProps) {
    super(scope, id);
    for (const [name, description] of Object.entries(props.roles)) {
      if (!ROLE_NAME_PATTERN.test(name)) {
        throw new Error(
          `DashboardRoles ${this.node.path}: role name ${JSON.stringify(name)} is invalid; expected ${ROLE_NAME_HINT}`,
        );
      }
      const role = new Role(this, name, { name, description: terraformLiteral(description) });
      role.overrideLogicalId(name);
      this.byName.set(name, role);
      this.idByName.set(name, role.id);
    }
  }

  /** Names of every role, in the order given. */
  get names(): string[] {
    return [...this.byName.keys()];
  }

  /**
   * The Terraform id of the role with this name. Prefer it to `role(name).id`, which creates a
   * new token on every read: tokens are what cdktf's synth time grows with.
   */
  roleId(name: string): string {
    this.role(name);
    return this.idByName.get(name)!;
  }

  /** The role with this name; throws naming the known roles if there is none. */
  role(name: string): Role {
    const role = this.byName.get(name);
    if (!role) {
      throw new Error(
        `DashboardRoles ${this.node.path}: unknown role ${JSON.stringify(name)}; expected one of ${this.names.map((n) => JSON.stringify(n)).join(", ")}`,
      );
    }
    return role;
  }
}
