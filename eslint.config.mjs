// Flat config: typescript-eslint's recommended rules everywhere, plus the Office add-in rules
// for the code that runs in Office. The office-addins plugin's own `recommended` preset also
// turns on prettier formatting errors and an ES6 parser; only its Office.js rules are taken.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", "test-results/", "out/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a parameter a signature requires but the body does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      // Errors, not warnings, so `npm run lint` stays a pass/fail gate. A sync inside a loop that
      // is deliberate (chunks under the 5 MB request limit, cancellable between chunks) carries
      // an eslint-disable-next-line comment saying so.
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    // Build configs and scripts run under Node as CommonJS.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
