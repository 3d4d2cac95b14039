// https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/data-sources/prompt_screen_renderer
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataAuth0PromptScreenRendererConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/data-sources/prompt_screen_renderer#id DataAuth0PromptScreenRenderer#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/data-sources/prompt_screen_renderer#prompt_type DataAuth0PromptScreenRenderer#prompt_type}
  */
  readonly promptType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/data-sources/prompt_screen_renderer#screen_name DataAuth0PromptScreenRenderer#screen_name}
  */
  readonly screenName: string;
}
export interface DataAuth0PromptScreenRendererFilters {
}

export function dataAuth0PromptScreenRendererFiltersToTerraform(struct?: DataAuth0PromptScreenRendererFilters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataAuth0PromptScreenRendererFiltersToHclTerraform(struct?: DataAuth0PromptScreenRendererFilters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataAuth0PromptScreenRendererFiltersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataAuth0PromptScreenRendererFilters | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataAuth0PromptScreenRendererFilters | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // clients - computed: true, optional: false, required: false
  public get clients() {
    return this.getStringAttribute('clients');
  }

  // domains - computed: true, optional: false, required: false
  public get domains() {
    return this.getStringAttribute('domains');
  }

  // match_type - computed: true, optional: false, required: false
  public get matchType() {
    return this.getStringAttribute('match_type');
  }

  // organizations - computed: true, optional: false, required: false
  public get organizations() {
    return this.getStringAttribute('organizations');
  }
}

export class DataAuth0PromptScreenRendererFiltersList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataAuth0PromptScreenRendererFiltersOutputReference {
    return new DataAuth0PromptScreenRendererFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/data-sources/prompt_screen_renderer auth0_prompt_screen_renderer}
*/
export class DataAuth0PromptScreenRenderer extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "auth0_prompt_screen_renderer";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataAuth0PromptScreenRenderer resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataAuth0PromptScreenRenderer to import
  * @param importFromId The id of the existing DataAuth0PromptScreenRenderer that should be imported. Refer to the {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/data-sources/prompt_screen_renderer#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataAuth0PromptScreenRenderer to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "auth0_prompt_screen_renderer", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/data-sources/prompt_screen_renderer auth0_prompt_screen_renderer} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataAuth0PromptScreenRendererConfig
  */
  public constructor(scope: Construct, id: string, config: DataAuth0PromptScreenRendererConfig) {
    super(scope, id, {
      terraformResourceType: 'auth0_prompt_screen_renderer',
      terraformGeneratorMetadata: {
        providerName: 'auth0',
        providerVersion: '1.55.0',
        providerVersionConstraint: '~> 1.55'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._id = config.id;
    this._promptType = config.promptType;
    this._screenName = config.screenName;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // context_configuration - computed: true, optional: false, required: false
  public get contextConfiguration() {
    return cdktf.Fn.tolist(this.getListAttribute('context_configuration'));
  }

  // default_head_tags_disabled - computed: true, optional: false, required: false
  public get defaultHeadTagsDisabled() {
    return this.getBooleanAttribute('default_head_tags_disabled');
  }

  // filters - computed: true, optional: false, required: false
  private _filters = new DataAuth0PromptScreenRendererFiltersList(this, "filters", false);
  public get filters() {
    return this._filters;
  }

  // head_tags - computed: true, optional: false, required: false
  public get headTags() {
    return this.getStringAttribute('head_tags');
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // prompt_type - computed: false, optional: false, required: true
  private _promptType?: string; 
  public get promptType() {
    return this.getStringAttribute('prompt_type');
  }
  public set promptType(value: string) {
    this._promptType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get promptTypeInput() {
    return this._promptType;
  }

  // rendering_mode - computed: true, optional: false, required: false
  public get renderingMode() {
    return this.getStringAttribute('rendering_mode');
  }

  // screen_name - computed: false, optional: false, required: true
  private _screenName?: string; 
  public get screenName() {
    return this.getStringAttribute('screen_name');
  }
  public set screenName(value: string) {
    this._screenName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get screenNameInput() {
    return this._screenName;
  }

  // tenant - computed: true, optional: false, required: false
  public get tenant() {
    return this.getStringAttribute('tenant');
  }

  // use_page_template - computed: true, optional: false, required: false
  public get usePageTemplate() {
    return this.getBooleanAttribute('use_page_template');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      prompt_type: cdktf.stringToTerraform(this._promptType),
      screen_name: cdktf.stringToTerraform(this._screenName),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      prompt_type: {
        value: cdktf.stringToHclTerraform(this._promptType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      screen_name: {
        value: cdktf.stringToHclTerraform(this._screenName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
