import { StackFile } from "../local-tenant/stack-file";

/** A dashboard of a synthesized stack, as npm run dev needs it. */
export interface StackDashboard {
  /** The dashboard's key in the config (the `<key>_client_id` output). */
  readonly key: string;
  /** The `<key>_base_url` output: the dashboard's url in the config. */
  readonly baseUrl: string;
  /** The `callbacks` of its auth0_client, which the tenant matches exactly. */
  readonly callbacks: readonly string[];
  /** The `allowed_logout_urls` of its auth0_client (the dashboard returns to its base URL). */
  readonly logoutUrls: readonly string[];
}

const CLIENT_ID_SUFFIX = "_client_id";
const CLIENT_REFERENCE = /^\$\{auth0_client\.([^.}]+)\.client_id\}$/;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/**
 * The stack's dashboards, in output order: every `<key>_client_id` output whose value refers to
 * an auth0_client, with that client's URLs.
 */
export function stackDashboards(stack: StackFile): StackDashboard[] {
  const clients = new Map(stack.resources.filter((r) => r.type === "auth0_client").map((r) => [r.name, r.body]));
  const dashboards: StackDashboard[] = [];
  for (const [name, output] of Object.entries(stack.outputs)) {
    if (!name.endsWith(CLIENT_ID_SUFFIX)) continue;
    const key = name.slice(0, -CLIENT_ID_SUFFIX.length);
    const client = clients.get(CLIENT_REFERENCE.exec(String(output.value))?.[1] ?? "");
    const baseUrl = stack.outputs[`${key}_base_url`]?.value;
    if (!client || typeof baseUrl !== "string") continue;
    dashboards.push({
      key,
      baseUrl,
      callbacks: strings(client.callbacks),
      logoutUrls: strings(client.allowed_logout_urls),
    });
  }
  return dashboards;
}
