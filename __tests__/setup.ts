import { skipPlainObjectStacks } from "../scripts/run-ts/stack-traces";
// Brings the matchers' type declarations (a global augmentation of jest.Matchers) into scope; types only.
import type {} from "cdktf/lib/testing/adapters/jest";

type CdkLibrary = typeof import("../lib/terraform-cdk");

/** cdktf's matchers, as its Testing.setupJest() registers them. */
const CDKTF_MATCHERS = [
  "toHaveResource",
  "toHaveResourceWithProperties",
  "toHaveDataSource",
  "toHaveDataSourceWithProperties",
  "toHaveProvider",
  "toHaveProviderWithProperties",
  "toBeValidTerraform",
  "toPlanSuccessfully",
] as const;

let cdktfMatchers: jest.ExpectExtendMap | undefined;

/** Loads cdktf and takes the matchers its Testing.setupJest() hands to expect.extend. */
function loadCdktfMatchers(): jest.ExpectExtendMap {
  if (cdktfMatchers) return cdktfMatchers;
  const { Testing } = jest.requireActual<CdkLibrary>("../lib/terraform-cdk");
  let taken: jest.ExpectExtendMap = {};
  const extend = jest.spyOn(expect, "extend").mockImplementation((matchers) => void (taken = matchers));
  try {
    Testing.setupJest();
  } finally {
    extend.mockRestore();
  }
  cdktfMatchers = taken;
  return taken;
}

// cdktf's matchers (toHaveResource, toHaveResourceWithProperties, ...) on expect. Loading cdktf costs
// about a quarter of a second per test file and most files never synthesize, so each matcher loads it
// on its first call.
expect.extend(
  Object.fromEntries(
    CDKTF_MATCHERS.map((name) => [
      name,
      function (this: jest.MatcherContext, received: unknown, ...expected: unknown[]) {
        return loadCdktfMatchers()[name].call(this, received, ...expected);
      },
    ]),
  ),
);

// cdktf captures a stack trace on a plain object for every token it creates, and jest would
// source-map every frame of each: Errors keep jest's mapped stacks, those captures stay empty.
skipPlainObjectStacks({ debug: Boolean(process.env.ML_DASHBOARD_DEBUG) });
