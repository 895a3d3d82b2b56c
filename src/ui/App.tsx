// The lab: one reducer for all state, one key handler that asks the key map what a key
// means, and the screens. Owns Ctrl+C (rendered with exitOnCtrlC: false).
import { ThemeProvider, extendTheme, defaultTheme } from "@inkjs/ui";
import { Box, useApp, useInput, type Key } from "ink";
import { Component, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from "react";
import type { Frame, Lang } from "../../lessons/frame.ts";
import type { Exercise } from "../../lessons/exercises.ts";
import type { Lesson } from "../../lessons/lesson.ts";
import { HelpOverlay } from "./components/HelpOverlay.tsx";
import { SizeNotice } from "./components/SizeNotice.tsx";
import { useTerminalSize } from "./hooks/useTerminalSize.ts";
import { usePlay } from "./hooks/usePlay.ts";
import { commandFor, matches, splitChunk, type Command } from "./keys.ts";
import { MIN_COLUMNS, MIN_ROWS, isTooSmall, isWide, type Size } from "./layout.ts";
import { textIn, type LabProgress, type LabText } from "./progress.ts";
import { MenuScreen } from "./screens/MenuScreen.tsx";
import { ExerciseScreen } from "./screens/ExerciseScreen.tsx";
import { LessonScreen } from "./screens/LessonScreen.tsx";
import type { ExerciseAction } from "./state/exercise.ts";
import { currentExercises, currentSession, initLab, labReducer, type LabAction, type LabState } from "./state/lab.ts";
import { SPEEDS_MS, type SessionAction } from "./state/session.ts";
import { uiStrings } from "./strings.ts";
import { darkTheme, ThemeContext, type Theme } from "./theme.ts";
import { Text } from "ink";

export interface AppProps {
  lessons: readonly Lesson[];
  lang: Lang;
  /** Open this lesson (id or number) instead of the menu. */
  lesson?: string;
  /** Pin the terminal size (tests); otherwise it follows stdout, live. */
  size?: Size;
  theme?: Theme;
  progress?: LabProgress;
  /** Every lesson's exercises (lessons/exercises.ts); `x` in a lesson opens its own. */
  exercises?: readonly Exercise[];
}

const LESSON_ACTIONS: Partial<Record<Command, SessionAction>> = {
  next: { type: "next" },
  back: { type: "back" },
  play: { type: "togglePlay" },
  faster: { type: "faster" },
  slower: { type: "slower" },
  reset: { type: "reset" },
  edit: { type: "editStart" },
  lrHalve: { type: "scaleLr", factor: 0.5 },
  lrDouble: { type: "scaleLr", factor: 2 },
  reseed: { type: "reseed" },
};

/** What a key press means in this state, as a lab action ("quit" exits). */
export function actionFor(state: LabState, input: string, key: Key): LabAction | "quit" | undefined {
  if (matches("quit", input, key)) return "quit";
  const session = currentSession(state);
  if (state.screen === "lesson" && session?.editor) {
    // While editing, printable keys are typed into the cell (even q, e and ?).
    const c = commandFor("editor", input, key);
    const edit = (a: SessionAction): LabAction => ({ type: "session", action: a });
    if (c === "editAccept") return edit({ type: "editAccept" });
    if (c === "editCancel") return edit({ type: "editCancel" });
    if (c === "editDelete") return edit({ type: "editor", action: { type: "delete" } });
    if (c === "editSwitch") return edit({ type: "editSwitch" });
    if (c === "editMove") {
      const dr = key.upArrow ? -1 : key.downArrow ? 1 : 0;
      const dc = key.leftArrow ? -1 : key.rightArrow ? 1 : 0;
      return edit({ type: "editor", action: { type: "move", dr, dc } });
    }
    if (c === "editType") return edit({ type: "editor", action: { type: "type", text: input } });
    return undefined;
  }
  if (state.help) {
    if (matches("help", input, key) || key.escape || input === "q") return { type: "closeHelp" };
    if (matches("language", input, key)) return { type: "toggleLang" };
    return undefined;
  }
  const global = commandFor("global", input, key);
  if (global === "help") return { type: "toggleHelp" };
  if (global === "language") return { type: "toggleLang" };
  if (state.screen === "menu") {
    const c = commandFor("menu", input, key);
    if (c === "menuUp") return { type: "menu", action: { type: "up" } };
    if (c === "menuDown") return { type: "menu", action: { type: "down" } };
    if (c === "menuOpen") return { type: "open", index: state.menu.selected };
    // Digits name the lesson number shown in the menu (numbers may skip).
    if (c === "menuJump") return { type: "open", index: state.lessons.findIndex((l) => l.number === Number(input)) };
    if (c === "menuQuit") return "quit";
    return undefined;
  }
  if (state.screen === "exercise") {
    const c = commandFor("exercise", input, key);
    const ex = (a: ExerciseAction): LabAction => ({ type: "exercise", action: a });
    if (c === "exCheck") return ex({ type: "check" });
    if (c === "exHint") return ex({ type: "hint" });
    if (c === "exBack") return { type: "closeExercises" };
    if (c === "exField") return ex({ type: "nextField" });
    if (c === "exNext") return ex({ type: "go", delta: 1 });
    if (c === "exPrev") return ex({ type: "go", delta: -1 });
    if (c === "exReset") return ex({ type: "resetAnswer" });
    if (c === "exDelete") return ex({ type: "editor", action: { type: "delete" } });
    if (c === "exType") return ex({ type: "editor", action: { type: "type", text: input } });
    if (c === "exMove") {
      const dr = key.upArrow ? -1 : key.downArrow ? 1 : 0;
      const dc = key.leftArrow ? -1 : key.rightArrow ? 1 : 0;
      return ex({ type: "editor", action: { type: "move", dr, dc } });
    }
    return undefined;
  }
  const c = commandFor("lesson", input, key);
  if (c === "toMenu") return { type: "toMenu" };
  if (c === "exercises") return { type: "openExercises" };
  const action = c && LESSON_ACTIONS[c];
  return action ? { type: "session", action } : undefined;
}

type AppAction = LabAction | { type: "key"; input: string; key: Key };

/** The lab reducer, plus key presses translated by the key map. */
export function keyedLabReducer(state: LabState, action: AppAction): LabState {
  if (action.type !== "key") return labReducer(state, action);
  let next = state;
  for (const press of splitChunk(action.input, action.key)) {
    if (next.quitting) break;
    const mapped = actionFor(next, press.input, { ...action.key, ...press.key });
    if (mapped === "quit") next = { ...next, quitting: true };
    else if (mapped) next = labReducer(next, mapped);
  }
  return next;
}

function uiKitTheme(theme: Theme) {
  const colour = { success: theme.status.success, error: theme.status.error, warning: theme.status.warning, info: theme.status.info };
  return extendTheme(defaultTheme, {
    components: {
      StatusMessage: { styles: { icon: ({ variant }: { variant: keyof typeof colour }) => ({ color: colour[variant] }) } },
    },
  });
}

export function App({ lessons, lang, lesson, size: fixedSize, theme = darkTheme, progress, exercises = [] }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize(fixedSize);
  const [state, dispatch] = useReducer(keyedLabReducer, undefined, () =>
    initLab(lessons, lang, { open: lesson, done: progress?.done, exercises, solved: progress?.exercisesDone }),
  );
  const work = currentExercises(state);
  const session = currentSession(state);
  const frame: Frame | undefined = useMemo(() => session?.lesson.frame(session.state, state.lang), [session?.state, session?.lesson, state.lang]);

  // The key goes through the reducer, so it always meets the latest state (a fast second
  // key may arrive before React re-subscribes this handler).
  useInput((input, key) => dispatch({ type: "key", input, key }));
  useEffect(() => {
    if (state.quitting) exit();
  }, [state.quitting, exit]);
  usePlay(session?.playing ?? false, SPEEDS_MS[session?.speed ?? 0] ?? 500, () => dispatch({ type: "session", action: { type: "tick" } }));

  // Tell the progress store what happened (once per lesson and event); it may answer with a
  // warning (e.g. progress cannot be saved), shown on the menu.
  const [warning, setWarning] = useState<LabText | undefined>(progress?.warning);
  const reported = useRef(new Set<string>(progress?.done ?? []));
  useEffect(() => {
    for (const id of state.done) {
      if (reported.current.has(id)) continue;
      reported.current.add(id);
      const said = progress?.onDone?.(id);
      if (said) setWarning(said);
    }
  }, [state.done, progress]);
  useEffect(() => {
    if (!state.current) return;
    const said = progress?.onSeen?.(state.current);
    if (said) setWarning(said);
  }, [state.current, progress]);
  // Every check of a well-formed answer is an attempt.
  const checks = work?.checks ?? 0;
  useEffect(() => {
    const last = work?.lastCheck;
    if (!last || last.malformed || checks === 0) return;
    const said = progress?.onAttempt?.(last.id, last.pass);
    if (said) setWarning(said);
    // Keyed on the check count: only a new check reports, not a redraw or a language switch.
  }, [checks, state.current]);

  const kit = useMemo(() => uiKitTheme(theme), [theme]);
  let body: ReactNode;
  const exerciseCount = exercises.length > 0 ? { done: exercises.filter((e) => state.solved.includes(e.id)).length, total: exercises.length } : undefined;
  if (isTooSmall(size)) {
    body = <SizeNotice lang={state.lang} minColumns={MIN_COLUMNS} minRows={MIN_ROWS} columns={size.columns} rows={size.rows} />;
  } else if (state.help) {
    const active = state.screen === "menu" ? "menu" : state.screen === "exercise" ? "exercise" : session?.editor ? "editor" : "lesson";
    body = <HelpOverlay lang={state.lang} active={active} wide={isWide(size)} rows={size.rows} />;
  } else if (state.screen === "exercise" && session && work) {
    body = <ExerciseScreen work={work} lesson={session.lesson} solved={state.solved} lang={state.lang} size={size} />;
  } else if (state.screen === "lesson" && session && frame) {
    body = <LessonScreen session={session} frame={frame} position={lessons.indexOf(session.lesson) + 1} lessonCount={lessons.length} lang={state.lang} size={size} />;
  } else {
    body = (
      <MenuScreen lessons={lessons} selected={state.menu.selected} done={state.done} lang={state.lang} notice={state.notice} warning={warning && textIn(warning, state.lang)} exercises={exerciseCount} columns={size.columns} rows={size.rows} />
    );
  }
  return (
    <ThemeContext.Provider value={theme}>
      <ThemeProvider theme={kit}>
        {/* The live area stays one line shorter than the terminal: see layout.ts. */}
        <Box flexDirection="column" width={size.columns} height={Math.max(1, size.rows - 1)} overflow="hidden">
          {body}
        </Box>
      </ThemeProvider>
    </ThemeContext.Provider>
  );
}

/** A render error shows one line and waits for q / Ctrl+C instead of a stack trace. */
export class LabErrorBoundary extends Component<{ lang: Lang; children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override render(): ReactNode {
    return this.state.error ? <Crashed message={this.state.error.message} lang={this.props.lang} /> : this.props.children;
  }
}

function Crashed({ message, lang }: { message: string; lang: Lang }) {
  const { exit } = useApp();
  useInput((input, key) => {
    if (input === "q" || key.escape || matches("quit", input, key)) exit();
  });
  return <Text>{uiStrings(lang).crashed(message)}</Text>;
}
