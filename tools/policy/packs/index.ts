import { AUTH0_READINESS } from "./auth0-readiness";
import { AUTH0_SECURITY } from "./auth0-security";
import { Pack, PackedRule } from "./pack";

export { AUTH0_READINESS, AUTH0_SECURITY };
export * from "./pack";

/** Every pack the project ships, in report order. */
export const PACKS: readonly Pack[] = [AUTH0_SECURITY, AUTH0_READINESS];

/** Every rule of every pack. */
export const ALL_RULES: readonly PackedRule[] = PACKS.flatMap((p) => p.rules);

export function packByName(name: string): Pack | undefined {
  return PACKS.find((p) => p.name === name);
}

export function ruleById(id: string): PackedRule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
