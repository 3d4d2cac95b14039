import { Annotations } from "../terraform-cdk";
import { Construct } from "constructs";
import { Client } from "../../.gen/providers/auth0/client";
import { ClientCredentials } from "../../.gen/providers/auth0/client-credentials";
import {
  DEFAULT_GRANT_TYPES,
  isOptInGrantType,
  MIN_REASON_LENGTH,
  OPT_IN_GRANT_TYPES,
} from "../validation/grant-types";
import { MAX_METADATA_VALUE_LENGTH } from "../validation/auth0-limits";
import { CLIENT_ID_HINT, CLIENT_ID_PATTERN } from "../validation/import-ids";
import { importExisting } from "./import-existing";
import { RESOURCE_KEY_HINT, RESOURCE_KEY_PATTERN } from "../validation/names";
import { baseUrlProblem, joinUrl, originOf, originProblem, redirectUrlProblem, UrlPolicy } from "../validation/urls";
import { terraformLiteral, terraformLiterals } from "../terraform-literal";
// Key names the tools read back from the synthesized stack live with the stack model.
import {
  ALLOWED_ROLES_METADATA_KEY,
  DASHBOARD_KEY_METADATA_KEY,
  DASHBOARD_METADATA_KEY,
  DASHBOARD_METADATA_VALUE,
  GRANT_TYPE_REASONS,
} from "../../tools/stack-model/keys";

export interface ExtraGrantType {
  readonly grantType: string;
  /** Why this dashboard needs it; shown at synth time so that reviewers see it. */
  readonly reason: string;
}

export interface DashboardClientProps {
  /** Stable key of the dashboard; the Terraform resource name (`auth0_client.<key>`). */
  readonly key: string;
  /** Application name shown on the login page. */
  readonly name: string;
  /** @default no description */
  readonly description?: string;
  /** Base URL of the dashboard, e.g. https://mlflow.example.com. */
  readonly url: string;
  /** @default [`<url>/callback`] */
  readonly callbackUrls?: readonly string[];
  /** @default [`<url>`] */
  readonly logoutUrls?: readonly string[];
  /** @default [origin of `url`] */
  readonly allowedOrigins?: readonly string[];
  /** @default [origin of `url`] */
  readonly webOrigins?: readonly string[];
  /** Roles that may log in; written to client_metadata for the post-login Action. */
  readonly allowedRoles: readonly string[];
  /**
   * Grant types beyond authorization_code and refresh_token, each with a reason.
   * @default none
   */
  readonly extraGrantTypes?: readonly ExtraGrantType[];
  /**
   * Accept http://localhost URLs.
   * @default false
   */
  readonly allowInsecureLocalhost?: boolean;
  /** @default 3600 */
  readonly idTokenLifetimeSeconds?: number;
  /** @default 604800 (7 days) */
  readonly refreshTokenLifetimeSeconds?: number;
  /** @default 86400 (1 day) */
  readonly refreshTokenIdleLifetimeSeconds?: number;
  /**
   * Client id of an existing application to adopt; deployed dashboards keep their client id.
   * @default none: Terraform creates the application
   */
  readonly importId?: string;
}

/**
 * The Auth0 application of one dashboard: a confidential regular web app using the
 * authorization code flow, RS256 ID tokens and rotating refresh tokens, plus its client
 * credentials (`auth0_client_credentials`), from which the dashboard server reads its secret.
 */
export class DashboardClient extends Construct {
  readonly client: Client;
  readonly credentials: ClientCredentials;
  readonly key: string;
  readonly url: string;
  readonly callbackUrls: readonly string[];
  readonly grantTypes: readonly string[];

