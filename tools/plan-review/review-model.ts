import { AttributeChange } from "./attribute-diff";
import { Danger } from "./danger-model";
import { ChangeAction, ChangeKind } from "./plan-model";

/**
 * The content of a review, independent of its format: the Markdown and the JSON renderers
 * both print exactly this. Nothing in it is a sensitive value.
 */
export interface Review {
  readonly stacks: readonly StackReview[];
  /** Sorted: data loss, then lost protection, then wider access. */
  readonly dangers: readonly Danger[];
  /** The reason given with --allow-danger, if any. */
  readonly approval?: string;
  /** 0: no danger, or danger approved; 2: danger found and not approved. */
  readonly exitCode: 0 | 2;
}

export interface ActionCounts {
  readonly add: number;
  readonly change: number;
  readonly replace: number;
  readonly destroy: number;
  readonly read: number;
  readonly noOp: number;
  /** Removed from state without being destroyed (`removed { lifecycle { destroy = false } }`). */
  readonly forget: number;
  /** Existing objects brought under management by import blocks. */
  readonly import: number;
}

export interface StackReview {
  readonly name: string;
  readonly file: string;
  readonly formatVersion: string;
  readonly terraformVersion?: string;
  readonly counts: ActionCounts;
  /** Terraform's own plan status flags, when it wrote them. */
  readonly errored: boolean;
  readonly complete: boolean;
  /** Changed resources (everything but plain no-ops), sorted by type then address. */
  readonly resources: readonly ResourceReview[];
  /** Changed outputs, sorted by name; each attribute path starts with the output name. */
  readonly outputs: readonly OutputReview[];
  /** Objects that changed outside Terraform since the last apply (`resource_drift`). */
  readonly drift: readonly { readonly address: string; readonly kind: ChangeKind }[];
}

export interface ResourceReview {
  readonly address: string;
  readonly type: string;
  readonly mode: "managed" | "data";
  readonly kind: ChangeKind;
  readonly actions: readonly ChangeAction[];
  /** Terraform's reason, e.g. "replace_because_cannot_update", "read_because_config_unknown". */
  readonly actionReason?: string;
  /** For replacements: the attributes that forced them, as paths. */
  readonly replacePaths: readonly string[];
  readonly previousAddress?: string;
  readonly importing: boolean;
  readonly deposed?: string;
  /**
   * For an update made only of plan-only placeholder values (a pull-request or drift plan, made
   * with `deploy plan --placeholder-passwords`): the attributes they change. Not a real change:
   * the deploy plan, made with the real values, does not show it.
   */
  readonly placeholderOnly?: readonly string[];
  /** Attribute-level changes: every set attribute for a create, the changed ones for an update or replace. */
  readonly attributes: readonly AttributeChange[];
}

export interface OutputReview {
  readonly name: string;
  readonly kind: ChangeKind;
  readonly attributes: readonly AttributeChange[];
}
