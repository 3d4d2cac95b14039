import * as fs from "node:fs";
import * as path from "node:path";
import { generate } from "selfsigned";
import { loadEnvironment } from "../../lib/config/load-environment";
import { completeEnvironment, EnvironmentConfig, environmentSchema } from "../../lib/config/schema";
import { CONNECTION_TYPES } from "../../lib/validation/connection-types";
import { minimalConfig, PROJECT_ROOT, synthEnvironment, tempDir, writeConfig } from "../helpers";

const PROVIDER_SCHEMA = path.join(PROJECT_ROOT, "..", "shared", "auth0-provider", "schema-1.55.0.json");

/** One federated connection of each type, as config. */
const FEDERATED: Record<string, Record<string, unknown>> = {
  corp: {
    type: "oidc",
    name: "corp-sso",
    displayName: "Example Corp SSO",
    issuer: "https://sso.example.com/",
    clientId: "ml-dashboards",
    clientSecretVariable: "corp_client_secret",
    scopes: ["openid", "profile", "email", "groups"],
    keepClaims: ["department"],
    groupRoles: { "ml-team": ["ml-viewer"] },
    allowedEmailDomains: ["example.com"],
  },
  okta: {
    type: "okta",
    name: "okta-workforce",
    domain: "example.okta.com",
    clientId: "0oa1example",
    clientSecretVariable: "okta_client_secret",
    groupRoles: { "ML Team": ["ml-viewer"] },
  },
  entra: {
    type: "waad",
    name: "entra-id",
    tenantDomain: "example.onmicrosoft.com",
    domainAliases: ["example.com"],
    clientId: "6731de76-14a6-49ae-97bc-6eba6914391e",
    clientSecretVariable: "entra_client_secret",
    groupRoles: { "ML Platform Admins": ["ml-viewer"] },
  },
  saml: {
    type: "samlp",
    name: "corp-saml",
    signInUrl: "https://idp.example.com/saml/sso",
    signOutUrl: "https://idp.example.com/saml/slo",
    signingCert: { variable: "saml_signing_cert" },
    attributeMappings: { email: "mail", groups: ["memberOf", "groups"] },
    groupRoles: { "cn=ml-team,ou=groups,dc=example,dc=com": ["ml-viewer"] },
  },
  google: {
    type: "google-oauth2",
    name: "google-workspace",
    clientId: "1234.apps.googleusercontent.com",
    clientSecretVariable: "google_client_secret",
    allowedEmailDomains: ["example.com"],
  },
};

function federatedEnvironment(): EnvironmentConfig {
  const config = minimalConfig() as Record<string, unknown>;
  delete config.connection;
  config.connections = { users: { type: "database", name: "ml-users" }, ...FEDERATED };
  return completeEnvironment("test", environmentSchema.parse(config));
}

type JsonObject = { [key: string]: unknown };

interface SchemaBlock {
  attributes?: Record<string, { type: unknown; required?: boolean; optional?: boolean; computed?: boolean }>;
  block_types?: Record<string, { block: SchemaBlock; max_items?: number }>;
}

interface ConnectionJson {
  strategy: string;
  options: {
    client_secret?: string;
    signing_cert?: string;
    set_user_root_attributes?: string;
    scopes?: string[];
    attribute_map?: { attributes: string; mapping_mode: string };
  };
}

interface StackJson {
  resource: {
    auth0_connection: Record<string, ConnectionJson>;
    auth0_connection_clients: Record<string, { connection_id: string; enabled_clients: string[] }>;
    auth0_connection_client?: unknown;
    auth0_action: { role_claim: { secrets: { name: string; value: string }[] } };
  };
  variable?: Record<string, JsonObject>;
}

const stackJson = (text: string) => JSON.parse(text) as StackJson;
const resourcesOf = (json: StackJson, type: string) =>
  (json.resource as unknown as Record<string, Record<string, JsonObject>>)[type];

/** Every problem of a resource body against the provider's schema block (unknown attribute, wrong type, missing required). */
function schemaProblems(value: JsonObject, block: SchemaBlock, where: string): string[] {
  const problems: string[] = [];
  const attributes = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "//" || key === "lifecycle" || key === "depends_on") continue;
    if (key in attributes) {
      const a = attributes[key];
      if (a.computed && !a.optional && !a.required) problems.push(`${where}.${key} is computed only`);
      if (!typeMatches(v, a.type))
        problems.push(`${where}.${key}: ${JSON.stringify(v)} is not ${JSON.stringify(a.type)}`);
    } else if (key in blocks) {
      const nested = blocks[key];
      const items = (Array.isArray(v) ? v : [v]) as JsonObject[];
      if (nested.max_items !== undefined && items.length > nested.max_items) problems.push(`${where}.${key}: too many`);
      items.forEach((item, i) => problems.push(...schemaProblems(item, nested.block, `${where}.${key}[${i}]`)));
    } else {
      problems.push(`${where}.${key} is not in the provider schema`);
    }
  }
  for (const [key, a] of Object.entries(attributes)) {
    if (a.required && !(key in value)) problems.push(`${where}.${key} is required`);
  }
  return problems;
}

