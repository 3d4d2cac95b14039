import { ElementKind, StackElement, StackIndex } from "../stack-model";

/** Folders of rules, by the part of Auth0 they check. */
export type RuleFamily =
  "clients" | "connections" | "login-code" | "users" | "tenant" | "outputs" | "variables" | "provider" | "anywhere";

/** One thing a rule found wrong with an element, or could not verify. */
export interface Problem {
  /** One line; never quotes a secret value. */
  readonly message: string;
  /** The attribute it is about, e.g. `callbacks[0]`. */
  readonly path?: string;
  /** A detail a recorded reason can name (e.g. the grant type a reason accepts). */
  readonly subject?: string;
  /** The value is hidden in an interpolation that cannot be evaluated before apply. */
  readonly unverifiable?: boolean;
  /**
   * Lowers an error to a warning for a documented, recorded opt-in (e.g. Rules under the legacy
   * option). The rule's documentation says when.
   */
  readonly downgraded?: string;
}

/**
 * What a rule applies to: elements of one kind (resource, provider, output, variable), every
 * element ("any"), or the stack as a whole ("stack", once per stack).
 */
export interface RuleTarget {
  readonly kind: ElementKind | "any" | "stack";
  /** Resource types, for kind "resource"; every type when absent. */
  readonly types?: readonly string[];
}

export const NOT_APPLICABLE = "not-applicable" as const;
export type RuleResult = readonly Problem[] | typeof NOT_APPLICABLE;

/**
 * A check: a pure function of one element and a read-only index of its stack. It returns the
 * problems it found (none: compliant) or NOT_APPLICABLE. Wording of what it protects (id,
 * level, title, why, fix) lives in the packs, not here.
 */
export interface Rule {
  /** The file's name: what it checks, e.g. "client-grant-types". */
  readonly name: string;
  readonly family: RuleFamily;
  readonly target: RuleTarget;
  check(element: StackElement, index: StackIndex): RuleResult;
}

/** The element a stack-wide rule receives. */
export const STACK_ELEMENT_ADDRESS = "(stack)";
