import { formatPath } from "./attribute-path";
import * as catalog from "./danger-catalog";
import { Danger, DangerCategory, DangerRule } from "./danger-model";
import { changeKind, ChangeKind, isCreateBeforeDestroy, ResourceChange } from "./plan-model";
import {
  added,
  afterOf,
  attr,
  beforeOf,
  block,
  elements,
  MarkedValue,
  scalar,
  singleString,
  StringList,
  stringList,
} from "./plan-values";
import { SecretIndex } from "./secret-index";

/** What the rules know about the stack a change belongs to. */
export interface DangerContext {
  readonly stack: string;
  readonly secrets: SecretIndex;
  /** Role names by role id, from the plan's auth0_role objects. */
  readonly roleNames: ReadonlyMap<string, string>;
  /**
   * True when nothing in the stack exists yet. A first apply widens access relative to nothing
   * by definition, so only settings that are risky in themselves are flagged then.
   */
  readonly firstApply: boolean;
  /** True when the plan imports existing objects: the stack is adopting a tenant that already has content. */
  readonly adopting: boolean;
}

/** Values listed in one danger entry before "and N more". */
const MAX_VALUES_SHOWN = 10;

/** The dangers of one resource change. Data sources are never dangerous: they only read. */
export function dangersOf(rc: ResourceChange, ctx: DangerContext): Danger[] {
  if (rc.mode !== "managed") return [];
  const kind = changeKind(rc.change.actions);
  if (kind === "no-op" || kind === "read" || kind === "forget") return [];
  const found: Danger[] = [];
  const report = (
    rule: DangerRule,
    category: DangerCategory,
    title: string,
    why: string,
    extra: Partial<Danger> = {},
  ) => found.push({ stack: ctx.stack, address: rc.address, rule, category, title, why, ...extra });

  if ((kind === "delete" || kind === "replace") && rc.type in catalog.CRITICAL_RESOURCE_TYPES) {
    const wording = catalog.CRITICAL_RESOURCE_TYPES[rc.type];
    const forcedBy = (rc.change.replace_paths ?? []).map(formatPath);
    report(
      "destroys-critical-resource",
      "data-loss",
      lossTitle(rc),
      kind === "delete" ? wording.deleted : wording.replaced,
      {
        ...listed(forcedBy, "forced by"),
        note: preventDestroyInference(rc),
      },
    );
  }
  const rules = RULES_BY_TYPE[rc.type];
  if (rules !== undefined) for (const rule of rules) rule(rc, kind, ctx, report);
  return found;
}

type Report = (rule: DangerRule, category: DangerCategory, title: string, why: string, extra?: Partial<Danger>) => void;
type Rule = (rc: ResourceChange, kind: ChangeKind, ctx: DangerContext, report: Report) => void;

const RULES_BY_TYPE: Readonly<Record<string, readonly Rule[]>> = {
  auth0_client: [clientGrantTypes, clientUrls],
  auth0_connection: [connectionRenamed, connectionSignup, connectionBruteForce],
  auth0_user_roles: [userRolesGranted],
  auth0_user_role: [userRoleGranted],
  auth0_role_permissions: [rolePermissionsGranted],
  auth0_role_permission: [rolePermissionGranted],
  auth0_trigger_actions: [triggerActionsUnbound, triggerActionsTakenOver],
  auth0_trigger_action: [triggerActionUnbound],
  auth0_action: [actionReplaced],
};

function clientGrantTypes(rc: ResourceChange, kind: ChangeKind, ctx: DangerContext, report: Report): void {
  const after = stringList(attr(afterOf(rc.change), "grant_types"), ctx.secrets);
  if (kind === "create") {
    const risky = after.known.filter((grant) => grant in catalog.RISKY_GRANT_TYPES);
    if (risky.length > 0) {
      const why = `${risky.map((grant) => catalog.RISKY_GRANT_TYPES[grant]).join("; ")}.`;
      report(
        "risky-grant-type",
        "access",
        "risky grant type on a new client",
        capitalize(why),
        listed(risky, "grant types"),
      );
    }
    return;
  }
  if (kind === "delete") return;
  const before = stringList(attr(beforeOf(rc.change), "grant_types"), ctx.secrets);
  reportAdded(before, after, "grant types added", catalog.GRANT_TYPES_ADDED_WHY, "grant-types-added", report);
}

function clientUrls(rc: ResourceChange, kind: ChangeKind, ctx: DangerContext, report: Report): void {
  if (kind !== "update" && kind !== "replace") return; // A new client's URLs widen nothing that existed.
  for (const [name, wording] of Object.entries(catalog.CLIENT_URL_ATTRIBUTES)) {
    const before = stringList(attr(beforeOf(rc.change), name), ctx.secrets);
    const after = stringList(attr(afterOf(rc.change), name), ctx.secrets);
    reportAdded(before, after, wording.title, wording.why, "urls-added", report);
  }
}

