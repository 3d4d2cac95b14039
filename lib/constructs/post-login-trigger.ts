import { Construct } from "constructs";
import { Action } from "../../.gen/providers/auth0/action";
import { TriggerActions } from "../../.gen/providers/auth0/trigger-actions";
import { terraformLiteral } from "../terraform-literal";
import { importExisting } from "./import-existing";
import { ACTION_ID_HINT, ACTION_ID_PATTERN, POST_LOGIN_TRIGGER_ID } from "../validation/import-ids";

export interface BoundAction {
  readonly action: Action;
  readonly name: string;
}

/** An Action this stack does not manage that was bound before adoption and stays bound. */
export interface KeptBinding {
  readonly actionId: string;
  readonly displayName: string;
}

export interface PostLoginTriggerProps {
  /** Actions to run after login, in this order (after `keptActions`). */
  readonly actions: readonly BoundAction[];
  /**
   * Actions bound before this stack adopted the tenant; they run first, in this order.
   * @default none
   */
  readonly keptActions?: readonly KeptBinding[];
  /**
   * Import the tenant's existing post-login bindings (the import id is the trigger id), so the
   * plan shows the list before and after.
   * @default false
   */
  readonly importExisting?: boolean;
}

/**
 * The tenant's post-login flow (`auth0_trigger_actions`). It owns the whole ordered list of
 * bound Actions: any Action bound by hand in the dashboard is unbound on the next apply, unless
 * it is listed in `keptActions`.
 */
export class PostLoginTrigger extends Construct {
  readonly binding: TriggerActions;

  constructor(scope: Construct, id: string, props: PostLoginTriggerProps) {
    super(scope, id);
    const where = `PostLoginTrigger ${this.node.path}`;
    if (props.actions.length === 0) {
      throw new Error(`${where}: expected at least one Action to bind`);
    }
    const kept = props.keptActions ?? [];
    for (const k of kept) {
      if (!ACTION_ID_PATTERN.test(k.actionId)) {
        throw new Error(
          `${where}: kept Action id ${JSON.stringify(k.actionId)} is invalid; expected ${ACTION_ID_HINT}`,
        );
      }
    }
    this.binding = new TriggerActions(this, "Binding", {
      trigger: POST_LOGIN_TRIGGER_ID,
      actions: [
        ...kept.map((k) => ({ id: k.actionId, displayName: terraformLiteral(k.displayName) })),
        ...props.actions.map((a) => ({ id: a.action.id, displayName: a.name })),
      ],
    });
    this.binding.overrideLogicalId("post_login");
    if (props.importExisting) {
      importExisting(where, this.binding, POST_LOGIN_TRIGGER_ID, { pattern: /^post-login$/, hint: "post-login" });
    }
  }
}
