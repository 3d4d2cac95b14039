// https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface EventStreamConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#destination_type EventStream#destination_type}
  */
  readonly destinationType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#id EventStream#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#name EventStream#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#status EventStream#status}
  */
  readonly status?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#subscriptions EventStream#subscriptions}
  */
  readonly subscriptions: string[];
  /**
  * action_configuration block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#action_configuration EventStream#action_configuration}
  */
  readonly actionConfiguration?: EventStreamActionConfiguration;
  /**
  * eventbridge_configuration block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#eventbridge_configuration EventStream#eventbridge_configuration}
  */
  readonly eventbridgeConfiguration?: EventStreamEventbridgeConfiguration;
  /**
  * webhook_configuration block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#webhook_configuration EventStream#webhook_configuration}
  */
  readonly webhookConfiguration?: EventStreamWebhookConfiguration;
}
export interface EventStreamActionConfiguration {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#action_id EventStream#action_id}
  */
  readonly actionId: string;
}

export function eventStreamActionConfigurationToTerraform(struct?: EventStreamActionConfigurationOutputReference | EventStreamActionConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action_id: cdktf.stringToTerraform(struct!.actionId),
  }
}


export function eventStreamActionConfigurationToHclTerraform(struct?: EventStreamActionConfigurationOutputReference | EventStreamActionConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action_id: {
      value: cdktf.stringToHclTerraform(struct!.actionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EventStreamActionConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EventStreamActionConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._actionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.actionId = this._actionId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EventStreamActionConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._actionId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._actionId = value.actionId;
    }
  }

  // action_id - computed: false, optional: false, required: true
  private _actionId?: string; 
  public get actionId() {
    return this.getStringAttribute('action_id');
  }
  public set actionId(value: string) {
    this._actionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get actionIdInput() {
    return this._actionId;
  }
}
export interface EventStreamEventbridgeConfiguration {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#aws_account_id EventStream#aws_account_id}
  */
  readonly awsAccountId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#aws_region EventStream#aws_region}
  */
  readonly awsRegion: string;
}

export function eventStreamEventbridgeConfigurationToTerraform(struct?: EventStreamEventbridgeConfigurationOutputReference | EventStreamEventbridgeConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    aws_account_id: cdktf.stringToTerraform(struct!.awsAccountId),
    aws_region: cdktf.stringToTerraform(struct!.awsRegion),
  }
}


