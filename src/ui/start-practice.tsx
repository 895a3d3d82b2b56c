// `convlab practice` on a terminal: the watch screen (rustlings' watch). The state is the pure
// reducer of state/practice.ts; here are its effects: chokidar watches the workspace (its
// `atomic` handling turns an editor's save-by-rename into one change), each due check runs in
// a worker (src/practice/checker.ts, so the learner's crash or endless loop never reaches this
// screen), and every judged attempt goes to the progress store.
import chokidar from "chokidar";
import { render, useApp, useInput } from "ink";
import { basename } from "node:path";
import { useEffect, useReducer } from "react";
import type { Lang } from "../i18n.ts";
import { checkFile, LIMITS, type Limits } from "../practice/checker.ts";
import { fileName, practiceExercises, progressId } from "../practice/exercises.ts";
import { practiceText } from "../practice/text.ts";
import { shownPath } from "../practice/report.ts";
import { passed } from "../practice/verdict.ts";
import { exerciseFile } from "../practice/workspace.ts";
import { exerciseProgress, openStore, recordAttempt, type ProgressStore } from "../store/index.ts";
import { LabShell } from "./components/LabShell.tsx";
import type { LabText } from "./progress.ts";
import { warningsText } from "./store-progress.ts";
import { useTerminalSize } from "./hooks/useTerminalSize.ts";
import type { Size } from "./layout.ts";
import { PracticeScreen } from "./screens/PracticeScreen.tsx";
import { keepTerminal, newTerminalHandle, RedrawBridge } from "./terminal-signals.tsx";
import { initPractice, practiceReducer, type PracticeAction, type PracticeState } from "./state/practice.ts";
import { themeFor, type Theme } from "./theme.ts";

export interface PracticeOptions {
  /** The workspace, absolute. */
  dir: string;
  lang: Lang;
  env: NodeJS.ProcessEnv;
  limits?: Limits;
}

const hintCount = (index: number) => practiceText(practiceExercises[index]!, "en").hints.length;
const reducer = (s: PracticeState, a: PracticeAction) => practiceReducer(s, a, hintCount);

export interface PracticeAppProps extends PracticeOptions {
  store: ProgressStore;
  /** Which exercises the store says are solved (the screen opens on the first one that is not). */
  solved: readonly boolean[];
  /** What the store warned of when loading (e.g. an unreadable file moved aside). */
  warning?: LabText;
  /** Pin the terminal size (tests); otherwise it follows stdout. */
  size?: Size;
}

export function PracticeApp({ dir, lang, store, solved, warning, limits = LIMITS, size: fixedSize }: PracticeAppProps) {
  const { exit } = useApp();
  const size = useTerminalSize(fixedSize);
  const [state, dispatch] = useReducer(reducer, undefined, () => initPractice(solved, lang, warning));
  useInput((input, key) => dispatch({ type: "key", input, key }));
  useEffect(() => {
    if (state.quitting) exit();
  }, [state.quitting, exit]);

  // a save of an exercise's file makes its check due (only the current one is re-checked)
  useEffect(() => {
    const byFile = new Map(practiceExercises.map((e, i) => [fileName(e), i]));
    const watcher = chokidar.watch(dir, { depth: 0, ignoreInitial: true, atomic: true, awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 } });
    const onFile = (path: string) => {
      const index = byFile.get(basename(path));
      if (index !== undefined) dispatch({ type: "saved", index });
    };
    watcher.on("add", onFile).on("change", onFile);
    return () => void watcher.close();
  }, [dir]);

  // one check at a time: a save during a check makes another one due when it ends
  useEffect(() => {
    if (!state.due || state.checking !== undefined) return;
    const index = state.current;
    const exercise = practiceExercises[index]!;
    dispatch({ type: "checking", index });
    void checkFile(exerciseFile(dir, exercise), exercise, limits).then((result) => {
      const kind = result.verdict.kind;
      if (kind !== "not-done" && kind !== "missing-file")
        void store.update((p) => recordAttempt(p, progressId(exercise), passed(result.verdict))).then((saved) => {
          const warning = warningsText(saved.warnings);
          if (warning) dispatch({ type: "warned", warning });
        });
      dispatch({ type: "checked", index, result });
    });
  }, [state.due, state.checking, state.current, dir, limits, store]);

  return <PracticeScreen state={state} lang={state.lang} size={size} shownPath={shownPath} fileOf={(i) => exerciseFile(dir, practiceExercises[i]!)} />;
}

export async function runPractice(options: PracticeOptions, theme: Theme = themeFor(options.env)): Promise<number> {
  const store = openStore({ env: options.env });
  const { progress, warnings } = await store.load();
  const solved = practiceExercises.map((e) => exerciseProgress(progress, progressId(e)).done);
  const terminal = newTerminalHandle();
  const Root = () => {
    const size = useTerminalSize();
    return (
      <LabShell theme={theme} size={size}>
        <PracticeApp {...options} store={store} solved={solved} warning={warningsText(warnings)} size={size} />
        <RedrawBridge handle={terminal} />
      </LabShell>
    );
  };
  // We own Ctrl+C (exit 0, terminal restored), as the lab does (start.tsx), and Ctrl+Z / fg.
  const instance = render(<Root />, { exitOnCtrlC: false, incrementalRendering: false, patchConsole: true });
  const release = keepTerminal(terminal);
  try {
    await instance.waitUntilExit();
  } finally {
    release();
  }
  return 0;
}
