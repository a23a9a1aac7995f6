import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // LibreOffice and Chromium suites start real processes; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
