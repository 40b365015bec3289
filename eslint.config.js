// ESLint: typescript-eslint's recommended type-checked rules for the TypeScript, and the
// recommended rules with browser globals for the plain scripts the browser runs.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // test-output/ and data/ hold what tests and runs write (ignored by git too).
  { ignores: ["node_modules/", "data/", "test-output/", "sample-corpus/site/", "**/*.cjs"] },
  {
    files: ["**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-non-null-assertion": "error",
      // Rest siblings: `const { internal: _, ...rest } = x` is how a field is left out of a copy.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read JSON bodies typed `any` by supertest and index into results they have just
    // asserted on; a failed lookup there fails the test, which is what a check would do.
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["server/public/**/*.js", "widget/**/*.js"],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.browser, sourceType: "script" },
  },
  {
    // The search page loads app.js as a module (index.html), which imports labels.js.
    files: ["server/public/**/*.js"],
    languageOptions: { sourceType: "module" },
  },
  {
    files: ["bin/**/*.js", "eslint.config.js"],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
);
