// The lab's entry for the CLI: `convlab` (default command) calls runLab on a terminal. The
// lab itself (and Ink) loads only now, so headless commands never pay for it; in the bundle,
// start-lab.tsx is the lab's own build, dist/lab.js (scripts/build.mjs).
// Ink decides at import time whether it runs "in CI" (any CI or CONTINUOUS_INTEGRATION other
// than "false"/"0") and then prints only the last frame; a person at a terminal must see the
// live lab, so those variables are dropped before start-lab.tsx (which imports Ink) loads, or
// before first-paint.ts (chalk decides its colours the same way).
import { erasePainted } from "./painted.ts";
import type { LabOptions } from "./start-lab.tsx";

export type { LabOptions } from "./start-lab.tsx";

/** Drops CI and CONTINUOUS_INTEGRATION: call before loading Ink or chalk (first-paint.ts). */
export function asAtTerminal(): void {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
}

export async function runLab(options: LabOptions): Promise<number> {
  asAtTerminal();
  let lab: typeof import("./start-lab.tsx");
  try {
    lab = await import("./start-lab.tsx");
  } catch (error) {
    // The menu painted while it loaded would stay on screen, dead, above the error.
    if (options.painted) process.stdout.write(erasePainted(options.painted));
    throw error;
  }
  return lab.startLab(options);
}
