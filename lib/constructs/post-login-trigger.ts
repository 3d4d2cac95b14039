import { Construct } from "constructs";
import { Action } from "../../.gen/providers/auth0/action";
import { TriggerActions } from "../../.gen/providers/auth0/trigger-actions";

export interface BoundAction {
  readonly action: Action;
  readonly name: string;
}

export interface PostLoginTriggerProps {
  /** Actions to run after login, in this order. */
  readonly actions: readonly BoundAction[];
}

/**
 * The tenant's post-login flow (`auth0_trigger_actions`). It owns the whole ordered list of
 * bound Actions: any Action bound by hand in the dashboard is unbound on the next apply.
 */
export class PostLoginTrigger extends Construct {
  readonly binding: TriggerActions;

  constructor(scope: Construct, id: string, props: PostLoginTriggerProps) {
    super(scope, id);
    if (props.actions.length === 0) {
      throw new Error(`PostLoginTrigger ${this.node.path}: expected at least one Action to bind`);
    }
    this.binding = new TriggerActions(this, "Binding", {
      trigger: "post-login",
      actions: props.actions.map((a) => ({ id: a.action.id, displayName: a.name })),
    });
    this.binding.overrideLogicalId("post_login");
  }
}
