import { LocalTenantConfigError } from "./errors";
import { parseReference, splitTemplate } from "./references";
import { StackFile } from "./stack-file";

/** Terraform variable values, as `terraform apply` would have them. */
export interface ResolvedVariables {
  readonly values: ReadonlyMap<string, unknown>;
  /** Names of variables declared `sensitive`: values derived from them are never printed. */
  readonly sensitive: ReadonlySet<string>;
}

/** Values of TF_VAR_<name> in an environment. */
export function variablesFromEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith("TF_VAR_") && value !== undefined) out[key.slice("TF_VAR_".length)] = value;
  }
  return out;
}

/** Where each variable is used, e.g. alice_password -> ["auth0_user.alice.password"]. */
export function variableUses(stack: StackFile): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const scan = (value: unknown, where: string): void => {
    if (typeof value === "string") {
      if (!value.includes("${")) return;
      let parts: ReturnType<typeof splitTemplate>;
      try {
        parts = splitTemplate(value, where);
      } catch {
        return; // reported when the value is resolved
      }
      for (const part of parts) {
        if (!("expression" in part)) continue;
        const ref = parseReference(part.expression);
        if (ref?.kind === "var") uses.set(ref.name, [...(uses.get(ref.name) ?? []), where]);
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => scan(item, `${where}[${i}]`));
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) if (key !== "//") scan(item, `${where}.${key}`);
    }
  };
  for (const r of stack.resources) scan(r.body, r.address);
  for (const [name, body] of Object.entries(stack.outputs)) scan(body.value, `output.${name}`);
  for (const [name, value] of Object.entries(stack.locals)) scan(value, `local.${name}`);
  return uses;
}

const LENGTH_CONDITION = /^\$\{\s*length\(\s*var\.([A-Za-z_][A-Za-z0-9_-]*)\s*\)\s*(>=|>|<=|<|==|!=)\s*(\d+)\s*\}$/;

/**
 * Every declared variable needs a value, as in `terraform apply`: the given one, else its
 * default. Validations are checked too (the `length(var.x) >= N` form the stack uses); a
 * validation the local tenant cannot evaluate is refused rather than skipped.
 */
export function resolveVariables(stack: StackFile, provided: Readonly<Record<string, string>>): ResolvedVariables {
  const uses = variableUses(stack);
  const values = new Map<string, unknown>();
  const sensitive = new Set<string>();
  for (const [name, declaration] of Object.entries(stack.variables)) {
    const where = `${stack.file}: variable "${name}"`;
    if (declaration.sensitive === true) sensitive.add(name);
    const usedBy = uses.get(name);
    const usedByText = usedBy ? ` (used by ${usedBy.slice(0, 3).join(", ")}${usedBy.length > 3 ? ", ..." : ""})` : "";
    let value: unknown;
    if (Object.prototype.hasOwnProperty.call(provided, name)) {
      value = convert(provided[name], declaration.type, `${where}: TF_VAR_${name}`);
    } else if (declaration.default !== undefined && declaration.default !== null) {
      value = declaration.default;
    } else {
      throw new LocalTenantConfigError(
        `${where}${usedByText} has no value: set TF_VAR_${name}, as for terraform apply`,
      );
    }
    const validations = Array.isArray(declaration.validation) ? declaration.validation : [];
    for (const validation of validations as Array<Record<string, unknown>>) {
      const condition = typeof validation.condition === "string" ? validation.condition : "";
      const match = LENGTH_CONDITION.exec(condition);
      if (!match || match[1] !== name) {
        throw new LocalTenantConfigError(
          `${where}: validation condition ${JSON.stringify(condition)} cannot be evaluated by the local tenant; it evaluates only length(var.${name}) <op> N`,
        );
      }
      const length = typeof value === "string" ? [...value].length : Array.isArray(value) ? value.length : NaN;
      const limit = Number(match[3]);
      const ok = {
        ">=": length >= limit,
        ">": length > limit,
        "<=": length <= limit,
        "<": length < limit,
        "==": length === limit,
        "!=": length !== limit,
      }[match[2] as ">=" | ">" | "<=" | "<" | "==" | "!="];
      if (!ok) {
        const message =
          typeof validation.error_message === "string"
            ? validation.error_message
            : `length(var.${name}) ${match[2]} ${limit} does not hold`;
        throw new LocalTenantConfigError(`${where} (TF_VAR_${name}) is invalid: ${message}`);
      }
    }
    values.set(name, value);
  }
  return { values, sensitive };
}

function convert(raw: string, type: unknown, where: string): unknown {
  if (type === undefined || type === "string") return raw;
  if (type === "number") {
    const n = Number(raw);
    if (raw.trim() === "" || Number.isNaN(n)) throw new LocalTenantConfigError(`${where}: expected a number`);
    return n;
  }
  if (type === "bool") {
    if (raw !== "true" && raw !== "false") throw new LocalTenantConfigError(`${where}: expected true or false`);
    return raw === "true";
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new LocalTenantConfigError(`${where}: a variable of type ${JSON.stringify(type)} must be given as JSON`);
  }
}
