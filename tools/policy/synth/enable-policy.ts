import { Annotations, IAspect, Aspects, TerraformResource, TerraformStack } from "../../../lib/terraform-cdk";
import { IConstruct } from "constructs";
import { ResolvedElement } from "../../../lib/resolved-elements";
import { POLICY_SUPPRESSIONS, synthesizedStack } from "../../stack-model";
import { addressesUnder, addressOf, ConfigSources } from "./config-sources";
import { AppliedSuppression, checkStack, Finding } from "../engine";
import { AUTH0_SECURITY } from "../packs";
import { constructSuppressions } from "./suppress";

/** A suppression from config: `policy.suppressions[i]` of `file`. */
export interface ConfigSuppression {
  readonly rule: string;
  readonly address: string;
  readonly reason: string;
}

export interface StackPolicyOptions {
  /** The config file the stack comes from, as the user names it (e.g. config/prod.json). */
  readonly configFile?: string;
  /**
   * Config path of each construct subtree, e.g. [dashboardConstruct, "dashboards.mlflow"], or of
   * resources by address, e.g. [["auth0_user.alice", "auth0_user_roles.alice"], "users.alice"].
   */
  readonly configPaths?: ReadonlyArray<readonly [IConstruct | readonly string[], string]>;
  /** Config `policy.suppressions`. */
  readonly suppressions?: readonly ConfigSuppression[];
}

/**
 * Runs the auth0-security pack inside `cdktf synth`: an error finding fails synth (cdktf's
 * validation mechanism), so nothing is written, like a config error. Before that, an Aspect
 * records each resource's suppressions (config and construct metadata) in its `//` comment, and
 * the stack records the config path of each resource, so the policy CLI and SARIF see both.
 */
export function enableStackPolicy(stack: TerraformStack, options: StackPolicyOptions = {}): void {
  const suppressionSource = (i: number) => `${options.configFile ?? "config"}: policy.suppressions[${i}]`;
  Aspects.of(stack).add(new SuppressionRecorder(options.suppressions ?? [], suppressionSource));
  stack.node.addValidation({
    validate: () => {
      const errors: string[] = [];
      const addresses = new Set(addressesUnder(stack));
      (options.suppressions ?? []).forEach((s, i) => {
        if (!addresses.has(s.address))
          errors.push(
            `${suppressionSource(i)}.address: ${JSON.stringify(s.address)} is no resource of stack ${stack.node.id}; expected a Terraform address such as auth0_client.<dashboard key> (npm run policy lists the addresses)`,
          );
      });
      // Resolved, the stack is plain JSON values: checked as it is, not copied (a copy of a big
      // stack's JSON was the largest single allocation of synth). Rules only read it.
      const config = stack.toTerraform() as Record<string, unknown>;
      const report = checkStack(synthesizedStack(config, `${stack.node.id} (synth)`, stack.node.id), {
        packs: [AUTH0_SECURITY],
      });
      for (const f of report.findings) {
        if (f.level === "error") errors.push(synthMessage(f));
        else Annotations.of(stack).addWarning(synthMessage(f));
      }
      // Every accepted finding is listed, so that reviewers see what was accepted and why.
      for (const line of acceptedLines(report.suppressions.filter((s) => s.findings.length > 0)))
        Annotations.of(stack).addWarning(line);
      if (errors.length === 0) reuseForTheNextSynthesis(stack, config);
      return errors;
    },
  });
  if (options.configFile && options.configPaths)
    new ConfigSources(stack, "PolicyConfigSources", { file: options.configFile, configPaths: options.configPaths });
}

/**
 * Resolving a stack (toTerraform) is most of synth's cost, and cdktf's synthesizer resolves it
 * again right after the validations. Nothing changes the tree in between (only custom synthesis
 * of assets and the collection of annotations), so the next call returns what the policy checked:
 * synth does that work once, and the JSON written is exactly the JSON checked. Any call after that
 * resolves afresh.
 */
