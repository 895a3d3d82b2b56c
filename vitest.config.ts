import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}", "lessons/**/*.test.ts"],
    setupFiles: ["test/helpers/setup.ts"],
    globalSetup: ["test/helpers/build-bundle.ts"],
    // Pinned so snapshots never depend on where they run (see test/helpers/setup.ts).
    env: { FORCE_COLOR: "1", COLUMNS: "100", LANG: "en_US.UTF-8" },
    testTimeout: 20_000,
    pool: "forks",
  },
});
