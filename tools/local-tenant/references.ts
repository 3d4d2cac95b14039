import { LocalTenantConfigError } from "./errors";

/**
 * Resolves Terraform's `${...}` references in synthesized values, the way they would be after
 * apply. Only references are resolved (var.NAME, local.NAME, TYPE.NAME.ATTRIBUTE); any other
 * expression (a function call, a conditional, a `%{...}` directive) is refused, naming where it
 * is: the local tenant would otherwise emulate something other than what gets deployed.
 */
export interface ReferenceTargets {
  variable(name: string, where: string): unknown;
  local(name: string, where: string): unknown;
  /** A resource attribute, e.g. ("auth0_client", "mlflow", "client_id"). */
  resourceAttribute(type: string, name: string, attribute: string, where: string): unknown;
}

export type Reference =
  | { readonly kind: "var" | "local"; readonly name: string }
  | { readonly kind: "resource"; readonly type: string; readonly name: string; readonly attribute: string };

const VARIABLE_OR_LOCAL = /^(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)$/;
const RESOURCE_ATTRIBUTE = /^([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)\.([a-z_][a-z0-9_]*)$/;

/** Parses one `${...}` expression; undefined when it is not a plain reference. */
export function parseReference(expression: string): Reference | undefined {
  const text = expression.trim();
  const v = VARIABLE_OR_LOCAL.exec(text);
  if (v) return { kind: v[1] as "var" | "local", name: v[2] };
  const r = RESOURCE_ATTRIBUTE.exec(text);
  if (r && r[1] !== "var" && r[1] !== "local" && r[1] !== "data" && r[1] !== "module") {
    return { kind: "resource", type: r[1], name: r[2], attribute: r[3] };
  }
  return undefined;
}

type Part = { literal: string } | { expression: string };

/** Splits a Terraform template string into literals and `${...}` expressions. */
export function splitTemplate(value: string, where: string): Part[] {
  const parts: Part[] = [];
  let literal = "";
  let i = 0;
  while (i < value.length) {
    if (value.startsWith("$${", i) || value.startsWith("%%{", i)) {
      literal += value[i + 1] + "{";
      i += 3;
    } else if (value.startsWith("${", i)) {
      const end = value.indexOf("}", i + 2);
      if (end < 0) throw new LocalTenantConfigError(`${where}: unterminated "\${" in a string; expected \${...}`);
      if (literal) parts.push({ literal });
      literal = "";
      parts.push({ expression: value.slice(i + 2, end) });
      i = end + 1;
    } else if (value.startsWith("%{", i)) {
      throw new LocalTenantConfigError(
        `${where}: template directives (%{...}) cannot be emulated; the local tenant resolves only references (var.NAME, local.NAME, TYPE.NAME.ATTRIBUTE)`,
      );
    } else {
      literal += value[i];
      i += 1;
    }
  }
  if (literal || parts.length === 0) parts.push({ literal });
  return parts;
}

/** Whether a value contains a `${...}` anywhere (so it is computed at apply time). */
export function hasReference(value: unknown): boolean {
  if (typeof value === "string") return /(^|[^$])\$\{/.test(value);
  if (Array.isArray(value)) return value.some(hasReference);
  if (value && typeof value === "object") return Object.values(value).some(hasReference);
  return false;
}

/** Resolves every reference in a JSON value; `where` names it in messages (e.g. auth0_user.alice.password). */
export function resolveValue(value: unknown, where: string, targets: ReferenceTargets): unknown {
  if (typeof value === "string") return resolveString(value, where, targets);
  if (Array.isArray(value)) return value.map((item, index) => resolveValue(item, `${where}[${index}]`, targets));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "//")
        .map(([key, item]) => [key, resolveValue(item, `${where}.${key}`, targets)]),
    );
  }
  return value;
}

function resolveString(value: string, where: string, targets: ReferenceTargets): unknown {
  const parts = splitTemplate(value, where);
  const resolved = parts.map((part) =>
    "literal" in part ? part.literal : { value: resolveExpression(part.expression, where, targets) },
  );
  // "${x}" alone keeps x's type (a list stays a list), as in Terraform.
  if (resolved.length === 1) {
    const only = resolved[0];
    return typeof only === "string" ? only : only.value;
  }
  return resolved
    .map((part, index) => {
      if (typeof part === "string") return part;
      if (typeof part.value === "string" || typeof part.value === "number" || typeof part.value === "boolean")
        return String(part.value);
      const expression = (parts[index] as { expression: string }).expression.trim();
      throw new LocalTenantConfigError(
        `${where}: "\${${expression}}" is not a string, number or bool, so it cannot be part of a string`,
      );
    })
    .join("");
}

function resolveExpression(expression: string, where: string, targets: ReferenceTargets): unknown {
  const reference = parseReference(expression);
  if (!reference) {
    const text = expression.trim();
    if (
      /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) &&
      !["var", "local", "path", "terraform", "self", "count", "each"].includes(text)
    ) {
      // A bare name is no Terraform expression at all: typically JavaScript template-literal
      // syntax in an Action or Rule that was not escaped, so Terraform would fail on it.
      throw new LocalTenantConfigError(
        `${where}: "\${${text}}" is read by Terraform as an interpolation and is not a valid reference, so terraform plan would fail here ("Invalid reference"). ` +
          `If it is JavaScript template-literal syntax, the synthesized value must escape it as "$\${${text}}" (Terraform turns "$\${" back into "\${")`,
      );
    }
    throw new LocalTenantConfigError(
      `${where}: cannot resolve "\${${expression.trim()}}": the local tenant resolves only references (var.NAME, local.NAME, TYPE.NAME.ATTRIBUTE), not Terraform expressions`,
    );
  }
  switch (reference.kind) {
    case "var":
      return targets.variable(reference.name, where);
    case "local":
      return targets.local(reference.name, where);
    default:
      return targets.resourceAttribute(reference.type, reference.name, reference.attribute, where);
  }
}
