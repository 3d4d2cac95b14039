import { evaluate, EvaluationScope } from "./expressions";

/**
 * One typed model of a Terraform stack, read from a synthesized `cdk.tf.json` (ours or anyone's)
 * or from a `terraform show -json` plan (its planned values). The policy checker, plan review,
 * the local tenant and `npm run dev` read stacks through it. It is lenient: it keeps what it
 * finds and leaves judging to its readers (the local tenant layers its own strict checks on top).
 */
export type StackSource = "synthesized" | "plan";

/** What kind of block an element of the stack is. */
export type ElementKind = "resource" | "data" | "provider" | "output" | "variable";

export interface StackElement {
  readonly kind: ElementKind;
  /** Resource or data source type (`auth0_client`), provider name (`auth0`), or "output" / "variable". */
  readonly type: string;
  /** Resource, output or variable name; for providers, the alias or "default". */
  readonly name: string;
  /**
   * Terraform's address: `auth0_client.mlflow`, `module.a.auth0_client.b["x"]`, `provider.auth0`,
   * `output.users`, `var.alice_password`.
   */
  readonly address: string;
  /**
   * The attributes as written (cdk.tf.json: with `${...}` interpolations; plans: the planned values,
   * Terraform having evaluated them). Meta-arguments (`//`, lifecycle, depends_on, ...) are kept
   * out; see `meta`.
   */
  readonly attributes: Readonly<Record<string, unknown>>;
  /**
   * The attributes with every interpolation evaluated as far as possible; what cannot be known is
   * an `Unresolved` value (see expressions.ts).
   */
  readonly values: Readonly<Record<string, unknown>>;
  /** `//` comment, lifecycle, depends_on and other meta-arguments, as written. */
  readonly meta: ElementMeta;
  /** The whole block as written (attributes and meta-arguments; for plans, the planned values). */
  readonly block: Readonly<Record<string, unknown>>;
  /** Addresses (`<type>.<name>`) of the resources this element refers to. */
  readonly references: ReadonlySet<string>;
}

export interface ElementMeta {
  readonly comment: Readonly<Record<string, unknown>>;
  /** `lifecycle.prevent_destroy`; undefined when the source does not say (plans never do). */
  readonly preventDestroy?: boolean;
  /** cdktf's construct path (`//.metadata.path`), when present. */
  readonly constructPath?: string;
}

export interface StackModel {
  readonly source: StackSource;
  /** The file it was read from, as given. */
  readonly file: string;
  /** Stack name: cdktf's `//.metadata.stackName`, the cdktf.out folder, or the file name. */
  readonly name: string;
  /** cdktf's `//.metadata.stackName`, when the stack records one. */
  readonly cdktfStackName?: string;
  readonly elements: readonly StackElement[];
  readonly locals: Readonly<Record<string, unknown>>;
  /** The config file this stack was synthesized from and the config path of each address, when recorded. */
  readonly configSources?: ConfigSources;
}

export interface ConfigSources {
  readonly file: string;
  readonly paths: Readonly<Record<string, string>>;
}

/** Keys of a resource body that are Terraform meta-arguments or cdktf metadata, not attributes. */
export const META_KEYS: ReadonlySet<string> = new Set([
  "//",
  "lifecycle",
  "depends_on",
  "provider",
  "count",
  "for_each",
  "provisioner",
  "connection",
]);

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A scalar as text (a name, an id); anything else gives `fallback`. */
export function asText(value: unknown, fallback = ""): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return fallback;
}

/** A block that may be written as an object or as a one-element list (cdktf writes blocks as lists). */
export function block(value: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(value)) return isObject(value[0]) ? value[0] : undefined;
  return isObject(value) ? value : undefined;
}

/** A read-only index over a stack, for checks that look across resources. */
export class StackIndex {
  private readonly byType = new Map<ElementKind, Map<string, StackElement[]>>();
  private readonly byAddress = new Map<string, StackElement>();
  private readonly referrersByType = new Map<string, Map<string, StackElement[]>>();
  /** Elements by kind, filtered once on first use: several rules target every resource. */
  private readonly byKind = new Map<ElementKind, readonly StackElement[]>();

