import * as path from "node:path";
import { parseJsonObject, stringAt } from "../../json";
import { startNode, waitForOutput } from "./processes";

/** The one client the stand-in tenant serves, in the names oidc-test-provider.mjs reads. */
export interface TestProviderClient {
  readonly CLIENT_ID: string;
  readonly CLIENT_SECRET: string;
  /** Where the dashboard (or gateway) is served: its /callback is the client's redirect URI. */
  readonly DASHBOARD_BASE_URL: string;
  readonly CLAIM_NAMESPACE: string;
}

/**
 * Starts the stand-in tenant (support/oidc-test-provider.mjs, a real OpenID Connect provider) for
 * one client; resolves with its issuer URL once it serves. stopAllProcesses() stops it.
 */
export async function startTestProvider(client: TestProviderClient): Promise<string> {
  const provider = startNode([path.join("__tests__", "dashboard", "support", "oidc-test-provider.mjs")], { ...client });
  return stringAt(parseJsonObject((await waitForOutput(provider, /^\{"issuer":.*\}$/m))[0]), "issuer");
}
