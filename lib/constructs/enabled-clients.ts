import { Lazy } from "../terraform-cdk";
import { Construct } from "constructs";
import { ConnectionClients } from "../../.gen/providers/auth0/connection-clients";
import { CLIENT_ID_HINT, CLIENT_ID_PATTERN, CONNECTION_ID_HINT, CONNECTION_ID_PATTERN } from "../validation/import-ids";
import { importExisting } from "./import-existing";

export interface EnabledClientsProps {
  /** `auth0_connection.<name>.id` of the connection. */
  readonly connectionId: string;
  /** Connection name, for messages. */
  readonly connectionName: string;
  /** Terraform resource name; the same as the connection's, so the pair is easy to find. */
  readonly resourceName: string;
  /**
   * Id of the adopted connection (con_...): its existing list is imported, so the plan shows what changes.
   * @default none: Terraform creates the list
   */
  readonly importId?: string;
  /**
   * Client ids of other applications that stay enabled on the connection.
   * @default none
   */
  readonly otherClientIds?: readonly string[];
}

/**
 * The applications that may log in through one connection (`auth0_connection_clients`, which
 * owns the whole list: a client enabled by hand in the Auth0 dashboard is disabled on the
 * next apply unless listed in `otherClientIds`). A connection none of this app's dashboards
 * uses is a mistake, so an empty list fails synth.
 */
export class EnabledClients extends Construct {
  readonly resource: ConnectionClients;
  private readonly clientIds: string[] = [];

  constructor(scope: Construct, id: string, props: EnabledClientsProps) {
    super(scope, id);
    const others = [...(props.otherClientIds ?? [])];
    for (const clientId of others) {
      if (!CLIENT_ID_PATTERN.test(clientId)) {
        throw new Error(
          `${this.node.path}: otherEnabledClientIds entry ${JSON.stringify(clientId)} is invalid; expected ${CLIENT_ID_HINT}`,
        );
      }
    }
    this.resource = new ConnectionClients(this, "Resource", {
      connectionId: props.connectionId,
      enabledClients: Lazy.listValue({ produce: () => [...others, ...this.clientIds] }),
    });
    this.resource.overrideLogicalId(props.resourceName);
    importExisting(this.node.path, this.resource, props.importId, {
      pattern: CONNECTION_ID_PATTERN,
      hint: CONNECTION_ID_HINT,
    });
    this.node.addValidation({
      validate: () =>
        this.clientIds.length === 0
          ? [
              `${this.node.path}: no application is enabled for connection "${props.connectionName}", so nobody could log in; call enableClient()`,
            ]
          : [],
    });
  }

  /** Lets users of the connection log in to the application with this client id. */
  enable(clientId: string): void {
    this.clientIds.push(clientId);
  }
}
