import { IConstruct } from "constructs";
import { TerraformResource } from "../../../lib/terraform-cdk";
import { ResolvedElement, ResolvedResource, TerraformBlocks } from "../../../lib/resolved-elements";
import { CONFIG_SOURCES } from "../../stack-model";

/** `<type>.<name>` of a resource, as Terraform and the policy reports name it. */
export const addressOf = (resource: TerraformResource) =>
  `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;

/** Addresses of the resources in `scope`: its resource constructs and its ResolvedElement elements. */
export const addressesUnder = (scope: IConstruct): string[] =>
  scope.node
    .findAll()
    .flatMap((c) =>
      TerraformResource.isTerraformResource(c)
        ? [addressOf(c)]
        : ResolvedElement.isResolvedElement(c)
          ? [...c.addresses]
          : [],
    );

export interface ConfigSourcesProps {
  /** The config file the stack comes from, as the user names it (e.g. config/prod.json). */
  readonly file: string;
  /** Config path of each construct subtree, or of resources by address (see StackPolicyOptions). */
  readonly configPaths: ReadonlyArray<readonly [IConstruct | readonly string[], string]>;
}

const isAddressList = (x: IConstruct | readonly string[]): x is readonly string[] => Array.isArray(x);

/**
 * Writes the stack's `//.config_sources`: the config file, and the config path of each resource
 * (three per user), so the policy CLI and SARIF can point at config. Written as resolved JSON: as
 * a stack override, cdktf resolved its 30,000 strings at 10,000 users on every synth. The paths
 * are collected when the stack is written, so resources added after this element count too.
 */
export class ConfigSources extends ResolvedElement {
  constructor(
    scope: IConstruct,
    id: string,
    private readonly props: ConfigSourcesProps,
  ) {
    super(scope, id);
  }

  protected resolvedBlocks(): { resources: readonly ResolvedResource[]; blocks: TerraformBlocks } {
    const paths: Record<string, string> = {};
    for (const [scope, configPath] of this.props.configPaths)
      for (const address of isAddressList(scope) ? scope : addressesUnder(scope)) paths[address] ??= configPath;
    return { resources: [], blocks: { "//": { [CONFIG_SOURCES]: { file: this.props.file, paths } } } };
  }
}
