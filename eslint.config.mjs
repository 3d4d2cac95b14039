// ESLint: typescript-eslint's recommended type-aware rules over everything but generated code.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".gen/**", "node_modules/**", "cdktf.out/**", "coverage/**", "dist/**", "**/*.d.ts"] },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // The same convention as tsc's noUnusedParameters: a leading underscore marks a parameter kept for its
      // position, and `const { omitted: _x, ...rest } = o` is how a key is left out of a copy.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        exports: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        URL: "readonly",
      },
    },
  },
  { files: ["**/*.mjs"], languageOptions: { sourceType: "module" } },
  {
    // The CDK library is named in one module only, so moving to CDK Terrain changes one line of the app.
    files: ["**/*.ts"],
    ignores: ["lib/terraform-cdk.ts", "__tests__/setup.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["cdktf", "cdktf/*", "cdktn", "cdktn/*"],
              message:
                "Import the CDK library from lib/terraform-cdk (the one module the CDK Terrain switch rewrites).",
            },
          ],
        },
      ],
    },
  },
  {
    // Login code deployed verbatim to Auth0 (rules/ is read as data). A legacy Rule is a script whose one
    // top-level function Auth0 calls, with `configuration` and `UnauthorizedError` provided as globals.
    files: ["rules/**/*.js"],
    rules: { "no-unused-vars": ["error", { vars: "local", caughtErrors: "none" }] },
  },
  {
    files: ["rules/legacy-*.js"],
    languageOptions: {
      sourceType: "script",
      globals: { configuration: "readonly", UnauthorizedError: "readonly", auth0: "readonly" },
    },
  },
);
