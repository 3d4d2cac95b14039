import * as fs from "node:fs";
import * as path from "node:path";
import { Testing } from "../../lib/terraform-cdk";
import fc from "fast-check";
import { ConfigError } from "../../lib/config/config-error";
import { loadEnvironment } from "../../lib/config/load-environment";
import { EnvironmentConfig } from "../../lib/config/schema";
import { DashboardAuthStack } from "../../lib/stack";
import { terraformLiteral } from "../../lib/terraform-literal";
import { MAX_ROLE_NAME_LENGTH } from "../../lib/validation/auth0-limits";
import {
  RESOURCE_KEY_PATTERN,
  roleAddressOf,
  roleNameProblem,
  TERRAFORM_NAME_PATTERN,
  VARIABLE_NAME_PATTERN,
} from "../../lib/validation/names";
import { loginCode, minimalConfig, tempDir, terraformJson, writeConfig } from "../helpers";
import { mustRunTerraform, offlineTerraformEnv, runTerraform } from "../support/terraform";
import { writeStandIn } from "../support/terraform-stand-in";
import { describeWithCommands } from "../support/tools-available";

// Issue 7 item 4: every name the config accepts must give a Terraform address Terraform accepts,
// and no two may collide. Role names are Auth0 names (spaces, ':', '.', leading digits, any
// script); their addresses are derived. Proven with the real `terraform validate`.

const dir = tempDir("names");
const TRICKY_ROLE_NAMES = ["ml:admin", "ml.admin", "1admin", "ML Admin", "constructor", "toString", "hasOwnProperty"];
const TRICKY_KEYS = ["constructor", "valueof", "prototype", "issuer_x", "users", "tenant"];
const TRICKY_VARIABLES = ["constructor", "__proto__", "_", "prototype", "count"];
const TYPES = [
  "auth0_action",
  "auth0_client",
  "auth0_client_credentials",
  "auth0_connection",
  "auth0_connection_clients",
  "auth0_role",
  "auth0_trigger_actions",
  "auth0_user",
  "auth0_user_roles",
];

interface Names {
  readonly roles: string[];
  readonly dashboards: string[];
  readonly users: { key: string; variable: string }[];
}

function configWith(names: Names): unknown {
  const base = minimalConfig();
  return {
    ...base,
    roles: Object.fromEntries(names.roles.map((r) => [r, { description: "A role" }])),
    dashboards: Object.fromEntries(
      names.dashboards.map((key, i) => [
        key,
        {
          clientName: `Dashboard ${i}`,
          url: `https://d${i}.example.com`,
          allowedRoles: [names.roles[i % names.roles.length]],
        },
      ]),
    ),
    users: Object.fromEntries(
      names.users.map((u, i) => [
        u.key,
        { email: `u${i}@example.com`, passwordVariable: u.variable, roles: names.roles.slice(0, i + 1) },
      ]),
    ),
  };
}

/** The parts of a synthesized stack these tests read. */
interface StackJson {
  readonly resource: Record<string, Record<string, { readonly name?: string }>>;
  readonly variable?: Record<string, unknown>;
  readonly output?: Record<string, { readonly sensitive?: boolean }>;
}

function synthesize(environment: EnvironmentConfig): StackJson {
  return terraformJson(new DashboardAuthStack(Testing.app(), { environment, loginCode })) as unknown as StackJson;
}

