import { IConstruct } from "constructs";
import { TerraformElement, TerraformStack } from "./terraform-cdk";

/** Terraform JSON blocks: `{ resource: { <type>: { <name>: {...} } }, variable: {...} }`. */
export type TerraformBlocks = Record<string, Record<string, unknown>>;

/** One resource of a ResolvedElement, as it writes it. */
export interface ResolvedResource {
  readonly type: string;
  readonly name: string;
  /** Construct path recorded in the resource's `//.metadata.path`, as cdktf records it. */
  readonly path: string;
  /**
   * The attributes, already resolved: plain JSON values, no tokens. A new object on every call of
   * resolvedBlocks(): terraformJson() writes the resource's `//` comment into it and takes it over.
   */
  readonly attributes: Record<string, unknown>;
  /** Keys of the attributes that cdktf would list as overrides in the stack's metadata. */
  readonly overrides: readonly string[];
}

/**
 * Terraform blocks that come by the thousand (an environment's users, and the output listing
 * them), written as plain JSON instead of one cdktf construct each. A construct costs about a
 * millisecond per resource at synth: cdktf creates tokens with a captured stack trace, and resolves
 * every value three times (prepare, element, stack). These blocks hold only strings from config and
 * a few references, so a subclass resolves each reference once and writes the rest as it is; the
 * stack merges the result after cdktf has resolved everything else (`mergeOnSynth`). Each resource
 * carries the same `//` metadata a construct's would, and policy suppressions reach it through
 * `addComment`.
 */
export abstract class ResolvedElement extends TerraformElement {
  private static readonly MARK = Symbol.for("ml-dashboard-auth/ResolvedElement");
  private readonly comments = new Map<string, Record<string, unknown>>();
  private addressSet?: ReadonlySet<string>;

  constructor(scope: IConstruct, id: string) {
    super(scope, id);
    Object.defineProperty(this, ResolvedElement.MARK, { value: true });
    mergeOnSynth(TerraformStack.of(this));
  }

  static isResolvedElement(x: unknown): x is ResolvedElement {
    return typeof x === "object" && x !== null && ResolvedElement.MARK in x;
  }

  /** `<type>.<name>` of every resource, in the order written. */
  get addresses(): readonly string[] {
    return [];
  }

  /** The resources, and any other blocks (variables, outputs), with every reference resolved. */
  protected abstract resolvedBlocks(): { resources: readonly ResolvedResource[]; blocks: TerraformBlocks };

  /** Adds `key` to the `//` comment of the resource at `address` (Terraform ignores `//`). */
  addComment(address: string, key: string, value: unknown): void {
    this.addressSet ??= new Set(this.addresses);
    if (!this.addressSet.has(address)) throw new Error(`${this.node.path}: no resource ${address}`);
    const comment = this.comments.get(address) ?? {};
    comment[key] = value;
    this.comments.set(address, comment);
  }

  /** Nothing for cdktf to resolve: the stack merges `terraformJson()` instead. */
  override toTerraform(): Record<string, unknown> {
    return {};
  }

  /** The JSON this element adds to the stack, including the stack metadata cdktf would record. */
  terraformJson(): TerraformBlocks {
    const { resources, blocks } = this.resolvedBlocks();
    const json: TerraformBlocks = resources.length > 0 ? { ...blocks, resource: {} } : { ...blocks };
    const overrides: Record<string, string[]> = {};
    for (const r of resources) {
      const address = `${r.type}.${r.name}`;
      const extra = this.comments.get(address);
      const keys = [...r.overrides, ...(extra && !r.overrides.includes("//") ? ["//"] : [])];
      const own = (r.attributes["//"] ?? {}) as Record<string, unknown>;
      const byName = ((json.resource as Record<string, Record<string, unknown>>)[r.type] ??= {});
      r.attributes["//"] = { metadata: { path: r.path, uniqueId: r.name }, ...own, ...extra };
      byName[r.name] = r.attributes;
      if (keys.length > 0) (overrides[r.type] ??= []).push(...keys);
    }
    if (Object.keys(overrides).length > 0) json["//"] = { ...json["//"], metadata: { overrides } };
    return json;
  }
}

export interface ResolvedOutputProps {
  /** The output's value: plain JSON, every reference in it already a `${...}` string. */
  readonly value: () => unknown;
  readonly description: string;
  /** @default false */
  readonly sensitive?: boolean;
}

/**
 * A Terraform output whose value is written as it is (see ResolvedElement): the users output,
 * whose value grows with the users. Named like TerraformOutput after overrideLogicalId(id), and
 * listed in the stack's `//.outputs` as cdktf lists outputs.
 */
export class ResolvedOutput extends ResolvedElement {
  constructor(
    scope: IConstruct,
    id: string,
    private readonly props: ResolvedOutputProps,
  ) {
    super(scope, id);
  }

  protected resolvedBlocks(): { resources: readonly ResolvedResource[]; blocks: TerraformBlocks } {
    const { description, sensitive = false, value } = this.props;
    const name = this.node.id;
    const outputs = this.node.path.split("/").reduceRight<unknown>((inner, part) => ({ [part]: inner }), name);
    return {
      resources: [],
      blocks: { output: { [name]: { description, sensitive, value: value() } }, "//": { outputs } },
    };
  }
}

/** Every ResolvedElement under `scope`, in construct order. */
export function resolvedElementsUnder(scope: IConstruct): ResolvedElement[] {
  return scope.node.findAll().filter((c) => ResolvedElement.isResolvedElement(c));
}

const mergingStacks = new WeakSet<TerraformStack>();

/**
 * Makes `stack.toTerraform()` (what cdktf writes, and what the synth-time policy checks) include
 * the JSON of its ResolvedElements, merged into cdktf's resolved JSON the way cdktf merges
 * elements: objects key by key, lists appended (the stack metadata's override lists). Done by the
 * first element of a stack, so that no stack class has to remember it: a stack that forgot would
 * silently lose its users.
 */
function mergeOnSynth(stack: TerraformStack): void {
  if (mergingStacks.has(stack)) return;
  mergingStacks.add(stack);
  const resolveStack = stack.toTerraform.bind(stack);
  stack.toTerraform = () => {
    const tf = resolveStack() as Record<string, unknown>;
    for (const element of resolvedElementsUnder(stack)) mergeInto(tf, element.terraformJson());
    return tf;
  };
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    // target["__proto__"] is Object.prototype: merging into it would change every object.
    if (key === "__proto__") throw new Error('a Terraform block named "__proto__" cannot be written from JavaScript');
    const current = target[key];
    if (Array.isArray(value))
      target[key] = Array.isArray(current) ? [...(current as unknown[]), ...(value as unknown[])] : value;
    else if (isObject(value) && isObject(current)) mergeInto(current, value);
    else target[key] = value;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
