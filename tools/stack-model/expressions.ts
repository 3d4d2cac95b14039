/**
 * Evaluates the Terraform expressions found in a synthesized stack's string values, as far as
 * they can be evaluated without Terraform: literals (`${"https://..."}`), lists, objects, locals
 * and a set of pure functions (`tolist`, `toset`, `concat`, `lower`, ...). What depends on
 * apply time (variables, resource attributes) or on syntax outside that subset comes back as an
 * `Unresolved` value, so that a check can say "cannot verify" instead of passing it silently.
 */

/** A value that cannot be known before apply (or not without Terraform). */
export class Unresolved {
  constructor(
    /** The expression, as written (without `${` `}`). */
    readonly expression: string,
    /** Why it cannot be evaluated here. */
    readonly reason: string,
  ) {}
}

export const isUnresolved = (value: unknown): value is Unresolved => value instanceof Unresolved;

/** Locals of the stack, by name (raw, unevaluated). */
export interface EvaluationScope {
  readonly locals: Readonly<Record<string, unknown>>;
}

const APPLY_TIME = "a value known only at apply time";

/** Evaluates every `${...}` inside a JSON value (strings, lists, objects). `//` comments are kept as they are. */
export function evaluate(value: unknown, scope: EvaluationScope): unknown {
  return new Evaluator(scope).value(value);
}

/** Whether a string holds a `${...}` interpolation (`$${` is Terraform's escape for a literal `${`). */
export function hasInterpolation(text: string): boolean {
  return /(^|[^$])\$\{/.test(text) || /(^|[^%])%\{/.test(text);
}

/** obj[key] = value as an own property, also for a "__proto__" key (a JSON file may have one). */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** Index of the next "$" or "%" in `text` at or after `from`, or its length if there is none. */
function nextMarker(text: string, from: number): number {
  const dollar = text.indexOf("$", from);
  const percent = text.indexOf("%", from);
  return Math.min(dollar < 0 ? text.length : dollar, percent < 0 ? text.length : percent);
}

class Evaluator {
  private readonly localsInProgress = new Set<string>();
  private readonly localValues = new Map<string, unknown>();

  constructor(private readonly scope: EvaluationScope) {}

  /**
   * The value with its interpolations evaluated. What holds none is returned as it is, not
   * copied: a stack's values then share most of their memory with its attributes.
   */
  value(value: unknown): unknown {
    if (typeof value === "string") return this.template(value);
    // Loops that copy only once something changed: this runs on every value of every resource.
    if (Array.isArray(value)) {
      let items: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const evaluated = this.value(item);
        if (items === undefined && evaluated !== item) items = value.slice(0, i);
        items?.push(evaluated);
      }
      return items ?? value;
    }
    if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      let copy: Record<string, unknown> | undefined;
      const keys = Object.keys(record);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const item = record[key];
        const evaluated = key === "//" ? item : this.value(item);
        if (copy === undefined && evaluated !== item) {
          copy = {};
          for (let j = 0; j < i; j++) setOwn(copy, keys[j], record[keys[j]]);
        }
        if (copy !== undefined) setOwn(copy, key, evaluated);
      }
      return copy ?? value;
    }
    return value;
  }

  /** A Terraform template string: literal text with `${...}` interpolations. */
  template(text: string): unknown {
    // Every interpolation, directive and escape starts with "${" or "%{" ("$${" and "%%{" hold them too):
    // most strings have none, and are their own value.
    if (!text.includes("${") && !text.includes("%{")) return text;
    const parts: Array<{ literal: string } | { expression: string }> = [];
    let literal = "";
    let i = 0;
    while (i < text.length) {
      // Literal text up to the next "$" or "%" is copied at once: only those can start something.
      const next = nextMarker(text, i);
      if (next > i) {
        literal += text.slice(i, next);
        i = next;
        continue;
      }
      if (text.startsWith("$${", i) || text.startsWith("%%{", i)) {
        literal += `${text[i + 1]}{`;
        i += 3;
      } else if (text.startsWith("${", i)) {
        const end = closingBrace(text, i + 2);
        if (end < 0) return new Unresolved(text, 'an unterminated "${"');
        if (literal) parts.push({ literal });
        literal = "";
        parts.push({ expression: text.slice(i + 2, end) });
        i = end + 1;
      } else if (text.startsWith("%{", i)) {
        return new Unresolved(text, "a template directive (%{...})");
      } else {
        literal += text[i];
        i += 1;
      }
    }
    if (literal || parts.length === 0) parts.push({ literal });
    const values = parts.map((part) => ("literal" in part ? part.literal : this.expression(part.expression)));
    // "${x}" alone keeps x's type (a list stays a list), as in Terraform.
    if (values.length === 1) return values[0];
    const unresolved = values.find(isUnresolved);
    if (unresolved) return new Unresolved(text, unresolved.reason);
    if (values.some((v) => v !== null && typeof v === "object"))
      return new Unresolved(text, "a list or object inside a string");
    return values.map((v) => String(v)).join("");
  }

  expression(source: string): unknown {
    let parser: ExpressionParser;
    try {
      parser = new ExpressionParser(source);
      const node = parser.parse();
      return this.node(node, source);
    } catch (err) {
      if (err instanceof UnsupportedSyntax) return new Unresolved(source.trim(), err.message);
      throw err;
    }
  }

  private node(node: Node, source: string): unknown {
    switch (node.kind) {
      case "literal":
        return typeof node.value === "string" ? this.template(node.value) : node.value;
      case "tuple": {
        const items = node.items.map((item) => this.node(item, source));
        return items;
      }
      case "object": {
        const out: Record<string, unknown> = {};
        for (const [key, item] of node.entries) out[key] = this.node(item, source);
        return out;
      }
      case "reference":
        return this.reference(node.path, source);
      case "call": {
        const args = node.args.map((arg) => this.node(arg, source));
        const unresolved = findUnresolved(args);
        if (unresolved) return new Unresolved(source.trim(), unresolved.reason);
        const fn = FUNCTIONS[node.name];
        if (!fn) return new Unresolved(source.trim(), `the function ${node.name}() is not evaluated here`);
        try {
          return fn(args);
        } catch {
          return new Unresolved(source.trim(), `${node.name}() was given arguments it cannot take`);
        }
      }
    }
  }

  private reference(path: readonly string[], source: string): unknown {
    if (path[0] === "local" && path.length >= 2) {
      const value = this.local(path[1], source);
      return path.length === 2 || isUnresolved(value)
        ? value
        : new Unresolved(source.trim(), "an attribute of a local");
    }
    if (path[0] === "var") return new Unresolved(source.trim(), "a variable, set at apply time");
    return new Unresolved(source.trim(), APPLY_TIME);
  }

  private local(name: string, source: string): unknown {
    if (this.localValues.has(name)) return this.localValues.get(name);
    if (!Object.prototype.hasOwnProperty.call(this.scope.locals, name))
      return new Unresolved(source.trim(), `local.${name} is not defined in the stack`);
    if (this.localsInProgress.has(name)) return new Unresolved(source.trim(), `local.${name} refers to itself`);
    this.localsInProgress.add(name);
    const value = this.value(this.scope.locals[name]);
    this.localsInProgress.delete(name);
    this.localValues.set(name, value);
    return value;
  }
}