function reuseForTheNextSynthesis(stack: TerraformStack, config: Record<string, unknown>): void {
  const own = Object.getOwnPropertyDescriptor(stack, "toTerraform");
  stack.toTerraform = () => {
    if (own) Object.defineProperty(stack, "toTerraform", own);
    else delete (stack as { toTerraform?: unknown }).toTerraform;
    return config;
  };
}

/** Up to this many resources accepted for the same reason are listed one line each; more share one line. */
export const ACCEPTED_LINES_PER_REASON = 3;

/**
 * The accepted findings as synth lists them: one line per suppression, except that suppressions
 * of one rule with one reason and source (a waiver in config covering every user, say) share a
 * line naming the first few resources and how many more, instead of printing thousands of lines.
 */
export function acceptedLines(applied: readonly AppliedSuppression[]): string[] {
  const groups = new Map<string, AppliedSuppression[]>();
  for (const s of applied) {
    const key = JSON.stringify([s.rule, s.reason.trim(), s.source]);
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const target = (s: AppliedSuppression) => `${s.address}${s.subject ? ` (${s.subject})` : ""}`;
  return [...groups.values()].flatMap((group) => {
    const { rule, reason, source } = group[0];
    const tail = `: ${reason.trim()} (${source})`;
    if (group.length <= ACCEPTED_LINES_PER_REASON)
      return group.map((s) => `policy: accepted ${rule} on ${target(s)}${tail}`);
    const named = group.slice(0, ACCEPTED_LINES_PER_REASON).map(target).join(", ");
    return [
      `policy: accepted ${rule} on ${group.length} resources (${named} and ${group.length - ACCEPTED_LINES_PER_REASON} more)${tail}`,
    ];
  });
}

/** One finding as synth prints it: rule, message, and where it comes from (address, construct, config). */
export function synthMessage(f: Finding): string {
  const where = [
    `address ${f.address}${f.path ? ` (${f.path})` : ""}`,
    f.constructPath ? `construct ${f.constructPath}` : undefined,
    f.config ? `config ${f.config.file}: ${f.config.path}` : undefined,
  ].filter(Boolean);
  const head = `policy ${f.pack}/${f.ruleId}: ${f.message} [${where.join("; ")}]`;
  return f.pack === "policy"
    ? head
    : `${head}. Fix: see npm run policy -- --list; or accept it in config "policy": {"suppressions": [{"rule": "${f.ruleId}", "address": "${f.address}", "reason": "..."}]}`;
}

class SuppressionRecorder implements IAspect {
  /** Config suppressions by address, each with its source. */
  private readonly byAddress = new Map<string, { rule: string; reason: string; source: string }[]>();

  constructor(fromConfig: readonly ConfigSuppression[], sourceOf: (i: number) => string) {
    fromConfig.forEach((s, i) => {
      const list = this.byAddress.get(s.address) ?? [];
      list.push({ rule: s.rule, reason: s.reason, source: sourceOf(i) });
      this.byAddress.set(s.address, list);
    });
  }

  visit(node: IConstruct): void {
    if (TerraformResource.isTerraformResource(node)) {
      const entries = this.entriesFor(this.declaredOn(node), addressOf(node));
      if (entries.length > 0) node.addOverride(`//.${POLICY_SUPPRESSIONS}`, entries);
    } else if (ResolvedElement.isResolvedElement(node)) {
      // Read once for all of the element's resources (thousands of users): they share its ancestors.
      const declared = this.declaredOn(node);
      for (const address of node.addresses) {
        const entries = this.entriesFor(declared, address);
        if (entries.length > 0) node.addComment(address, POLICY_SUPPRESSIONS, entries);
      }
    }
  }

  /** The suppressions declared on `node` or an ancestor, as recorded. */
  private declaredOn(node: IConstruct) {
    return constructSuppressions(node).map((s) => ({
      rule: s.rule,
      reason: s.reason,
      source: `construct metadata on ${s.declaredOn}`,
    }));
  }

  /** The suppressions of the resource at `address`: those `declared` on its construct, then config's. */
  private entriesFor(declared: readonly { rule: string; reason: string; source: string }[], address: string) {
    return [...declared, ...(this.byAddress.get(address) ?? [])];
  }
}
