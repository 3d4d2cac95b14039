import { Construct } from "constructs";
import { Role } from "../../.gen/providers/auth0/role";
import { ROLE_ID_HINT, ROLE_ID_PATTERN } from "../validation/import-ids";
import { roleAddressOf, roleNameProblem } from "../validation/names";
import { importExisting } from "./import-existing";
import { terraformLiteral } from "../terraform-literal";

export interface DashboardRolesProps {
  /**
   * Auth0 role name to description, e.g. { "ML Admin": "Can change models" }. Each role's
   * Terraform address is derived from its name (`auth0_role.<roleAddressOf(name)>`).
   */
  readonly roles: Readonly<Record<string, string>>;
  /**
   * Role name to the id of the existing role to adopt (rol_...).
   * @default none: Terraform creates every role
   */
  readonly importIds?: Readonly<Record<string, string>>;
}

/** The Auth0 roles (RBAC) that decide who may open which dashboard. */
export class DashboardRoles extends Construct {
  private readonly byName = new Map<string, Role>();
  /** One `${auth0_role.<name>.id}` token per role, shared by every user who has it. */
  private readonly idByName = new Map<string, string>();

  constructor(scope: Construct, id: string, props: DashboardRolesProps) {
    super(scope, id);
    const names = new Map<string, string>();
    for (const name of Object.keys(props.importIds ?? {})) {
      if (!Object.hasOwn(props.roles, name)) {
        throw new Error(`DashboardRoles ${this.node.path}: importIds names unknown role ${JSON.stringify(name)}`);
      }
    }
    for (const [name, description] of Object.entries(props.roles)) {
      const problem = roleNameProblem(name);
      if (problem) throw new Error(`DashboardRoles ${this.node.path}: role name ${JSON.stringify(name)}: ${problem}`);
      const address = roleAddressOf(name);
      const other = names.get(address);
      if (other !== undefined) {
        throw new Error(
          `DashboardRoles ${this.node.path}: roles ${JSON.stringify(other)} and ${JSON.stringify(name)} would both be auth0_role.${address}`,
        );
      }
      names.set(address, name);
      // The construct id is prefixed: ids such as "constructor" would clash with Object's own keys.
      const role = new Role(this, `Role-${address}`, {
        name: terraformLiteral(name),
        description: terraformLiteral(description),
      });
      role.overrideLogicalId(address);
      importExisting(`DashboardRoles ${this.node.path}`, role, importIdOf(props.importIds, name), {
        pattern: ROLE_ID_PATTERN,
        hint: ROLE_ID_HINT,
      });
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

/** The import id of a role; own keys only, so a role named "toString" is not Object's method. */
function importIdOf(ids: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  return ids !== undefined && Object.hasOwn(ids, name) ? ids[name] : undefined;
}