  constructor(scope: Construct, id: string, props: DashboardClientProps) {
    super(scope, id);
    const where = `DashboardClient ${this.node.path}`;
    const fail = (field: string, value: unknown, problem: string): never => {
      throw new Error(`${where}: ${field} ${JSON.stringify(value)} is invalid: ${problem}`);
    };
    if (!RESOURCE_KEY_PATTERN.test(props.key)) fail("key", props.key, `expected ${RESOURCE_KEY_HINT}`);
    const policy: UrlPolicy = { allowInsecureLocalhost: props.allowInsecureLocalhost ?? false };
    const urlProblem = baseUrlProblem(props.url, policy);
    if (urlProblem) fail("url", props.url, urlProblem);

    const origin = originOf(props.url);
    const checked = (field: string, urls: readonly string[], check: typeof redirectUrlProblem) => {
      for (const u of urls) {
        const problem = check(u, policy);
        if (problem) fail(field, u, problem);
      }
      return [...urls];
    };
    this.key = props.key;
    this.url = props.url;
    this.callbackUrls = checked(
      "callbackUrls",
      props.callbackUrls ?? [joinUrl(props.url, "callback")],
      redirectUrlProblem,
    );
    const logoutUrls = checked("logoutUrls", props.logoutUrls ?? [props.url], redirectUrlProblem);
    const allowedOrigins = checked("allowedOrigins", props.allowedOrigins ?? [origin], originProblem);
    const webOrigins = checked("webOrigins", props.webOrigins ?? [origin], originProblem);

    if (props.allowedRoles.length === 0) fail("allowedRoles", props.allowedRoles, "expected at least one role");
    const allowedRoles = JSON.stringify(props.allowedRoles);
    if (allowedRoles.length > MAX_METADATA_VALUE_LENGTH) {
      fail(
        "allowedRoles",
        props.allowedRoles,
        `Auth0 stores them in client metadata, limited to ${MAX_METADATA_VALUE_LENGTH} characters; use fewer or shorter roles`,
      );
    }

    const extra = props.extraGrantTypes ?? [];
    for (const g of extra) {
      if (!isOptInGrantType(g.grantType)) {
        fail("extraGrantTypes", g.grantType, `expected one of ${Object.keys(OPT_IN_GRANT_TYPES).join(", ")}`);
      }
      if (g.reason.trim().length < MIN_REASON_LENGTH) {
        fail("extraGrantTypes", g.grantType, `needs a reason of at least ${MIN_REASON_LENGTH} characters`);
      }
      Annotations.of(this).addWarning(
        `Dashboard "${props.key}" enables the ${g.grantType} grant, which ${OPT_IN_GRANT_TYPES[g.grantType as keyof typeof OPT_IN_GRANT_TYPES]}. Stated reason: ${g.reason.trim()}`,
      );
    }
    this.grantTypes = [...DEFAULT_GRANT_TYPES, ...extra.map((g) => g.grantType)];

    const idTokenLifetime = props.idTokenLifetimeSeconds ?? 3600;
    const refreshLifetime = props.refreshTokenLifetimeSeconds ?? 604800;
    const refreshIdleLifetime = props.refreshTokenIdleLifetimeSeconds ?? 86400;
    if (refreshIdleLifetime > refreshLifetime) {
      fail(
        "refreshTokenIdleLifetimeSeconds",
        refreshIdleLifetime,
        `expected at most refreshTokenLifetimeSeconds (${refreshLifetime})`,
      );
    }

    this.client = new Client(this, "Client", {
      name: terraformLiteral(props.name),
      description: props.description === undefined ? undefined : terraformLiteral(props.description),
      appType: "regular_web",
      isFirstParty: true,
      oidcConformant: true,
      crossOriginAuth: false,
      callbacks: terraformLiterals(this.callbackUrls),
      allowedLogoutUrls: terraformLiterals(logoutUrls),
      allowedOrigins: terraformLiterals(allowedOrigins),
      webOrigins: terraformLiterals(webOrigins),
      grantTypes: this.grantTypes as string[],
      clientMetadata: {
        [DASHBOARD_METADATA_KEY]: DASHBOARD_METADATA_VALUE,
        [DASHBOARD_KEY_METADATA_KEY]: props.key,
        // Role names may hold "${", which Terraform would read as interpolation.
        [ALLOWED_ROLES_METADATA_KEY]: terraformLiteral(allowedRoles),
      },
      jwtConfiguration: { alg: "RS256", lifetimeInSeconds: idTokenLifetime },
      refreshToken: {
        rotationType: "rotating",
        expirationType: "expiring",
        tokenLifetime: refreshLifetime,
        idleTokenLifetime: refreshIdleLifetime,
        infiniteTokenLifetime: false,
        infiniteIdleTokenLifetime: false,
        leeway: 0,
      },
    });
    this.client.overrideLogicalId(props.key);
    if (extra.length > 0) {
      // Recorded next to the resource (a `//` comment, ignored by Terraform) for policy checks and reviewers.
      this.client.addOverride(
        `//.${GRANT_TYPE_REASONS}`,
        Object.fromEntries(extra.map((g) => [g.grantType, terraformLiteral(g.reason.trim())])),
      );
    }

    this.credentials = new ClientCredentials(this, "Credentials", {
      clientId: this.client.clientId,
      authenticationMethod: "client_secret_post",
    });
    this.credentials.overrideLogicalId(props.key);
    const idRule = { pattern: CLIENT_ID_PATTERN, hint: CLIENT_ID_HINT };
    importExisting(where, this.client, props.importId, idRule);
    importExisting(where, this.credentials, props.importId, idRule);
  }

  get clientId(): string {
    return this.client.clientId;
  }

  /** The client secret (sensitive: expose it only through sensitive outputs). */
  get clientSecret(): string {
    return this.credentials.clientSecret;
  }
}
