import { NOT_APPLICABLE, Rule } from "../../rule";
import { VARIABLE_REFERENCE } from "../login-code/secret-names";
import { violation } from "../values";

/** A user's password comes from a sensitive variable, never a literal. */
export const userPasswordVariable: Rule = {
  name: "user-password-variable",
  family: "users",
  target: { kind: "resource", types: ["auth0_user"] },
  check(user, index) {
    const password = user.attributes.password;
    // In a plan every value is already evaluated: whether it was a literal is not recorded.
    if (password === undefined || password === null || index.stack.source === "plan") return NOT_APPLICABLE;
    const variable = typeof password === "string" ? VARIABLE_REFERENCE.exec(password)?.[1] : undefined;
    if (!variable) return [violation("password is not a reference to a variable (the value is not shown)", "password")];
    const declaration = index.get(`var.${variable}`);
    if (declaration?.attributes.sensitive !== true)
      return [violation(`password comes from variable ${variable}, which is not declared sensitive`, "password")];
    return [];
  },
};
