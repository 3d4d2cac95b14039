import { TenantModel } from "./tenant-model";

/**
 * The stack's outputs as they would be after apply, pointed at the local tenant: the
 * configured Auth0 domain becomes localhost:<port>, so https://<domain>/ becomes the local
 * issuer and a bare <domain> becomes localhost:<port>.
 */
export function localOutputs(
  model: TenantModel,
  issuer: string,
): { all: Record<string, unknown>; public: Record<string, unknown> } {
  const host = new URL(issuer).host;
  const swap = (value: unknown): unknown => {
    if (typeof value === "string") {
      if (!model.domain) return value;
      return value.split(`https://${model.domain}`).join(`https://${host}`).split(model.domain).join(host);
    }
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
    return value;
  };
  const all: Record<string, unknown> = {};
  const shown: Record<string, unknown> = {};
  for (const output of model.outputs) {
    all[output.name] = swap(output.value);
    if (!output.sensitive) shown[output.name] = all[output.name];
  }
  return { all, public: shown };
}
