// Starts the lab on a real terminal: one ordinary Ink app. The CLI checks that stdin and stdout
// are terminals and drops CI and DEV from the environment (src/cli/main.ts) before it loads this file,
// which imports Ink: headless commands never load it.
import { render, type Instance } from "ink";
import { exercises } from "../../lessons/exercises.ts";
import type { Lang } from "../i18n.ts";
import { lessons } from "../../lessons/index.ts";
import { openStore } from "../store/index.ts";
import { App } from "./App.tsx";
import { LabErrorBoundary } from "./components/LabErrorBoundary.tsx";
import { warmUpStringWidth } from "../draw/text.ts";
import type { LabProgress } from "./progress.ts";
import { progressFromStore } from "./store-progress.ts";
import { keepTerminal, newTerminalHandle, RedrawBridge } from "./terminal-signals.tsx";
import { themeFor } from "./theme.ts";

export interface LabOptions {
  lesson?: string;
  /** The language to start in: --lang if given, else the locale's (then the one saved with `t` wins). */
  lang: Lang;
  /** `lang` came from --lang: it wins for this run (and is not saved). */
  langGiven?: boolean;
  /** Done marks and callbacks; by default the user's progress store (src/store: CONVLAB_HOME, else XDG). */
  progress?: LabProgress;
}

export async function startLab(options: LabOptions): Promise<number> {
  // The progress first, while Ctrl+C still interrupts (the store's reads have a time limit).
  const progress = options.progress ?? (await progressFromStore(openStore()));
  const lang = options.langGiven ? options.lang : (progress.lang ?? options.lang);
  // Then raw mode, as Ink's will be: a key pressed before Ink listens waits for it instead of
  // being echoed into the frame; one echoed before now is erased.
  process.stdin.setRawMode(true);
  process.stdout.write("\r\u001b[K");
  warmUpStringWidth();
  const terminal = newTerminalHandle();
  const lab = (
    <LabErrorBoundary lang={lang}>
      <App lessons={lessons} exercises={exercises} lang={lang} lesson={options.lesson} theme={themeFor()} progress={progress} />
      <RedrawBridge handle={terminal} />
    </LabErrorBoundary>
  );
  let instance: Instance;
  try {
    // We own Ctrl+C (exit 0, terminal restored). Ink 6.8's incrementalRendering is left off: in a
    // real terminal it left stale lines behind when the frame changed (seen in tmux).
    instance = render(lab, { exitOnCtrlC: false, incrementalRendering: false, patchConsole: true });
  } catch (error) {
    process.stdin.setRawMode(false);
    throw error;
  }
  const release = keepTerminal(terminal); // Ctrl+Z / fg, and the prompt on a line of its own after quitting
  try {
    await instance.waitUntilExit();
  } finally {
    release();
  }
  return 0;
}
