import { Testing, TerraformStack } from "../../lib/terraform-cdk";
import { DashboardClient, DashboardClientProps } from "../../lib/constructs/dashboard-client";
import { DashboardRoles } from "../../lib/constructs/dashboard-roles";
import { DatabaseConnection } from "../../lib/constructs/database-connection";
import { LegacyRoleClaimRule } from "../../lib/constructs/legacy-role-claim-rule";
import { MlDashboardAuth } from "../../lib/constructs/ml-dashboard-auth";
import { RoleClaimAction } from "../../lib/constructs/role-claim-action";
import { loginCode, terraformJson } from "../helpers";
import { at } from "../json";

// Constructs validate their props themselves, so code that uses them directly (not through
// config files) gets the same clear errors.
const newStack = () => new TerraformStack(Testing.app(), "test");
const client = (props: Partial<DashboardClientProps>) =>
  new DashboardClient(newStack(), "Mlflow", {
    key: "mlflow",
    name: "MLflow",
    url: "https://mlflow.example.com",
    allowedRoles: ["ml-viewer"],
    ...props,
  });

describe("construct validation", () => {
  test("a connection enabled for no application fails synth: nobody could log in", () => {
    const stack = newStack();
    new DatabaseConnection(stack, "Connection", { name: "ml-users" });
    expect(() => Testing.synth(stack, true)).toThrow(
      /no application is enabled for connection "ml-users", so nobody could log in/,
    );
  });

  test("prevent_destroy off needs a reason", () => {
    expect(
      () =>
        new DatabaseConnection(newStack(), "Connection", {
          name: "ml-users",
          dataSafety: { preventDestroy: false, reason: " " },
        }),
    ).toThrow(
      "DatabaseConnection test/Connection: dataSafety.preventDestroy is false without a reason; say why this environment may lose its users",
    );
  });

  test("a weak password policy is refused", () => {
    expect(
      () => new DatabaseConnection(newStack(), "Connection", { name: "ml-users", passwordPolicy: "fair" }),
    ).toThrow('DatabaseConnection test/Connection: passwordPolicy "fair" is too weak; expected "good" or "excellent"');
  });

  test("a dashboard URL that is not https", () => {
    expect(() => client({ url: "http://mlflow.example.com" })).toThrow(
      'DashboardClient test/Mlflow: url "http://mlflow.example.com" is invalid: expected an https:// URL',
    );
    expect(() => client({ url: "http://localhost:3000" })).toThrow(/allowInsecureLocalhost/);
    expect(() => client({ url: "http://localhost:3000", allowInsecureLocalhost: true })).not.toThrow();
  });

  test("an origin with a path", () => {
    expect(() => client({ webOrigins: ["https://mlflow.example.com/app"] })).toThrow(
      /expected an origin without a path, such as https:\/\/mlflow.example.com/,
    );
  });

  test("extra grant types need a known type and a reason, and are announced at synth", () => {
    expect(() => client({ extraGrantTypes: [{ grantType: "implicit", reason: "because" }] })).toThrow(
      /needs a reason of at least 15 characters/,
    );
    expect(() =>
      client({ extraGrantTypes: [{ grantType: "jwt-bearer", reason: "a long enough reason here" }] }),
    ).toThrow(/expected one of client_credentials/);
    const withGrant = client({
      extraGrantTypes: [{ grantType: "client_credentials", reason: "the nightly export job reads run metadata" }],
    });
    expect(withGrant.grantTypes).toEqual(["authorization_code", "refresh_token", "client_credentials"]);
    const synthesized = terraformJson(withGrant.node.scope as TerraformStack);
    expect(at(synthesized, "resource", "auth0_client", "mlflow", "//", "extra_grant_type_reasons")).toEqual({
      client_credentials: "the nightly export job reads run metadata",
    });
    expect(withGrant.node.metadata.map((m) => String(m.data))).toEqual([
      expect.stringContaining(
        'Dashboard "mlflow" enables the client_credentials grant, which lets anyone holding the client secret',
      ),
    ]);
  });

  test("allowed roles must fit Auth0's 255-character metadata limit", () => {
    const roles = Array.from({ length: 30 }, (_, i) => `a-rather-long-role-name-${i}`);
    expect(() => client({ allowedRoles: roles })).toThrow(/limited to 255 characters/);
  });

  test("an unknown role is named along with the known ones", () => {
    const roles = new DashboardRoles(newStack(), "Roles", { roles: { "ml-viewer": "View" } });
    expect(() => roles.role("ml-admin")).toThrow('unknown role "ml-admin"; expected one of "ml-viewer"');
  });

  test("login code must have the shape Auth0 runs", () => {
    expect(
      () =>
        new RoleClaimAction(newStack(), "A", {
          code: "module.exports = {}",
          claimNamespace: "https://ml.example.com/",
        }),
    ).toThrow(/does not define exports.onExecutePostLogin/);
    expect(
      () =>
        new RoleClaimAction(newStack(), "A", {
          code: loginCode.postLoginAction,
          claimNamespace: "https://ml.example.com",
        }),
    ).toThrow(/expected a trailing slash/);
    expect(
      () =>
        new LegacyRoleClaimRule(newStack(), "R", { code: "exports.x = 1", claimNamespace: "https://ml.example.com/" }),
    ).toThrow(/must be a single function \(user, context, callback\)/);
  });

  test("MlDashboardAuth checks each dashboard's roles against the defined roles", () => {
    expect(
      () =>
        new MlDashboardAuth(newStack(), "Auth", {
          connections: {
            database: {
              type: "database",
              name: "ml-users",
              disableSignup: true,
              passwordPolicy: "good",
              otherEnabledClientIds: [],
            },
          },
          roles: { "ml-viewer": "View" },
          dashboards: { mlflow: { name: "MLflow", url: "https://mlflow.example.com", allowedRoles: ["ml-admin"] } },
          loginCode,
        }),
    ).toThrow('unknown role "ml-admin"');
  });
});