/** Reports what `after` adds to `before`, including additions that are known only after apply. */
function reportAdded(
  before: StringList,
  after: StringList,
  title: string,
  why: string,
  rule: DangerRule,
  report: Report,
): void {
  const newValues = added(before.known, after.known);
  const unknown = after.wholeUnknown
    ? "the new list is known only after apply"
    : after.unknownCount > 0
      ? `${after.unknownCount} known only after apply`
      : undefined;
  const hidden =
    after.hiddenCount > before.hiddenCount ? `${after.hiddenCount - before.hiddenCount} sensitive` : undefined;
  if (newValues.length === 0 && unknown === undefined && hidden === undefined) return;
  report(rule, "access", title, why, { ...listed(newValues, "added"), note: joinNotes(unknown, hidden) });
}

/** A new connection name forces replacement: say so in words, next to the data-loss entry. */
function connectionRenamed(rc: ResourceChange, kind: ChangeKind, _ctx: DangerContext, report: Report): void {
  if (kind !== "replace") return;
  const before = scalar(attr(beforeOf(rc.change), "name"));
  const after = scalar(attr(afterOf(rc.change), "name"));
  if (before.kind !== "value" || typeof before.value !== "string") return;
  if (after.kind === "value" && after.value === before.value) return;
  const to = after.kind === "value" && typeof after.value === "string" ? after.value : "(known only after apply)";
  report("connection-renamed", "data-loss", "connection renamed (replaced)", catalog.CONNECTION_RENAMED_WHY, {
    ...listed([before.value, to], "from, to"),
  });
}

/** Database connections let anyone sign up unless disable_signup is true (Auth0's default is false). */
function connectionSignup(rc: ResourceChange, kind: ChangeKind, _ctx: DangerContext, report: Report): void {
  const after = scalar(attr(block(afterOf(rc.change), "options"), "disable_signup"));
  if (kind === "create") {
    const strategy = scalar(attr(afterOf(rc.change), "strategy"));
    const database = strategy.kind === "value" && strategy.value === "auth0";
    if (database && after.kind === "value" && after.value !== true) {
      report(
        "signup-enabled",
        "access",
        "public signup enabled on a new database connection",
        catalog.SIGNUP_ENABLED_WHY,
        {
          note: after.value === false ? undefined : "disable_signup is not set, and Auth0 allows signup by default.",
        },
      );
    }
    return;
  }
  if (kind === "delete") return;
  const before = scalar(attr(block(beforeOf(rc.change), "options"), "disable_signup"));
  if (before.kind === "value" && before.value === true && !(after.kind === "value" && after.value === true)) {
    report("signup-enabled", "access", "disable_signup turned off", catalog.SIGNUP_ENABLED_WHY, {
      note: after.kind === "unknown" ? "The new value is known only after apply." : undefined,
    });
  }
}

/** Auth0 protects against brute force unless brute_force_protection is false. */
function connectionBruteForce(rc: ResourceChange, kind: ChangeKind, _ctx: DangerContext, report: Report): void {
  const after = scalar(attr(block(afterOf(rc.change), "options"), "brute_force_protection"));
  if (kind === "delete") return;
  const turnedOff = after.kind === "value" && after.value === false;
  if (kind === "create") {
    if (turnedOff)
      report(
        "brute-force-protection-off",
        "access",
        "brute_force_protection off on a new connection",
        catalog.BRUTE_FORCE_OFF_NEW_WHY,
      );
    return;
  }
  const before = scalar(attr(block(beforeOf(rc.change), "options"), "brute_force_protection"));
  const wasOn = !(before.kind === "value" && before.value === false);
  if (wasOn && (turnedOff || after.kind === "unknown")) {
    report("brute-force-protection-off", "access", "brute_force_protection turned off", catalog.BRUTE_FORCE_OFF_WHY, {
      note: after.kind === "unknown" ? "The new value is known only after apply." : undefined,
    });
  }
}

function userRolesGranted(rc: ResourceChange, kind: ChangeKind, ctx: DangerContext, report: Report): void {
  if (kind === "delete" || (kind === "create" && ctx.firstApply)) return;
  const before = stringList(attr(beforeOf(rc.change), "roles"), ctx.secrets);
  const after = stringList(attr(afterOf(rc.change), "roles"), ctx.secrets);
  const granted = added(kind === "create" ? [] : before.known, after.known).map((id) => roleLabel(id, ctx));
  reportGrant(granted, after, "role-granted", "roles granted", catalog.ROLE_GRANTED_WHY, report);
}

