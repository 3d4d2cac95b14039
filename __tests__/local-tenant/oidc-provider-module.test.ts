import { oidcProviderPackageFor } from "../../tools/local-tenant/oidc-provider-module";

test("Node 22 and later get oidc-provider 9; Node 20 keeps 8", () => {
  expect(oidcProviderPackageFor("20.20.2")).toBe("oidc-provider");
  expect(oidcProviderPackageFor("v20.19.0")).toBe("oidc-provider");
  expect(oidcProviderPackageFor("22.12.0")).toBe("oidc-provider-9");
  expect(oidcProviderPackageFor("24.22.3")).toBe("oidc-provider-9");
  expect(oidcProviderPackageFor("26.0.0")).toBe("oidc-provider-9");
});
