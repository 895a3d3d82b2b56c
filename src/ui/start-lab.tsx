// Starts the lab on a real terminal (the CLI checks stdin/stdout are TTYs first, then calls
// runLab in run-lab.tsx, which drops CI from the environment and only then loads this file).
// Imports are static: the build puts the whole lab in as few chunks as it can, and every
// file the first frame waits for costs a read, a compile and a link.
import { render } from "ink";
import stringWidth from "string-width";
import type { Lang } from "../../lessons/frame.ts";
import { exercises } from "../../lessons/exercises.ts";
import { lessons } from "../../lessons/index.ts";
import { openStore } from "../store/index.ts";
import { App, LabErrorBoundary } from "./App.tsx";
import type { LabProgress } from "./progress.ts";
import { progressFromStore } from "./store-progress.ts";
import { themeFor } from "./theme.ts";

export interface LabOptions {
  lesson?: string;
  lang: Lang;
  /** Done marks and callbacks; by default the user's progress store (src/store: CONVLAB_HOME, else XDG). */
  progress?: LabProgress;
}

export async function startLab(options: LabOptions): Promise<number> {
  // string-width's Unicode-property regexes are huge, and V8 compiles a regex for the subject's
  // encoding on first use. Led by a two-byte string (the first frame's "↑" or "中") that costs
  // ~20 ms; after a one-byte (Latin-1) string the two-byte case tiers up directly: ~5 ms in all.
  stringWidth("·");
  const progress = options.progress ?? progressFromStore(openStore());
  const instance = render(
    <LabErrorBoundary lang={options.lang}>
      <App lessons={lessons} exercises={exercises} lang={options.lang} lesson={options.lesson} theme={themeFor()} progress={progress} />
    </LabErrorBoundary>,
    // We own Ctrl+C (exit 0, terminal restored). Ink 6.8's incrementalRendering is left off: in a
    // real terminal it left stale lines behind when the frame changed (seen in tmux).
    { exitOnCtrlC: false, incrementalRendering: false, patchConsole: true },
  );
  await instance.waitUntilExit();
  return 0;
}