function userRoleGranted(rc: ResourceChange, kind: ChangeKind, ctx: DangerContext, report: Report): void {
  if (kind === "delete" || (kind === "create" && ctx.firstApply)) return;
  const before = singleString(attr(beforeOf(rc.change), "role_id"), ctx.secrets);
  const after = singleString(attr(afterOf(rc.change), "role_id"), ctx.secrets);
  const granted = added(kind === "create" ? [] : before.known, after.known).map((id) => roleLabel(id, ctx));
  reportGrant(granted, after, "role-granted", "role granted", catalog.ROLE_GRANTED_WHY, report);
}

function rolePermissionsGranted(rc: ResourceChange, kind: ChangeKind, ctx: DangerContext, report: Report): void {
  if (kind === "delete" || (kind === "create" && ctx.firstApply)) return;
  const permission = (element: MarkedValue) => attr(element, "name");
  const before = stringList(attr(beforeOf(rc.change), "permissions"), ctx.secrets, permission);
  const after = stringList(attr(afterOf(rc.change), "permissions"), ctx.secrets, permission);
  const granted = added(kind === "create" ? [] : before.known, after.known);
  reportGrant(
    granted,
    after,
    "permissions-granted",
    "permissions granted to a role",
    catalog.PERMISSIONS_GRANTED_WHY,
    report,
  );
}

function rolePermissionGranted(rc: ResourceChange, kind: ChangeKind, ctx: DangerContext, report: Report): void {
  if (kind !== "create" || ctx.firstApply) return;
  const permission = singleString(attr(afterOf(rc.change), "permission"), ctx.secrets);
  reportGrant(
    permission.known,
    permission,
    "permissions-granted",
    "permission granted to a role",
    catalog.PERMISSIONS_GRANTED_WHY,
    report,
  );
}

function reportGrant(
  granted: readonly string[],
  after: StringList,
  rule: DangerRule,
  title: string,
  why: string,
  report: Report,
): void {
  const unknown = after.wholeUnknown
    ? "which ones is known only after apply"
    : after.unknownCount > 0
      ? `${after.unknownCount} more known only after apply`
      : undefined;
  if (granted.length === 0 && unknown === undefined) return;
  report(rule, "access", title, why, { ...listed(granted, "granted"), note: joinNotes(unknown) });
}

/** Role name and id when the plan has the role, else the id alone. */
function roleLabel(id: string, ctx: DangerContext): string {
  const name = ctx.roleNames.get(id);
  return name === undefined ? id : `${name} (${id})`;
}

function triggerActionsUnbound(rc: ResourceChange, kind: ChangeKind, ctx: DangerContext, report: Report): void {
  if (kind === "create") return;
  const beforeActions = elements(attr(beforeOf(rc.change), "actions"));
  const labelOf = new Map<string, string>();
  for (const action of beforeActions) {
    const id = scalar(attr(action, "id"));
    const name = scalar(attr(action, "display_name"));
    if (id.kind === "value" && typeof id.value === "string") {
      labelOf.set(
        id.value,
        name.kind === "value" && typeof name.value === "string" ? `${name.value} (${id.value})` : id.value,
      );
    }
  }
  const trigger = scalar(attr(beforeOf(rc.change), "trigger"));
  const triggerName =
    trigger.kind === "value" && trigger.value !== undefined
      ? ` from ${ctx.secrets.scrub(typeof trigger.value === "string" ? trigger.value : JSON.stringify(trigger.value))}`
      : "";
  if (kind === "delete" || kind === "replace") {
    if (beforeActions.length === 0) return;
    const title =
      kind === "delete"
        ? `all Actions unbound${triggerName}`
        : `all Actions unbound${triggerName} until the bindings are re-created`;
    report(
      "action-unbound",
      "access",
      title,
      catalog.ACTION_UNBOUND_WHY,
      listed(scrubAll([...labelOf.values()], ctx.secrets), "unbound"),
    );
    return;
  }
  const after = stringList(attr(afterOf(rc.change), "actions"), ctx.secrets, (e) => attr(e, "id"));
  if (after.wholeUnknown) {
    report(
      "action-unbound",
      "access",
      `Action bindings${triggerName} known only after apply`,
      catalog.ACTION_UNBOUND_WHY,
      {
        note: "The new list of bound Actions is known only after apply; check that none is dropped.",
      },
    );
    return;
  }
  const kept = new Set(after.known);
  const removed = scrubAll(
    [...labelOf.keys()].filter((id) => !kept.has(id)).map((id) => labelOf.get(id) ?? id),
    ctx.secrets,
  );
  if (removed.length === 0) return;
  report("action-unbound", "access", `Actions unbound${triggerName}`, catalog.ACTION_UNBOUND_WHY, {
    ...listed(removed, "unbound"),
    note:
      after.unknownCount > 0
        ? `${after.unknownCount} new binding(s) get ids only after apply, which may be these Actions re-created.`
        : undefined,
  });
}

