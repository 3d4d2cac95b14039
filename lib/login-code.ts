import * as fs from "node:fs";
import * as path from "node:path";
import { LoginCode } from "./constructs/ml-dashboard-auth";

/** Files in rules/ that hold the login-time code, deployed to Auth0 verbatim. */
export const LOGIN_CODE_FILES = {
  postLoginAction: "post-login-role-claim.js",
  legacyRule: "legacy-role-claim-rule.js",
} as const;

/** Reads the login-time code from the rules/ folder. The one place that reads rules/. */
export function readLoginCode(rulesDir: string): LoginCode {
  const read = (file: string) => {
    const full = path.join(rulesDir, file);
    try {
      return fs.readFileSync(full, "utf8");
    } catch (err) {
      throw new Error(
        `${full}: cannot read login-time code (${(err as NodeJS.ErrnoException).code}); restore it from git`,
        { cause: err },
      );
    }
  };
  return { postLoginAction: read(LOGIN_CODE_FILES.postLoginAction), legacyRule: read(LOGIN_CODE_FILES.legacyRule) };
}
