// https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/supplemental_signals
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SupplementalSignalsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/supplemental_signals#akamai_enabled SupplementalSignals#akamai_enabled}
  */
  readonly akamaiEnabled: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/supplemental_signals#id SupplementalSignals#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/supplemental_signals auth0_supplemental_signals}
*/
export class SupplementalSignals extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "auth0_supplemental_signals";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SupplementalSignals resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SupplementalSignals to import
  * @param importFromId The id of the existing SupplementalSignals that should be imported. Refer to the {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/supplemental_signals#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SupplementalSignals to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "auth0_supplemental_signals", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/supplemental_signals auth0_supplemental_signals} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SupplementalSignalsConfig
  */
  public constructor(scope: Construct, id: string, config: SupplementalSignalsConfig) {
    super(scope, id, {
      terraformResourceType: 'auth0_supplemental_signals',
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
    this._akamaiEnabled = config.akamaiEnabled;
    this._id = config.id;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // akamai_enabled - computed: false, optional: false, required: true
  private _akamaiEnabled?: boolean | cdktf.IResolvable; 
  public get akamaiEnabled() {
    return this.getBooleanAttribute('akamai_enabled');
  }
  public set akamaiEnabled(value: boolean | cdktf.IResolvable) {
    this._akamaiEnabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get akamaiEnabledInput() {
    return this._akamaiEnabled;
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      akamai_enabled: cdktf.booleanToTerraform(this._akamaiEnabled),
      id: cdktf.stringToTerraform(this._id),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      akamai_enabled: {
        value: cdktf.booleanToHclTerraform(this._akamaiEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