function findUnresolved(value: unknown): Unresolved | undefined {
  if (isUnresolved(value)) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUnresolved(item);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) {
      const found = findUnresolved(item);
      if (found) return found;
    }
  }
  return undefined;
}

const strings = (args: unknown[]): string[] =>
  args.map((a) => {
    if (typeof a === "string") return a;
    if (typeof a === "number" || typeof a === "boolean") return String(a);
    throw new Error("expected a string");
  });
const list = (value: unknown): unknown[] => {
  if (!Array.isArray(value)) throw new Error("expected a list");
  return value;
};
const distinct = (items: unknown[]) => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** Pure Terraform functions evaluated here; they behave as Terraform's on the values they accept. */
const FUNCTIONS: Readonly<Record<string, (args: unknown[]) => unknown>> = {
  tolist: ([value]) => list(value),
  toset: ([value]) => distinct(list(value)),
  tuple: (args) => args,
  concat: (args) => args.flatMap(list),
  compact: ([value]) => list(value).filter((item) => item !== "" && item !== null),
  distinct: ([value]) => distinct(list(value)),
  flatten: ([value]) => list(value).flat(Infinity),
  lower: (args) => strings(args)[0].toLowerCase(),
  upper: (args) => strings(args)[0].toUpperCase(),
  trimspace: (args) => strings(args)[0].trim(),
  tostring: (args) => strings(args)[0],
  tonumber: ([value]) => {
    const n = Number(value);
    if (Number.isNaN(n)) throw new Error("not a number");
    return n;
  },
  tobool: ([value]) => {
    if (value === true || value === "true") return true;
    if (value === false || value === "false") return false;
    throw new Error("not a bool");
  },
  join: ([separator, value]) => strings(list(value)).join(strings([separator])[0]),
  jsonencode: ([value]) => JSON.stringify(value),
  coalesce: (args) => args.find((a) => a !== null && a !== ""),
};

/** Index of the `}` closing an interpolation that starts at `from`, skipping quoted strings and nested braces. */
function closingBrace(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = endOfString(text, i);
      if (i < 0) return -1;
    } else if (c === "{") depth += 1;
    else if (c === "}") {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return -1;
}

/** Index of the closing quote of a string literal that opens at `from` (nested `${...}` skipped). */
function endOfString(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === "\\") i += 1;
    else if (text.startsWith("${", i) && text[i - 1] !== "$") {
      const end = closingBrace(text, i + 2);
      if (end < 0) return -1;
      i = end;
    } else if (text[i] === '"') return i;
  }
  return -1;
}

