import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Location, Log, ReportingDescriptor, Result } from "sarif";
import { Finding, StackReport, SUPPRESSION_INVALID, SUPPRESSION_UNMATCHED } from "../engine";
import { Pack } from "../packs";
import { jsonLocation, parseJsonPath } from "./json-location";

export const SARIF_TOOL_NAME = "ml-dashboard-auth-policy";
const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const DOCS = "README.md#policy-rules";

/** A path as SARIF wants it: relative to the working folder (the repository root in CI), else a file URL. */
function artifactUri(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith("..") || path.isAbsolute(relative)
    ? pathToFileURL(path.resolve(file)).href
    : relative.split(path.sep).join("/");
}

/** Where a finding points: the config file and JSON path that caused it, else the stack file and resource. */
function locationOf(f: Finding): Location {
  const logical = [{ fullyQualifiedName: f.address, kind: "resource" }];
  if (f.config) {
    const at = jsonLocation(f.config.file, parseJsonPath(f.config.path));
    return {
      physicalLocation: {
        artifactLocation: { uri: artifactUri(f.config.file) },
        region: { startLine: at?.line ?? 1, startColumn: at?.column ?? 1 },
      },
      logicalLocations: logical,
      message: { text: `${f.config.path} (${f.address})` },
    };
  }
  const [type, name] = f.address.split(".");
  const at =
    f.address.includes(".") && !f.address.startsWith("module.")
      ? jsonLocation(
          f.file,
          f.address.startsWith("output.") || f.address.startsWith("var.") || f.address.startsWith("provider.")
            ? [{ output: "output", var: "variable", provider: "provider" }[type] as string, name]
            : ["resource", type, name],
        )
      : undefined;
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(f.file) },
      region: { startLine: at?.line ?? 1, startColumn: at?.column ?? 1 },
    },
    logicalLocations: logical,
  };
}

function result(f: Finding, ruleIndex: Map<string, number>, suppression?: { reason: string; source: string }): Result {
  return {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: f.level,
    message: { text: `${f.address}${f.path ? ` (${f.path})` : ""}: ${f.message}` },
    locations: [locationOf(f)],
    partialFingerprints: {
      "policyFinding/v1": `${f.stack}|${f.ruleId}|${f.address}|${f.path ?? ""}|${f.subject ?? ""}`,
    },
    properties: {
      stack: f.stack,
      address: f.address,
      pack: f.pack,
      unverifiable: f.unverifiable,
      ...(f.constructPath ? { constructPath: f.constructPath } : {}),
    },
    ...(suppression
      ? {
          suppressions: [
            { kind: "external", status: "accepted", justification: `${suppression.reason} (${suppression.source})` },
          ],
        }
      : {}),
  };
}

/** SARIF 2.1.0 for GitHub code scanning: every rule, every finding, every suppressed finding with its reason. */
export function sarifReport(reports: readonly StackReport[], packs: readonly Pack[]): Log {
  const rules: ReportingDescriptor[] = packs.flatMap((pack) =>
    pack.rules.map((r) => ({
      id: r.id,
      name: r.rule.name,
      shortDescription: { text: r.title },
      fullDescription: { text: r.why },
      help: {
        text: `${r.why}\nFix: ${r.fix}\nSuppress: policy.suppressions [{"rule": "${r.id}", "address": "<type>.<name>", "reason": "..."}]`,
      },
      defaultConfiguration: { level: r.level },
      properties: { pack: pack.name, family: r.rule.family, tags: [pack.name, r.rule.family, "auth0"] },
    })),
  );
  for (const [id, text] of [
    [SUPPRESSION_UNMATCHED, "A suppression matches no finding"],
    [SUPPRESSION_INVALID, "A suppression is not valid"],
  ])
    rules.push({
      id,
      shortDescription: { text },
      fullDescription: { text },
      help: { text: `${text}: remove or correct it (see ${DOCS}).` },
      defaultConfiguration: { level: "error" },
      properties: { pack: "policy", tags: ["policy"] },
    });
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Result[] = reports.flatMap((report) => [
    ...report.findings.map((f) => result(f, ruleIndex)),
    ...report.suppressions.flatMap((s) => s.findings.map((f) => result(f, ruleIndex, s))),
  ]);
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: SARIF_TOOL_NAME, rules } },
        results,
        columnKind: "unicodeCodePoints",
      },
    ],
  };
}