  constructor(readonly stack: StackModel) {
    for (const element of stack.elements) {
      let ofKind = this.byType.get(element.kind);
      if (ofKind === undefined) this.byType.set(element.kind, (ofKind = new Map<string, StackElement[]>()));
      const sameType = ofKind.get(element.type);
      if (sameType) sameType.push(element);
      else ofKind.set(element.type, [element]);
      this.byAddress.set(element.address, element);
    }
  }

  /** Managed resources of a type. */
  resources(type: string): readonly StackElement[] {
    return this.ofKind("resource", type);
  }

  ofKind(kind: ElementKind, type?: string): readonly StackElement[] {
    if (type !== undefined) return this.byType.get(kind)?.get(type) ?? [];
    let ofKind = this.byKind.get(kind);
    if (ofKind === undefined) {
      ofKind = this.stack.elements.filter((e) => e.kind === kind);
      this.byKind.set(kind, ofKind);
    }
    return ofKind;
  }

  get(address: string): StackElement | undefined {
    return this.byAddress.get(address);
  }

  /**
   * Resources of the given types that refer to `address` (e.g. the connection clients that enable
   * a client). Indexed per type on first use, so that the references of other types (thousands of
   * users) are never worked out.
   */
  referrers(address: string, types: readonly string[]): readonly StackElement[] {
    return types.flatMap((type) => this.referrersAmong(type).get(address) ?? []);
  }

  private referrersAmong(type: string): ReadonlyMap<string, StackElement[]> {
    let byAddress = this.referrersByType.get(type);
    if (byAddress === undefined) {
      byAddress = new Map();
      for (const element of this.resources(type))
        for (const address of element.references) {
          const referrers = byAddress.get(address);
          if (referrers) referrers.push(element);
          else byAddress.set(address, [element]);
        }
      this.referrersByType.set(type, byAddress);
    }
    return byAddress;
  }
}

/** What a reader knows of an element up front: all but what is worked out from its attributes. */
type ElementFields = Omit<StackElement, "values" | "references">;

/**
 * Builds an element whose values and references are worked out on first read, not up front: most
 * elements of a big stack are users, which no check reads the evaluated values of.
 */
export function element(fields: ElementFields, scope: EvaluationScope): StackElement {
  return new LazyElement(fields, scope);
}

class LazyElement implements StackElement {
  readonly kind: ElementKind;
  readonly type: string;
  readonly name: string;
  readonly address: string;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly meta: ElementMeta;
  readonly block: Readonly<Record<string, unknown>>;
  readonly #scope: EvaluationScope;
  #values?: Record<string, unknown>;
  #references?: ReadonlySet<string>;

  constructor(fields: ElementFields, scope: EvaluationScope) {
    this.kind = fields.kind;
    this.type = fields.type;
    this.name = fields.name;
    this.address = fields.address;
    this.attributes = fields.attributes;
    this.meta = fields.meta;
    this.block = fields.block;
    this.#scope = scope;
  }

  get values(): Readonly<Record<string, unknown>> {
    return (this.#values ??= evaluate(this.attributes, this.#scope) as Record<string, unknown>);
  }

  get references(): ReadonlySet<string> {
    return (this.#references ??= referencesIn(this.attributes));
  }
}

const REFERENCE = /\$\{[^}]*?\b((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)\.[A-Za-z_]/g;

/** `<type>.<name>` of every resource referenced in `${...}` interpolations inside a value. */
export function referencesIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") {
    // Most strings hold no interpolation; matchAll copies the pattern on every call.
    if (!value.includes("${")) return into;
    for (const match of value.matchAll(REFERENCE)) {
      const address = match[1];
      if (!/^(var|local|module|path|terraform|self|each|count)\./.test(address)) into.add(address);
    }
  } else if (Array.isArray(value)) for (const item of value) referencesIn(item, into);
  else if (isObject(value)) for (const key of Object.keys(value)) if (key !== "//") referencesIn(value[key], into);
  return into;
}