export function eventStreamEventbridgeConfigurationToHclTerraform(struct?: EventStreamEventbridgeConfigurationOutputReference | EventStreamEventbridgeConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    aws_account_id: {
      value: cdktf.stringToHclTerraform(struct!.awsAccountId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    aws_region: {
      value: cdktf.stringToHclTerraform(struct!.awsRegion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EventStreamEventbridgeConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EventStreamEventbridgeConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._awsAccountId !== undefined) {
      hasAnyValues = true;
      internalValueResult.awsAccountId = this._awsAccountId;
    }
    if (this._awsRegion !== undefined) {
      hasAnyValues = true;
      internalValueResult.awsRegion = this._awsRegion;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EventStreamEventbridgeConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._awsAccountId = undefined;
      this._awsRegion = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._awsAccountId = value.awsAccountId;
      this._awsRegion = value.awsRegion;
    }
  }

  // aws_account_id - computed: false, optional: false, required: true
  private _awsAccountId?: string; 
  public get awsAccountId() {
    return this.getStringAttribute('aws_account_id');
  }
  public set awsAccountId(value: string) {
    this._awsAccountId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get awsAccountIdInput() {
    return this._awsAccountId;
  }

  // aws_partner_event_source - computed: true, optional: false, required: false
  public get awsPartnerEventSource() {
    return this.getStringAttribute('aws_partner_event_source');
  }

  // aws_region - computed: false, optional: false, required: true
  private _awsRegion?: string; 
  public get awsRegion() {
    return this.getStringAttribute('aws_region');
  }
  public set awsRegion(value: string) {
    this._awsRegion = value;
  }
  // Temporarily expose input value. Use with caution.
  public get awsRegionInput() {
    return this._awsRegion;
  }
}
export interface EventStreamWebhookConfigurationWebhookAuthorization {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#header_key EventStream#header_key}
  */
  readonly headerKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#header_value EventStream#header_value}
  */
  readonly headerValue?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#header_value_wo EventStream#header_value_wo}
  */
  readonly headerValueWo?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#header_value_wo_version EventStream#header_value_wo_version}
  */
  readonly headerValueWoVersion?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#method EventStream#method}
  */
  readonly method: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#password EventStream#password}
  */
  readonly password?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#password_wo EventStream#password_wo}
  */
  readonly passwordWo?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#password_wo_version EventStream#password_wo_version}
  */
  readonly passwordWoVersion?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#token EventStream#token}
  */
  readonly token?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#token_wo EventStream#token_wo}
  */
  readonly tokenWo?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#token_wo_version EventStream#token_wo_version}
  */
  readonly tokenWoVersion?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#username EventStream#username}
  */
  readonly username?: string;
}

export function eventStreamWebhookConfigurationWebhookAuthorizationToTerraform(struct?: EventStreamWebhookConfigurationWebhookAuthorizationOutputReference | EventStreamWebhookConfigurationWebhookAuthorization): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    header_key: cdktf.stringToTerraform(struct!.headerKey),
    header_value: cdktf.stringToTerraform(struct!.headerValue),
    header_value_wo: cdktf.stringToTerraform(struct!.headerValueWo),
    header_value_wo_version: cdktf.numberToTerraform(struct!.headerValueWoVersion),
    method: cdktf.stringToTerraform(struct!.method),
    password: cdktf.stringToTerraform(struct!.password),
    password_wo: cdktf.stringToTerraform(struct!.passwordWo),
    password_wo_version: cdktf.numberToTerraform(struct!.passwordWoVersion),
    token: cdktf.stringToTerraform(struct!.token),
    token_wo: cdktf.stringToTerraform(struct!.tokenWo),
    token_wo_version: cdktf.numberToTerraform(struct!.tokenWoVersion),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function eventStreamWebhookConfigurationWebhookAuthorizationToHclTerraform(struct?: EventStreamWebhookConfigurationWebhookAuthorizationOutputReference | EventStreamWebhookConfigurationWebhookAuthorization): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    header_key: {
      value: cdktf.stringToHclTerraform(struct!.headerKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    header_value: {
      value: cdktf.stringToHclTerraform(struct!.headerValue),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    header_value_wo: {
      value: cdktf.stringToHclTerraform(struct!.headerValueWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    header_value_wo_version: {
      value: cdktf.numberToHclTerraform(struct!.headerValueWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    method: {
      value: cdktf.stringToHclTerraform(struct!.method),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password_wo: {
      value: cdktf.stringToHclTerraform(struct!.passwordWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password_wo_version: {
      value: cdktf.numberToHclTerraform(struct!.passwordWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    token: {
      value: cdktf.stringToHclTerraform(struct!.token),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    token_wo: {
      value: cdktf.stringToHclTerraform(struct!.tokenWo),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    token_wo_version: {
      value: cdktf.numberToHclTerraform(struct!.tokenWoVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EventStreamWebhookConfigurationWebhookAuthorizationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EventStreamWebhookConfigurationWebhookAuthorization | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._headerKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.headerKey = this._headerKey;
    }
    if (this._headerValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.headerValue = this._headerValue;
    }
    if (this._headerValueWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.headerValueWo = this._headerValueWo;
    }
    if (this._headerValueWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.headerValueWoVersion = this._headerValueWoVersion;
    }
    if (this._method !== undefined) {
      hasAnyValues = true;
      internalValueResult.method = this._method;
    }
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._passwordWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.passwordWo = this._passwordWo;
    }
    if (this._passwordWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.passwordWoVersion = this._passwordWoVersion;
    }
    if (this._token !== undefined) {
      hasAnyValues = true;
      internalValueResult.token = this._token;
    }
    if (this._tokenWo !== undefined) {
      hasAnyValues = true;
      internalValueResult.tokenWo = this._tokenWo;
    }
    if (this._tokenWoVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.tokenWoVersion = this._tokenWoVersion;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EventStreamWebhookConfigurationWebhookAuthorization | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._headerKey = undefined;
      this._headerValue = undefined;
      this._headerValueWo = undefined;
      this._headerValueWoVersion = undefined;
      this._method = undefined;
      this._password = undefined;
      this._passwordWo = undefined;
      this._passwordWoVersion = undefined;
      this._token = undefined;
      this._tokenWo = undefined;
      this._tokenWoVersion = undefined;
      this._username = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._headerKey = value.headerKey;
      this._headerValue = value.headerValue;
      this._headerValueWo = value.headerValueWo;
      this._headerValueWoVersion = value.headerValueWoVersion;
      this._method = value.method;
      this._password = value.password;
      this._passwordWo = value.passwordWo;
      this._passwordWoVersion = value.passwordWoVersion;
      this._token = value.token;
      this._tokenWo = value.tokenWo;
      this._tokenWoVersion = value.tokenWoVersion;
      this._username = value.username;
    }
  }

  // header_key - computed: false, optional: true, required: false
  private _headerKey?: string; 
  public get headerKey() {
    return this.getStringAttribute('header_key');
  }
  public set headerKey(value: string) {
    this._headerKey = value;
  }
  public resetHeaderKey() {
    this._headerKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headerKeyInput() {
    return this._headerKey;
  }

  // header_value - computed: false, optional: true, required: false
  private _headerValue?: string; 
  public get headerValue() {
    return this.getStringAttribute('header_value');
  }
  public set headerValue(value: string) {
    this._headerValue = value;
  }
  public resetHeaderValue() {
    this._headerValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headerValueInput() {
    return this._headerValue;
  }

  // header_value_wo - computed: false, optional: true, required: false
  private _headerValueWo?: string; 
  public get headerValueWo() {
    return this.getStringAttribute('header_value_wo');
  }
  public set headerValueWo(value: string) {
    this._headerValueWo = value;
  }
  public resetHeaderValueWo() {
    this._headerValueWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headerValueWoInput() {
    return this._headerValueWo;
  }

  // header_value_wo_version - computed: false, optional: true, required: false
  private _headerValueWoVersion?: number; 
  public get headerValueWoVersion() {
    return this.getNumberAttribute('header_value_wo_version');
  }
  public set headerValueWoVersion(value: number) {
    this._headerValueWoVersion = value;
  }
  public resetHeaderValueWoVersion() {
    this._headerValueWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headerValueWoVersionInput() {
    return this._headerValueWoVersion;
  }

  // method - computed: false, optional: false, required: true
  private _method?: string; 
  public get method() {
    return this.getStringAttribute('method');
  }
  public set method(value: string) {
    this._method = value;
  }
  // Temporarily expose input value. Use with caution.
  public get methodInput() {
    return this._method;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // password_wo - computed: false, optional: true, required: false
  private _passwordWo?: string; 
  public get passwordWo() {
    return this.getStringAttribute('password_wo');
  }
  public set passwordWo(value: string) {
    this._passwordWo = value;
  }
  public resetPasswordWo() {
    this._passwordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoInput() {
    return this._passwordWo;
  }

  // password_wo_version - computed: false, optional: true, required: false
  private _passwordWoVersion?: number; 
  public get passwordWoVersion() {
    return this.getNumberAttribute('password_wo_version');
  }
  public set passwordWoVersion(value: number) {
    this._passwordWoVersion = value;
  }
  public resetPasswordWoVersion() {
    this._passwordWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoVersionInput() {
    return this._passwordWoVersion;
  }

  // token - computed: false, optional: true, required: false
  private _token?: string; 
  public get token() {
    return this.getStringAttribute('token');
  }
  public set token(value: string) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // token_wo - computed: false, optional: true, required: false
  private _tokenWo?: string; 
  public get tokenWo() {
    return this.getStringAttribute('token_wo');
  }
  public set tokenWo(value: string) {
    this._tokenWo = value;
  }
  public resetTokenWo() {
    this._tokenWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoInput() {
    return this._tokenWo;
  }

  // token_wo_version - computed: false, optional: true, required: false
  private _tokenWoVersion?: number; 
  public get tokenWoVersion() {
    return this.getNumberAttribute('token_wo_version');
  }
  public set tokenWoVersion(value: number) {
    this._tokenWoVersion = value;
  }
  public resetTokenWoVersion() {
    this._tokenWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenWoVersionInput() {
    return this._tokenWoVersion;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }
}
export interface EventStreamWebhookConfiguration {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#webhook_endpoint EventStream#webhook_endpoint}
  */
  readonly webhookEndpoint: string;
  /**
  * webhook_authorization block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#webhook_authorization EventStream#webhook_authorization}
  */
  readonly webhookAuthorization: EventStreamWebhookConfigurationWebhookAuthorization;
}

export function eventStreamWebhookConfigurationToTerraform(struct?: EventStreamWebhookConfigurationOutputReference | EventStreamWebhookConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    webhook_endpoint: cdktf.stringToTerraform(struct!.webhookEndpoint),
    webhook_authorization: eventStreamWebhookConfigurationWebhookAuthorizationToTerraform(struct!.webhookAuthorization),
  }
}


export function eventStreamWebhookConfigurationToHclTerraform(struct?: EventStreamWebhookConfigurationOutputReference | EventStreamWebhookConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    webhook_endpoint: {
      value: cdktf.stringToHclTerraform(struct!.webhookEndpoint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    webhook_authorization: {
      value: eventStreamWebhookConfigurationWebhookAuthorizationToHclTerraform(struct!.webhookAuthorization),
      isBlock: true,
      type: "list",
      storageClassType: "EventStreamWebhookConfigurationWebhookAuthorizationList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EventStreamWebhookConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EventStreamWebhookConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._webhookEndpoint !== undefined) {
      hasAnyValues = true;
      internalValueResult.webhookEndpoint = this._webhookEndpoint;
    }
    if (this._webhookAuthorization?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.webhookAuthorization = this._webhookAuthorization?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EventStreamWebhookConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._webhookEndpoint = undefined;
      this._webhookAuthorization.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._webhookEndpoint = value.webhookEndpoint;
      this._webhookAuthorization.internalValue = value.webhookAuthorization;
    }
  }

  // webhook_endpoint - computed: false, optional: false, required: true
  private _webhookEndpoint?: string; 
  public get webhookEndpoint() {
    return this.getStringAttribute('webhook_endpoint');
  }
  public set webhookEndpoint(value: string) {
    this._webhookEndpoint = value;
  }
  // Temporarily expose input value. Use with caution.
  public get webhookEndpointInput() {
    return this._webhookEndpoint;
  }

  // webhook_authorization - computed: false, optional: false, required: true
  private _webhookAuthorization = new EventStreamWebhookConfigurationWebhookAuthorizationOutputReference(this, "webhook_authorization");
  public get webhookAuthorization() {
    return this._webhookAuthorization;
  }
  public putWebhookAuthorization(value: EventStreamWebhookConfigurationWebhookAuthorization) {
    this._webhookAuthorization.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get webhookAuthorizationInput() {
    return this._webhookAuthorization.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream auth0_event_stream}
*/
export class EventStream extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "auth0_event_stream";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a EventStream resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the EventStream to import
  * @param importFromId The id of the existing EventStream that should be imported. Refer to the {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the EventStream to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "auth0_event_stream", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/auth0/auth0/1.55.0/docs/resources/event_stream auth0_event_stream} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options EventStreamConfig
  */
  public constructor(scope: Construct, id: string, config: EventStreamConfig) {
    super(scope, id, {
      terraformResourceType: 'auth0_event_stream',
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
    this._destinationType = config.destinationType;
    this._id = config.id;
    this._name = config.name;
    this._status = config.status;
    this._subscriptions = config.subscriptions;
    this._actionConfiguration.internalValue = config.actionConfiguration;
    this._eventbridgeConfiguration.internalValue = config.eventbridgeConfiguration;
    this._webhookConfiguration.internalValue = config.webhookConfiguration;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // destination_type - computed: false, optional: false, required: true
  private _destinationType?: string; 
  public get destinationType() {
    return this.getStringAttribute('destination_type');
  }
  public set destinationType(value: string) {
    this._destinationType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get destinationTypeInput() {
    return this._destinationType;
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

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // status - computed: false, optional: true, required: false
  private _status?: string; 
  public get status() {
    return this.getStringAttribute('status');
  }
  public set status(value: string) {
    this._status = value;
  }
  public resetStatus() {
    this._status = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get statusInput() {
    return this._status;
  }

  // subscriptions - computed: false, optional: false, required: true
  private _subscriptions?: string[]; 
  public get subscriptions() {
    return this.getListAttribute('subscriptions');
  }
  public set subscriptions(value: string[]) {
    this._subscriptions = value;
  }
  // Temporarily expose input value. Use with caution.
  public get subscriptionsInput() {
    return this._subscriptions;
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }

  // action_configuration - computed: false, optional: true, required: false
  private _actionConfiguration = new EventStreamActionConfigurationOutputReference(this, "action_configuration");
  public get actionConfiguration() {
    return this._actionConfiguration;
  }
  public putActionConfiguration(value: EventStreamActionConfiguration) {
    this._actionConfiguration.internalValue = value;
  }
  public resetActionConfiguration() {
    this._actionConfiguration.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get actionConfigurationInput() {
    return this._actionConfiguration.internalValue;
  }

  // eventbridge_configuration - computed: false, optional: true, required: false
  private _eventbridgeConfiguration = new EventStreamEventbridgeConfigurationOutputReference(this, "eventbridge_configuration");
  public get eventbridgeConfiguration() {
    return this._eventbridgeConfiguration;
  }
  public putEventbridgeConfiguration(value: EventStreamEventbridgeConfiguration) {
    this._eventbridgeConfiguration.internalValue = value;
  }
  public resetEventbridgeConfiguration() {
    this._eventbridgeConfiguration.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eventbridgeConfigurationInput() {
    return this._eventbridgeConfiguration.internalValue;
  }

  // webhook_configuration - computed: false, optional: true, required: false
  private _webhookConfiguration = new EventStreamWebhookConfigurationOutputReference(this, "webhook_configuration");
  public get webhookConfiguration() {
    return this._webhookConfiguration;
  }
  public putWebhookConfiguration(value: EventStreamWebhookConfiguration) {
    this._webhookConfiguration.internalValue = value;
  }
  public resetWebhookConfiguration() {
    this._webhookConfiguration.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webhookConfigurationInput() {
    return this._webhookConfiguration.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      destination_type: cdktf.stringToTerraform(this._destinationType),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      status: cdktf.stringToTerraform(this._status),
      subscriptions: cdktf.listMapper(cdktf.stringToTerraform, false)(this._subscriptions),
      action_configuration: eventStreamActionConfigurationToTerraform(this._actionConfiguration.internalValue),
      eventbridge_configuration: eventStreamEventbridgeConfigurationToTerraform(this._eventbridgeConfiguration.internalValue),
      webhook_configuration: eventStreamWebhookConfigurationToTerraform(this._webhookConfiguration.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      destination_type: {
        value: cdktf.stringToHclTerraform(this._destinationType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      status: {
        value: cdktf.stringToHclTerraform(this._status),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      subscriptions: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._subscriptions),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      action_configuration: {
        value: eventStreamActionConfigurationToHclTerraform(this._actionConfiguration.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "EventStreamActionConfigurationList",
      },
      eventbridge_configuration: {
        value: eventStreamEventbridgeConfigurationToHclTerraform(this._eventbridgeConfiguration.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "EventStreamEventbridgeConfigurationList",
      },
      webhook_configuration: {
        value: eventStreamWebhookConfigurationToHclTerraform(this._webhookConfiguration.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "EventStreamWebhookConfigurationList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