type Node =
  | { kind: "literal"; value: string | number | boolean | null }
  | { kind: "tuple"; items: Node[] }
  | { kind: "object"; entries: Array<[string, Node]> }
  | { kind: "reference"; path: string[] }
  | { kind: "call"; name: string; args: Node[] };

class UnsupportedSyntax extends Error {}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;

/** A recursive-descent parser for the expression subset above; anything else throws UnsupportedSyntax. */
class ExpressionParser {
  private position = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.expression();
    this.skipSpace();
    if (this.position < this.source.length)
      throw new UnsupportedSyntax("an operator, conditional or other expression not evaluated here");
    return node;
  }

  private expression(): Node {
    this.skipSpace();
    const rest = this.source.slice(this.position);
    if (rest.startsWith('"')) return this.stringLiteral();
    if (rest.startsWith("[")) return this.tuple();
    if (rest.startsWith("{")) return this.object();
    if (rest.startsWith("(")) {
      this.position += 1;
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      this.position += number[0].length;
      return { kind: "literal", value: Number(number[0]) };
    }
    const name = IDENTIFIER.exec(rest);
    if (!name) throw new UnsupportedSyntax("an expression not evaluated here");
    this.position += name[0].length;
    if (name[0] === "true" || name[0] === "false") return { kind: "literal", value: name[0] === "true" };
    if (name[0] === "null") return { kind: "literal", value: null };
    this.skipSpace();
    if (this.peek("(")) return this.call(name[0]);
    return this.reference(name[0]);
  }

  private stringLiteral(): Node {
    const end = endOfString(this.source, this.position);
    if (end < 0) throw new UnsupportedSyntax("an unterminated string");
    const raw = this.source.slice(this.position + 1, end);
    this.position = end + 1;
    return { kind: "literal", value: unescapeHcl(raw) };
  }

  private tuple(): Node {
    this.position += 1;
    const items: Node[] = [];
    this.skipSpace();
    while (!this.peek("]")) {
      if (this.source.slice(this.position).startsWith("for ")) throw new UnsupportedSyntax("a for expression");
      items.push(this.expression());
      this.skipSpace();
      if (this.peek(",")) this.position += 1;
      else if (!this.peek("]")) throw new UnsupportedSyntax("an expression not evaluated here");
      this.skipSpace();
    }
    this.position += 1;
    return { kind: "tuple", items };
  }

  private object(): Node {
    this.position += 1;
    const entries: Array<[string, Node]> = [];
    this.skipSpace();
    while (!this.peek("}")) {
      const keyNode = this.expression();
      let key: string;
      if (keyNode.kind === "literal" && typeof keyNode.value === "string") key = keyNode.value;
      else if (keyNode.kind === "reference" && keyNode.path.length === 1) key = keyNode.path[0];
      else throw new UnsupportedSyntax("an object key that is not a name or string");
      this.skipSpace();
      if (this.peek("=") || this.peek(":")) this.position += 1;
      else throw new UnsupportedSyntax("an expression not evaluated here");
      entries.push([key, this.expression()]);
      this.skipSpace();
      if (this.peek(",")) this.position += 1;
      this.skipSpace();
    }
    this.position += 1;
    return { kind: "object", entries };
  }

  private call(name: string): Node {
    this.position += 1;
    const args: Node[] = [];
    this.skipSpace();
    while (!this.peek(")")) {
      args.push(this.expression());
      this.skipSpace();
      if (this.source.slice(this.position).startsWith("...")) throw new UnsupportedSyntax("argument expansion (...)");
      if (this.peek(",")) this.position += 1;
      else if (!this.peek(")")) throw new UnsupportedSyntax("an expression not evaluated here");
      this.skipSpace();
    }
    this.position += 1;
    return { kind: "call", name, args };
  }

  private reference(first: string): Node {
    const path = [first];
    for (;;) {
      if (this.peek(".")) {
        this.position += 1;
        const name = IDENTIFIER.exec(this.source.slice(this.position));
        if (!name) throw new UnsupportedSyntax("a splat or index expression");
        path.push(name[0]);
        this.position += name[0].length;
      } else if (this.peek("[")) {
        throw new UnsupportedSyntax("an index expression");
      } else return { kind: "reference", path };
    }
  }

  private peek(text: string): boolean {
    return this.source.startsWith(text, this.position);
  }

  private expect(text: string): void {
    this.skipSpace();
    if (!this.peek(text)) throw new UnsupportedSyntax("an expression not evaluated here");
    this.position += text.length;
  }

  private skipSpace(): void {
    while (this.position < this.source.length && /\s/.test(this.source[this.position])) this.position += 1;
  }
}

/** HCL string escapes: \" \\ \n \r \t \uXXXX. */
function unescapeHcl(raw: string): string {
  return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_, esc: string) => {
    switch (esc[0]) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "\t";
      case "u":
      case "U":
        return String.fromCodePoint(parseInt(esc.slice(1), 16));
      default:
        return esc;
    }
  });
}
