import { StackElement } from "../../../stack-model";

/** Application types that log users in through a browser: the ones these rules hold to web standards. */
export const WEB_APP_TYPES: ReadonlySet<string> = new Set(["regular_web", "spa"]);

/** Whether a client is a browser login application (or says nothing, which Auth0 treats as one). */
export function isWebClient(client: StackElement): boolean {
  const type = client.values.app_type;
  return type === undefined || (typeof type === "string" && WEB_APP_TYPES.has(type));
}
