// Starts the lab on a real terminal (the CLI checks stdin/stdout are TTYs first, then calls
// runLab in run-lab.tsx, which hands over to startLab here).
// Ink decides at import time whether it runs "in CI" (any CI or CONTINUOUS_INTEGRATION other
// than "false"/"0") and then prints only the last frame; a person at a terminal must see the
// live lab, so those variables are dropped before Ink is first imported, hence the dynamic imports.
import type { Lang } from "../../lessons/frame.ts";
import type { LabProgress } from "./progress.ts";

export interface LabOptions {
  lesson?: string;
  lang: Lang;
  /** Done marks and callbacks; by default the user's progress store (src/store: CONVLAB_HOME, else XDG). */
  progress?: LabProgress;
}

export async function startLab(options: LabOptions): Promise<number> {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  const [{ render }, { App, LabErrorBoundary }, { lessons }, { themeFor }, { exercises }, { openStore }, { progressFromStore }] = await Promise.all([
    import("ink"),
    import("./App.tsx"),
    import("../../lessons/index.ts"),
    import("./theme.ts"),
    import("../../lessons/exercises.ts"),
    import("../store/index.ts"),
    import("./store-progress.ts"),
  ]);
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
