// Starts the lab on a real terminal (the CLI checks stdin/stdout are TTYs first, then calls
// runLab in run-lab.tsx, which drops CI from the environment and only then loads this file).
// Plain `convlab` has already painted the menu (first-paint.ts): Ink's first frame, FirstMenu,
// is drawn over it. That frame needs only the lesson catalog: every lesson's logic, the
// exercises and the engine load right after it (lab-app.ts, its own chunk), then App takes over.
// Otherwise imports are static: every file the first frame waits for costs a read, a compile
// and a link.
import { render } from "ink";
import { catalog } from "../../lessons/catalog.ts";
import type { Lang } from "../../lessons/frame.ts";
import { openStore } from "../store/index.ts";
import { LabErrorBoundary } from "./components/LabErrorBoundary.tsx";
import { warmUpStringWidth } from "../draw/text.ts";
import { FirstMenu } from "./FirstMenu.tsx";
import { returnToPainted, type Painted } from "./painted.ts";
import { terminalSize } from "./layout.ts";
import type { LabProgress } from "./progress.ts";
import { progressFromStore } from "./store-progress.ts";
import { themeFor } from "./theme.ts";

export interface LabOptions {
  lesson?: string;
  lang: Lang;
  /** Done marks and callbacks; by default the user's progress store (src/store: CONVLAB_HOME, else XDG). */
  progress?: LabProgress;
  /** The menu already on screen (first-paint.ts): Ink's first frame is drawn over it. */
  painted?: Painted;
}

export async function startLab(options: LabOptions): Promise<number> {
  warmUpStringWidth();
  const progress = options.progress ?? progressFromStore(openStore());
  const theme = themeFor();
  const lab = async () => {
    const { App, lessons, exercises } = await import("./lab-app.ts");
    return (
      <LabErrorBoundary lang={options.lang}>
        <App lessons={lessons} exercises={exercises} lang={options.lang} lesson={options.lesson} theme={theme} progress={progress} />
      </LabErrorBoundary>
    );
  };
  // We own Ctrl+C (exit 0, terminal restored). Ink 6.8's incrementalRendering is left off: in a
  // real terminal it left stale lines behind when the frame changed (seen in tmux).
  const renderOptions = { exitOnCtrlC: false, incrementalRendering: false, patchConsole: true };
  // `--lesson` opens a lesson at once, so it waits for the lessons; the menu does not. App then
  // starts on the same menu (cursor on the first lesson), so the swap redraws nothing.
  const first =
    options.lesson === undefined ? (
      <LabErrorBoundary lang={options.lang}>
        <FirstMenu catalog={catalog} lang={options.lang} theme={theme} progress={progress} />
      </LabErrorBoundary>
    ) : (
      await lab()
    );
  if (options.painted) process.stdout.write(returnToPainted(options.painted, terminalSize(process.stdout)));
  const instance = render(first, renderOptions);
  if (options.lesson === undefined) instance.rerender(await lab());
  await instance.waitUntilExit();
  return 0;
}