function typeMatches(value: unknown, type: unknown): boolean {
  if (typeof value === "string" && value.startsWith("${")) return true; // a reference, typed by Terraform
  if (type === "string") return typeof value === "string";
  if (type === "bool") return typeof value === "boolean";
  if (type === "number") return typeof value === "number";
  if (Array.isArray(type) && (type[0] === "list" || type[0] === "set"))
    return Array.isArray(value) && value.every((v) => typeMatches(v, type[1]));
  if (Array.isArray(type) && type[0] === "map")
    return typeof value === "object" && value !== null && Object.values(value).every((v) => typeMatches(v, type[1]));
  return true;
}

describe("connections of every type, synthesized", () => {
  const json = stackJson(synthEnvironment(federatedEnvironment()));
  const connections = json.resource.auth0_connection;

  test("one auth0_connection per config entry; the database connection keeps the address auth0_connection.database", () => {
    expect(Object.keys(connections).sort()).toEqual(["corp", "database", "entra", "google", "okta", "saml"]);
    expect(Object.fromEntries(Object.entries(connections).map(([k, c]) => [k, c.strategy]))).toEqual({
      database: "auth0",
      corp: "oidc",
      okta: "okta",
      entra: "waad",
      saml: "samlp",
      google: "google-oauth2",
    });
    expect(CONNECTION_TYPES).toHaveLength(6);
  });

  test.each(Object.keys(FEDERATED))("%s matches its snapshot", (key) => {
    expect(connections[key]).toMatchSnapshot();
  });

  const schemaTest = fs.existsSync(PROVIDER_SCHEMA) ? test : test.skip;
  if (!fs.existsSync(PROVIDER_SCHEMA))
    console.warn(`skipped: the provider schema ${PROVIDER_SCHEMA} is not here (it comes with ../shared)`);
  schemaTest("every connection and client list fits the auth0 provider's schema (v1.55.0)", () => {
    const schema = JSON.parse(fs.readFileSync(PROVIDER_SCHEMA, "utf8")) as {
      provider_schemas: Record<string, { resource_schemas: Record<string, { block: SchemaBlock }> }>;
    };
    const resources = Object.values(schema.provider_schemas)[0].resource_schemas;
    const problems: string[] = [];
    for (const type of ["auth0_connection", "auth0_connection_clients", "auth0_action"]) {
      for (const [name, body] of Object.entries(resourcesOf(json, type)))
        problems.push(...schemaProblems(body, resources[type].block, `${type}.${name}`));
    }
    expect(problems).toEqual([]);
  });

  test("upstream client secrets are sensitive variables; no secret value is in the stack", () => {
    for (const key of ["corp", "okta", "entra", "google"]) {
      const variable = (FEDERATED[key] as { clientSecretVariable: string }).clientSecretVariable;
      expect(connections[key].options.client_secret).toBe(`\${var.${variable}}`);
      expect(json.variable?.[variable]).toMatchObject({ sensitive: true, type: "string", nullable: false });
    }
    expect(connections.saml.options.signing_cert).toBe("${base64encode(var.saml_signing_cert)}");
  });

  test("every federated connection copies the IdP's attributes at each login, so group changes apply at the next login", () => {
    for (const key of Object.keys(FEDERATED))
      expect(connections[key].options.set_user_root_attributes).toBe("on_each_login");
  });

  test("OIDC keeps only the listed claims, the groups claim as `groups`, with Auth0's ${...} escaped from Terraform", () => {
    const map = JSON.parse(connections.corp.options.attribute_map!.attributes.replace(/\$\$\{/g, "${")) as unknown;
    expect(map).toEqual({
      email: "${context.tokenset.email}",
      email_verified: "${context.tokenset.email_verified}",
      name: "${context.tokenset.name}",
      groups: "${context.tokenset.groups}",
      department: "${context.tokenset.department}",
    });
    expect(connections.corp.options.attribute_map?.mapping_mode).toBe("use_map");
    expect(connections.okta.options.attribute_map?.mapping_mode).toBe("use_map");
  });

  test("Entra ID asks for groups (ext_groups) only when it maps groups", () => {
    expect(connections.entra.options.scopes).toEqual(["basic_profile", "ext_profile", "ext_groups"]);
  });

  test("each dashboard is enabled on the connections it lists (default: all), through one auth0_connection_clients each", () => {
    const clients = json.resource.auth0_connection_clients;
    expect(Object.keys(clients).sort()).toEqual(Object.keys(connections).sort());
    for (const [key, c] of Object.entries(clients)) {
      expect(c.connection_id).toBe(`\${auth0_connection.${key}.id}`);
      expect(c.enabled_clients).toEqual(["${auth0_client.mlflow.client_id}"]);
    }
    expect(json.resource.auth0_connection_client).toBeUndefined();
  });

  test("the Action gets the group mappings and email domains as data, in the CONNECTION_ACCESS secret", () => {
    const secrets = json.resource.auth0_action.role_claim.secrets;
    const access = JSON.parse(secrets.find((s) => s.name === "CONNECTION_ACCESS")!.value) as unknown;
    expect(access).toEqual({
      "corp-sso": { groupRoles: { "ml-team": ["ml-viewer"] }, allowedEmailDomains: ["example.com"] },
      "okta-workforce": { groupRoles: { "ML Team": ["ml-viewer"] } },
      "entra-id": { groupRoles: { "ML Platform Admins": ["ml-viewer"] } },
      "corp-saml": { groupRoles: { "cn=ml-team,ou=groups,dc=example,dc=com": ["ml-viewer"] } },
      "google-workspace": { allowedEmailDomains: ["example.com"] },
    });
  });

  test("a dashboard limited to some connections is enabled only on those", () => {
    const environment = federatedEnvironment();
    const limited = {
      ...environment,
      dashboards: { mlflow: { ...environment.dashboards.mlflow, connections: ["corp", "users"] } },
    };
    const limitedJson = stackJson(
      synthEnvironment({
        ...limited,
        connections: { users: environment.connections.users, corp: environment.connections.corp },
      }),
    );
    expect(Object.keys(limitedJson.resource.auth0_connection).sort()).toEqual(["corp", "database"]);
  });
});

describe("moving from the single connection block to connections", () => {
  test("a legacy config and its connections equivalent synthesize the same database connection and client list", () => {
    const legacy = minimalConfig();
    const migrated = {
      ...minimalConfig(),
      connection: undefined,
      connections: { users: { type: "database", name: "ml-users" } },
    };
    const a = stackJson(synthEnvironment(completeEnvironment("test", environmentSchema.parse(legacy))));
    const b = stackJson(synthEnvironment(completeEnvironment("test", environmentSchema.parse(migrated))));
    expect(b.resource.auth0_connection).toEqual(a.resource.auth0_connection);
    expect(b.resource.auth0_connection_clients).toEqual(a.resource.auth0_connection_clients);
    expect(Object.keys(a.resource.auth0_connection)).toEqual(["database"]);
  });
});

describe("SAML signing certificate from a file", () => {
  const dir = tempDir("saml");

  test("is read relative to the config file and sent base64-encoded, as Auth0 takes it", async () => {
    const pems = await generate([{ name: "commonName", value: "idp.example.com" }], { keySize: 2048 });
    fs.mkdirSync(path.join(dir, "certs"), { recursive: true });
    fs.writeFileSync(path.join(dir, "certs", "idp.pem"), pems.cert);
    const env = loadEnvironment(writeConfigSync("certs/idp.pem"));
    const json = stackJson(synthEnvironment(env));
    const cert = Buffer.from(json.resource.auth0_connection.saml.options.signing_cert!, "base64").toString("utf8");
    expect(cert.trim()).toBe(pems.cert.trim());
    expect(json.variable?.saml_signing_cert).toBeUndefined();
  });

  test("a missing file, a non-certificate and a private key are config errors that show no key", async () => {
    expect(() => loadEnvironment(writeConfigSync("missing.pem"))).toThrow(
      /\$\.connections\.saml\.signingCert\.file: a readable PEM file, relative to the config file's folder; found "missing\.pem" \(ENOENT\)/,
    );
    fs.writeFileSync(path.join(dir, "junk.pem"), "hello");
    expect(() => loadEnvironment(writeConfigSync("junk.pem"))).toThrow(/an X\.509 certificate in PEM/);
    const pems = await generate([{ name: "commonName", value: "idp.example.com" }], { keySize: 2048 });
    fs.writeFileSync(path.join(dir, "key.pem"), `${pems.cert}\n${pems.private}`);
    let message = "";
    try {
      loadEnvironment(writeConfigSync("key.pem"));
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/only the IdP's public signing certificate: delete the private key/);
    expect(message).not.toContain(pems.private.split("\n")[1]);
  });

  function writeConfigSync(file: string): string {
    const config = minimalConfig() as Record<string, unknown>;
    delete config.connection;
    config.connections = {
      users: { type: "database", name: "ml-users" },
      saml: { ...FEDERATED.saml, signingCert: { file } },
    };
    return writeConfig(dir, "saml", config);
  }
});
