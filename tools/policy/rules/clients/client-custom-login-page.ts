import { Problem, Rule } from "../../rule";
import { scalar, violation } from "../values";

/** A custom (classic) login page instead of Universal Login: the tenant's protections no longer apply to it. */
export const clientCustomLoginPage: Rule = {
  name: "client-custom-login-page",
  family: "clients",
  target: { kind: "resource", types: ["auth0_client"] },
  check(client) {
    const problems: Problem[] = [];
    if (scalar(client.values, "custom_login_page_on", problems) === true)
      problems.push(violation("custom_login_page_on is true", "custom_login_page_on"));
    const page = scalar(client.values, "custom_login_page", problems);
    if (typeof page === "string" && page.trim() !== "")
      problems.push(violation("custom_login_page holds a login page of its own", "custom_login_page"));
    return problems;
  },
};
