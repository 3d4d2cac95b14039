import {
  accessLevelOf,
  canSeeAdminPanel,
  canSeeMetrics,
  decideAccess,
  rolesClaimName,
  rolesFromClaims,
} from "../../dashboard/access";

const NS = "https://ml.example.com/";
const CLAIM = "https://ml.example.com/roles";
const policy = { viewerRoles: ["ml-viewer"], adminRoles: ["ml-admin"] };

describe("access decisions from the roles claim", () => {
  test("the claim is <namespace>roles, as the post-login Action writes it", () => {
    expect(rolesClaimName(NS)).toBe(CLAIM);
    expect(rolesClaimName("http://localhost:3000/")).toBe("http://localhost:3000/roles");
  });

  test.each([
    [["ml-viewer"], "viewer"],
    [["ml-admin"], "admin"],
    [["ml-viewer", "ml-admin"], "admin"],
    [["grafana-viewer", "ml-viewer"], "viewer"],
    [["grafana-viewer"], "none"],
    [[], "none"],
  ] as const)("roles %j give %s", (roles, level) => {
    expect(accessLevelOf(roles, policy)).toBe(level);
  });

  test("viewers see metrics but no admin panel; admins see both (admins count as viewers); others see neither", () => {
    expect([canSeeMetrics("viewer"), canSeeAdminPanel("viewer")]).toEqual([true, false]);
    expect([canSeeMetrics("admin"), canSeeAdminPanel("admin")]).toEqual([true, true]);
    expect([canSeeMetrics("none"), canSeeAdminPanel("none")]).toEqual([false, false]);
  });

  test("role names match exactly: no prefixes, no case folding", () => {
    expect(accessLevelOf(["ML-ADMIN", "ml-admins", "ml-view"], policy)).toBe("none");
  });

  test("configured role lists replace the defaults", () => {
    const custom = { viewerRoles: ["data-scientist"], adminRoles: ["ml-owner"] };
    expect(accessLevelOf(["ml-viewer"], custom)).toBe("none");
    expect(accessLevelOf(["data-scientist"], custom)).toBe("viewer");
    expect(accessLevelOf(["ml-owner"], custom)).toBe("admin");
  });

  test("reads the namespaced claim only; a bare `roles` claim or another namespace is ignored", () => {
    const claims = { roles: ["ml-admin"], "https://other.example.com/roles": ["ml-admin"], [CLAIM]: ["ml-viewer"] };
    expect(decideAccess(claims, NS, policy)).toEqual({ level: "viewer", roles: ["ml-viewer"] });
  });

  test("a missing claim gives no access, and says why (a namespace mismatch looks like 'no roles' otherwise)", () => {
    const decision = decideAccess({ sub: "auth0|1", "https://other.example.com/roles": ["ml-admin"] }, NS, policy);
    expect(decision.level).toBe("none");
    expect(decision.roles).toEqual([]);
    expect(decision.claimProblem).toBe(
      "The ID token has no https://ml.example.com/roles claim. Check that CLAIM_NAMESPACE matches the stack output claim_namespace and that the post-login Action is deployed.",
    );
  });

  test("no claims at all (no session) gives no access", () => {
    expect(decideAccess(undefined, NS, policy).level).toBe("none");
  });

  test.each([["ml-admin"], [{ admin: true }], [null], [42]])(
    "a claim that is not a list (%j) is not trusted",
    (value) => {
      const decision = decideAccess({ [CLAIM]: value }, NS, policy);
      expect(decision).toEqual({
        level: "none",
        roles: [],
        claimProblem: `The ${CLAIM} claim is not a list of roles.`,
      });
    },
  );

  test("non-string, empty and duplicate entries in the list are dropped", () => {
    expect(rolesFromClaims({ [CLAIM]: ["ml-viewer", 7, null, "", { role: "ml-admin" }, "ml-viewer"] }, NS)).toEqual({
      roles: ["ml-viewer"],
    });
  });
});
