import { ValuePath } from "./plan-model";

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Formats a path the way Terraform shows attributes: `refresh_token[0].rotation_type`, with
 * map keys that are not plain identifiers quoted, e.g. `client_metadata["team.name"]`.
 */
export function formatPath(path: ValuePath): string {
  let text = "";
  for (const step of path) {
    if (typeof step === "number") text += `[${step}]`;
    else if (PLAIN_KEY.test(step)) text += text === "" ? step : `.${step}`;
    else text += `[${JSON.stringify(step)}]`;
  }
  return text === "" ? "(whole value)" : text;
}

/** True when `prefix` is `path` or an ancestor of it. */
export function isPathPrefix(prefix: ValuePath, path: ValuePath): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}
