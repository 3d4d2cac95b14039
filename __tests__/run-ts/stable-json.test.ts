// The app's bundle writes stacks with scripts/run-ts/stable-json.js in place of cdktf's
// json-stable-stringify: it must write exactly the same text for every value, or the synthesized
// JSON would change with the runner.
import fc from "fast-check";
import * as path from "node:path";
import { Testing } from "../../lib/terraform-cdk";
import { DashboardAuthStack } from "../../lib/stack";
import { EXAMPLE_ENVIRONMENTS, exampleEnvironment, loginCode } from "../helpers";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const stableJson = require("../../scripts/run-ts/stable-json.js") as ((value: unknown, options?: unknown) => string) & {
  exactStringify: (value: unknown) => string;
};
// The library cdktf itself loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const library = require(
  require.resolve("json-stable-stringify", { paths: [path.dirname(require.resolve("cdktf"))] }),
) as (value: unknown, options: { space: number }) => string | undefined;

const expected = (value: unknown) => library(value, { space: 2 });

/** JSON values with the shapes that need care: empty lists and objects, index-like and odd keys, Unicode. */
const key = fc.oneof(
  fc.string(),
  fc.constantFrom("0", "9", "10", "01", "4294967294", "4294967295", "-1", "1.5", "", " ", "a", "B", "é", "\u2028", '"'),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.constantFrom("[]", "{}", '": []', "\\", "${var.x}", "\u2028[]\u2028", "\n[]\n"),
    ),
    fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 5 }),
  ),
})).value;

describe("stable-json (json-stable-stringify's text, faster)", () => {
  test("writes exactly what json-stable-stringify writes, for any JSON value", () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(stableJson(value, { space: 2 })).toBe(expected(value));
        expect(stableJson.exactStringify(value)).toBe(expected(value));
      }),
      { numRuns: 2000 },
    );
  });

  test("and for the values JSON treats specially: undefined, functions, toJSON, Dates, boxed values", () => {
    const values: unknown[] = [
      {},
      [],
      { a: [], b: {}, c: [{}, []] },
      { x: undefined, y: () => 1, z: Symbol("s"), w: [undefined, () => 1] },
      { when: new Date(0), custom: { toJSON: () => ({ b: [], a: 1 }) }, gone: { toJSON: () => undefined } },
      { toJSON: () => "whole" },
      { inner: { toJSON: 5 } },
      [new Number(3), new String("ab"), new Boolean(false)],
      [new Number(3), { b: new Boolean(true) }],
      // U+2028 is a line end for a regular expression's ^ and $, but JSON keeps it as it is in a string.
      { a: ["x\u2028[]\u2028y", "\u2028{}", "\u2029[],"], b: [] },
      { a: new Map([["k", 1]]), b: Object.assign(Object.create(null) as object, { y: 1, x: [] }) },
      { "10": 1, "9": 2, a: { "01": [], "1": {} } },
      JSON.parse('{"__proto__": {"a": []}, "b": 1}'),
      "text",
      5,
      null,
    ];
    for (const value of values) expect(stableJson(value, { space: 2 })).toBe(expected(value));
    expect(stableJson(undefined, { space: 2 })).toBeUndefined();
  });

  test("writes each example environment's stack byte for byte as cdktf's own writer does", () => {
    for (const name of EXAMPLE_ENVIRONMENTS) {
      const stack = new DashboardAuthStack(Testing.app(), { environment: exampleEnvironment(name), loginCode });
      const value: unknown = stack.toTerraform();
      expect(stableJson(value, { space: 2 })).toBe(expected(value));
    }
  });

  test("refuses a call it would not write exactly like the library", () => {
    expect(() => stableJson({}, { space: 4 })).toThrow(/only for \{ space: 2 \}/);
    expect(() => stableJson({}, { space: 2, cycles: true })).toThrow(/only for \{ space: 2 \}/);
    expect(() => stableJson({})).toThrow(/only for \{ space: 2 \}/);
  });

  test("refuses a cycle as JSON.stringify does", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    expect(() => stableJson(cyclic, { space: 2 })).toThrow(/circular/);
  });
});