/** Every name the stack gives Terraform, with what it is. */
function terraformNames(stack: StackJson): string[] {
  return [
    ...Object.entries(stack.resource).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${type}.${n}`)),
    ...Object.keys(stack.variable ?? {}).map((n) => `var.${n}`),
    ...Object.keys(stack.output ?? {}).map((n) => `output.${n}`),
  ];
}

function expectNamesValid(stack: StackJson, names: Names): void {
  for (const name of terraformNames(stack)) {
    expect(name.slice(name.indexOf(".") + 1)).toMatch(TERRAFORM_NAME_PATTERN);
  }
  // Nothing silently dropped or merged: one resource per role, dashboard and user. Names reach
  // Terraform as literals ("%{" written as "%%{").
  expect(Object.keys(stack.resource.auth0_role).sort()).toEqual(names.roles.map(roleAddressOf).sort());
  expect(Object.keys(stack.resource.auth0_client).sort()).toEqual([...names.dashboards].sort());
  expect(Object.keys(stack.resource.auth0_user ?? {}).sort()).toEqual(names.users.map((u) => u.key).sort());
  expect(Object.keys(stack.variable ?? {}).sort()).toEqual(names.users.map((u) => u.variable).sort());
  expect(
    Object.values(stack.resource.auth0_role)
      .map((r) => r.name)
      .sort(),
  ).toEqual(names.roles.map(terraformLiteral).sort());
}

test("role addresses: plain names keep theirs, others get a stable slug and hash", () => {
  expect(roleAddressOf("ml-admin")).toBe("ml-admin");
  expect(roleAddressOf("ML Admin")).toMatch(/^ML_Admin_[0-9a-f]{8}$/);
  expect(roleAddressOf("1admin")).toMatch(/^_1admin_[0-9a-f]{8}$/);
  expect(roleAddressOf("管理者")).toMatch(/^role_[0-9a-f]{8}$/);
  expect(roleAddressOf("ml:admin")).not.toBe(roleAddressOf("ml.admin"));
  expect(roleAddressOf("ML Admin")).toBe(roleAddressOf("ML Admin"));
});

describeWithCommands(["terraform"], "Terraform accepts every name the config accepts", () => {
  const env = offlineTerraformEnv(dir);
  const validate = (stack: StackJson) => {
    writeStandIn(dir, stack, TYPES);
    const result = runTerraform(dir, ["validate", "-no-color"], env);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
  };

  beforeAll(() => {
    writeStandIn(dir, { resource: {} }, TYPES);
    mustRunTerraform(dir, ["init", "-input=false", "-no-color"], env);
  });

  test("the stand-in check itself refuses an invalid name", () => {
    writeStandIn(dir, { resource: { auth0_role: { "ml:admin": {} } } }, TYPES);
    const result = runTerraform(dir, ["validate", "-no-color"], env);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("Invalid resource name");
  });

  test("the names from the issue, and JavaScript's own property names", () => {
    const names: Names = {
      roles: TRICKY_ROLE_NAMES,
      dashboards: ["constructor", "mlflow"],
      users: [
        { key: "constructor", variable: "constructor" },
        { key: "alice", variable: "_x" },
      ],
    };
    const stack = synthesize(loadEnvironment(writeConfig(dir, "tricky", configWith(names))));
    expectNamesValid(stack, names);
    validate(stack);
  });

  test("property: generated role, dashboard and user names synthesize to valid, distinct addresses", () => {
    // The whole space the config accepts: any Unicode text Auth0 takes as a role name.
    const roleName = fc
      .oneof(
        fc.constantFrom(...TRICKY_ROLE_NAMES),
        fc.string({ unit: "binary", minLength: 1, maxLength: MAX_ROLE_NAME_LENGTH }),
        fc.string({ unit: fc.constantFrom(..." :.-_$%{}aA1é管"), minLength: 1, maxLength: 12 }),
      )
      .filter((name) => roleNameProblem(name) === undefined);
    const key = fc.oneof(fc.constantFrom(...TRICKY_KEYS), fc.stringMatching(RESOURCE_KEY_PATTERN));
    const variable = fc.oneof(fc.constantFrom(...TRICKY_VARIABLES), fc.stringMatching(VARIABLE_NAME_PATTERN));
    const names = fc.record({
      roles: fc.uniqueArray(roleName, { minLength: 1, maxLength: 6 }),
      dashboards: fc.uniqueArray(key, { minLength: 1, maxLength: 3 }),
      users: fc.uniqueArray(fc.record({ key, variable }), {
        maxLength: 4,
        selector: (u) => u.key,
      }),
    });
    let synthesized = 0;
    const property = fc.property(names, (generated) => {
      const file = writeConfig(dir, "generated", configWith(generated));
      let environment: EnvironmentConfig;
      try {
        environment = loadEnvironment(file);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        // Refused only for what it must refuse: a second user on one variable, a reserved variable
        // name, a dashboard key whose outputs clash, two role names on one address, or a key
        // named __proto__ (which fast-check generates on purpose, and JavaScript would drop).
        // A dropped __proto__ role also leaves the roles that name it undefined, which is said too.
        const problems = (err as ConfigError).problems;
        const droppedKey = problems.some((p) => p.expected.startsWith('no key named "__proto__"'));
        for (const problem of problems) {
          expect(problem.expected).toMatch(
            droppedKey
              ? /^expected a unique password variable|^expected a variable name Terraform allows|^expected a dashboard key whose outputs|^expected a role name whose Terraform address differs|^no key named "__proto__"|^expected a role defined under "roles"/
              : /^expected a unique password variable|^expected a variable name Terraform allows|^expected a dashboard key whose outputs|^expected a role name whose Terraform address differs|^no key named "__proto__"/,
          );
        }
        return;
      }
      synthesized += 1;
      const stack = synthesize(environment);
      expectNamesValid(stack, generated);
      validate(stack);
    });
    // Refusing is part of the property, but a run that refused nearly every config would prove
    // little, and how many of 30 random configs synthesize varies (10 in one run): rounds of 30 go
    // on until at least 12 have synthesized, at most five rounds.
    for (let round = 0; round < 5 && synthesized < 12; round += 1) fc.assert(property, { numRuns: 30 });
    expect(synthesized).toBeGreaterThanOrEqual(12);
  });
});

test("a role named like a JavaScript built-in is its own resource", () => {
  const config = configWith({ roles: ["constructor", "toString"], dashboards: ["mlflow"], users: [] });
  const stack = synthesize(loadEnvironment(writeConfig(dir, "builtins", config)));
  expect(Object.keys(stack.resource.auth0_role)).toEqual(["constructor", "toString"]);
  expect(fs.existsSync(path.join(dir, "builtins.json"))).toBe(true);
});
