import { TerraformOutput, TerraformStack } from "./terraform-cdk";
import { Construct } from "constructs";
import { Auth0Provider } from "../.gen/providers/auth0/provider";
import { EnvironmentConfig } from "./config/schema";
import { LoginCode, MlDashboardAuth } from "./constructs/ml-dashboard-auth";
import { dashboardOutputNames, STACK_OUTPUT_NAMES } from "./output-names";
import { stackNameOf } from "./stack-name";
import { addStateBackend } from "./state-backend";
import { terraformLiteral, terraformLiterals } from "./terraform-literal";
import { ResolvedOutput } from "./resolved-elements";
import { enableStackPolicy } from "../tools/policy/synth";

export interface DashboardAuthStackProps {
  readonly environment: EnvironmentConfig;
  readonly loginCode: LoginCode;
  /**
   * The config file, as findings name it (relative to the project folder).
   * @default `config/<environment name>.json`
   */
  readonly configFile?: string;
}

/**
 * One environment's Auth0 tenant: the provider (credentials from AUTH0_* at apply time), the
 * state backend from config, the ML dashboard auth setup, and the outputs dashboards need.
 */
export class DashboardAuthStack extends TerraformStack {
  readonly auth: MlDashboardAuth;

  constructor(scope: Construct, props: DashboardAuthStackProps) {
    const env = props.environment;
    const stackName = stackNameOf(env.name);
    super(scope, stackName);

    // The domain is pinned so that AUTH0_* credentials for another tenant fail instead of
    // applying this environment there. Credentials are never set here: the provider reads
    // AUTH0_CLIENT_ID/AUTH0_CLIENT_SECRET or AUTH0_API_TOKEN from the environment.
    new Auth0Provider(this, "auth0", { domain: env.tenant.domain });
    addStateBackend(this, stackName, env.name, env.backend);

    this.auth = new MlDashboardAuth(this, "MlDashboardAuth", {
      connections: env.connections,
      roles: Object.fromEntries(Object.entries(env.roles).map(([name, role]) => [name, role.description])),
      roleImportIds: Object.fromEntries(
        Object.entries(env.roles).flatMap(([name, role]) => (role.importId ? [[name, role.importId]] : [])),
      ),
      postLoginAdoption: {
        actionImportId: env.loginFlow.actionImportId,
        keepActions: env.loginFlow.postLogin.keepActions,
        importBindings: env.loginFlow.postLogin.importId !== undefined,
      },
      dashboards: Object.fromEntries(
        Object.entries(env.dashboards).map(([key, d]) => [key, { ...d, name: d.clientName }]),
      ),
      users: env.users,
      loginCode: props.loginCode,
      claimNamespace: env.loginFlow.claimNamespace,
      legacyRule: env.loginFlow.legacyRule,
      dataSafety: env.dataSafety,
      allowInsecureLocalhost: env.allowInsecureLocalhost,
    });

    this.addOutputs(env);

    // The auth0-security pack runs inside synth: an error finding fails it and nothing is written.
    const auth = this.auth;
    enableStackPolicy(this, {
      configFile: props.configFile ?? `config/${env.name}.json`,
      suppressions: env.policy.suppressions,
      configPaths: [
        ...[...auth.connections].map(([key, c]) => [c, env.connectionConfigPaths[key]] as const),
        ...[...auth.dashboards].map(([key, d]) => [d, `dashboards.${key}`] as const),
        ...[...auth.users].map(([key, u]) => [u.addresses, `users.${key}`] as const),
        [auth.roles, "roles"],
        [auth, "loginFlow"],
      ],
    });
  }

  // Output names match the environment variables express-openid-connect reads
  // (ISSUER_BASE_URL, BASE_URL, CLIENT_ID, CLIENT_SECRET), prefixed with the dashboard key.
  private addOutputs(env: EnvironmentConfig): void {
    const output = (name: string, value: unknown, description: string, sensitive = false) =>
      new TerraformOutput(this, name, { value, description, sensitive }).overrideLogicalId(name);

    output(STACK_OUTPUT_NAMES.tenantDomain, env.tenant.domain, "Auth0 tenant domain");
    // With a custom domain, Auth0 issues tokens (and serves the login page) under that domain.
    output(
      STACK_OUTPUT_NAMES.issuerBaseUrl,
      `https://${env.tenant.customDomain ?? env.tenant.domain}/`,
      "OIDC issuer of the tenant (ISSUER_BASE_URL)",
    );
    output(
      STACK_OUTPUT_NAMES.claimNamespace,
      terraformLiteral(this.auth.claimNamespace),
      "Namespace of the roles claim; the claim is <namespace>roles",
    );
    for (const [key, dashboard] of this.auth.dashboards) {
      const names = dashboardOutputNames(key);
      output(names.clientId, dashboard.clientId, `Client id of dashboard ${key} (CLIENT_ID)`);
      output(names.clientSecret, dashboard.clientSecret, `Client secret of dashboard ${key} (CLIENT_SECRET)`, true);
      output(names.baseUrl, terraformLiteral(dashboard.url), `Base URL of dashboard ${key} (BASE_URL)`);
      output(names.callbackUrls, terraformLiterals(dashboard.callbackUrls), `Callback URLs of dashboard ${key}`);
      // For the gateway and the generated Grafana/oauth2-proxy settings, which repeat the Action's role check.
      output(
        names.allowedRoles,
        terraformLiterals(env.dashboards[key].allowedRoles),
        `Roles allowed to use dashboard ${key}`,
      );
    }
    // Written as it is: with thousands of users, resolving this one value was most of cdktf's work.
    new ResolvedOutput(this, STACK_OUTPUT_NAMES.users, {
      value: () =>
        Object.fromEntries(
          [...this.auth.users].map(([key, u]) => [key, { email: terraformLiteral(u.email), id: u.userId }]),
        ),
      description: "Provisioned users: Auth0 user id and email, by key",
    });
  }
}
