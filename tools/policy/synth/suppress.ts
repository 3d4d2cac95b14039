import { IConstruct } from "constructs";

/** Construct metadata type of a policy suppression (read by the synth-time policy aspect). */
export const POLICY_SUPPRESSION_METADATA = "ml-dashboard-auth/policy-suppression";

export interface ConstructSuppression {
  readonly rule: string;
  readonly reason: string;
  /** Path of the construct it was declared on (set when read back). */
  readonly declaredOn?: string;
}

/**
 * Accepts findings of `rule` on every resource in `scope` (the construct itself or its
 * children), for stacks built in code. The reason is recorded in the synthesized stack next
 * to each resource and listed in every report, like a config suppression.
 */
export function suppressPolicy(scope: IConstruct, rule: string, reason: string): void {
  scope.node.addMetadata(POLICY_SUPPRESSION_METADATA, { rule, reason } satisfies ConstructSuppression);
}

/** Suppressions on a construct and its ancestors. */
export function constructSuppressions(scope: IConstruct): ConstructSuppression[] {
  return scope.node.scopes.flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === POLICY_SUPPRESSION_METADATA)
      .map((m) => ({ ...(m.data as ConstructSuppression), declaredOn: c.node.path })),
  );
}
