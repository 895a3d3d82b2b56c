// The lab's entry for the CLI: `runLab` is what `convlab` (default command) calls on a terminal.
//
// NOT YET WIRED to startLab (start-lab.tsx, the real lab): bundling Ink with scripts/build.mjs as
// it is makes dist/convlab.js fail to load for every command. Ink's devtools module imports
// `react-devtools-core` (not installed); build.mjs marks it `external`, and in an ESM bundle an
// external import is hoisted to a top-level `import`, which Node resolves at startup. Once
// build.mjs resolves that package to an empty module (see /work/notes/readme-ui.md, "Build"),
// replace the body below with `return (await import("./start-lab.tsx")).startLab(options);`.
import type { LabOptions } from "./start-lab.tsx";

export type { LabOptions } from "./start-lab.tsx";

export async function runLab(_options: LabOptions): Promise<number> {
  process.stdout.write("convlab: the lab is being built.\n");
  return 0;
}