/**
 * auth0_trigger_actions owns the trigger's whole list. Binding this stack's Action on a tenant
 * that already runs other Actions there puts every one of them under this stack: a binding left
 * out of the config is removed on apply (reported by triggerActionsUnbound), and a binding added
 * later by hand is removed on the next apply.
 */
function triggerActionsTakenOver(rc: ResourceChange, kind: ChangeKind, ctx: DangerContext, report: Report): void {
  const trigger = scalar(attr(afterOf(rc.change), "trigger"));
  const triggerName =
    trigger.kind === "value" && typeof trigger.value === "string" ? ` ${ctx.secrets.scrub(trigger.value)}` : "";
  if (kind === "create" && ctx.adopting) {
    report(
      "trigger-list-taken-over",
      "access",
      `Action bindings of${triggerName} set on an adopted tenant without importing them`,
      catalog.TRIGGER_TAKEN_OVER_WHY,
      { note: catalog.TRIGGER_NOT_IMPORTED_NOTE },
    );
    return;
  }
  if (kind !== "update" || rc.change.importing === undefined) return;
  const existing = elements(attr(beforeOf(rc.change), "actions")).flatMap((action) => {
    const id = scalar(attr(action, "id"));
    const name = scalar(attr(action, "display_name"));
    if (id.kind !== "value" || typeof id.value !== "string") return [];
    return [name.kind === "value" && typeof name.value === "string" ? `${name.value} (${id.value})` : id.value];
  });
  if (existing.length === 0) return;
  report(
    "trigger-list-taken-over",
    "access",
    `Action bindings of${triggerName} taken over from an existing tenant`,
    catalog.TRIGGER_TAKEN_OVER_WHY,
    listed(scrubAll(existing, ctx.secrets), "already bound"),
  );
}

function triggerActionUnbound(rc: ResourceChange, kind: ChangeKind, ctx: DangerContext, report: Report): void {
  if (kind !== "delete" && kind !== "replace") return;
  const id = scalar(attr(beforeOf(rc.change), "action_id"));
  const labels = id.kind === "value" && typeof id.value === "string" ? scrubAll([id.value], ctx.secrets) : [];
  report(
    "action-unbound",
    "access",
    kind === "delete" ? "Action unbound" : "Action unbound until the binding is re-created",
    catalog.ACTION_UNBOUND_WHY,
    listed(labels, "unbound"),
  );
}

function actionReplaced(rc: ResourceChange, kind: ChangeKind, _ctx: DangerContext, report: Report): void {
  if (kind === "delete") report("action-replaced", "access", "Action deleted", catalog.ACTION_DELETED_WHY);
  if (kind === "replace") {
    report(
      "action-replaced",
      "access",
      `Action replaced ${replaceOrder(rc)}`,
      catalog.ACTION_REPLACED_WHY,
      listed((rc.change.replace_paths ?? []).map(formatPath), "forced by"),
    );
  }
}

function lossTitle(rc: ResourceChange): string {
  return changeKind(rc.change.actions) === "delete" ? "destroyed" : `replaced ${replaceOrder(rc)}`;
}

function replaceOrder(rc: ResourceChange): string {
  return isCreateBeforeDestroy(rc.change.actions) ? "(create, then delete)" : "(delete, then create)";
}

/**
 * Why prevent_destroy did not stop a destroy. Terraform refuses to plan destroying an object
 * whose configuration sets it, so the setting is absent, unless the resource block itself
 * (and its lifecycle with it) was removed from the configuration.
 */
function preventDestroyInference(rc: ResourceChange): string {
  const blockRemoved =
    rc.action_reason === "delete_because_no_resource_config" || rc.action_reason === "delete_because_no_module";
  return blockRemoved
    ? "Its resource block was removed from the configuration, and any prevent_destroy with it."
    : "prevent_destroy is not set on it (Terraform would have refused this plan otherwise).";
}

/** `values` and `valuesLabel` for a danger, capped at MAX_VALUES_SHOWN. */
function listed(values: readonly string[], label: string): Partial<Danger> {
  if (values.length === 0) return {};
  const shown = values.slice(0, MAX_VALUES_SHOWN);
  if (values.length > MAX_VALUES_SHOWN) shown.push(`and ${values.length - MAX_VALUES_SHOWN} more`);
  return { values: shown, valuesLabel: label };
}

function scrubAll(values: readonly string[], secrets: SecretIndex): string[] {
  return values.filter((value) => secrets.scrub(value) === value);
}

function joinNotes(...notes: (string | undefined)[]): string | undefined {
  const present = notes.filter((n): n is string => n !== undefined);
  return present.length === 0 ? undefined : `${capitalize(present.join("; "))}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
