// The lab: one reducer for all state, one key handler that asks the key map what a key
// means, and the screens. Owns Ctrl+C (rendered with exitOnCtrlC: false).
import { useApp, useInput } from "ink";
import { useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from "react";
import type { Frame } from "../../lessons/frame.ts";
import type { Lang } from "../i18n.ts";
import type { Exercise } from "../../lessons/exercises.ts";
import type { Lesson } from "../../lessons/lesson.ts";
import { practiceExercises, progressId } from "../practice/exercises.ts";
import { LabShell } from "./components/LabShell.tsx";
import { HelpOverlay } from "./components/HelpOverlay.tsx";
import { idleLessonCommands, lessonKeyWords } from "./keys.ts";
import { SizeNotice } from "./components/SizeNotice.tsx";
import { useTerminalSize } from "./hooks/useTerminalSize.ts";
import { usePlay } from "./hooks/usePlay.ts";
import { MIN_COLUMNS, MIN_ROWS, isTooSmall, isWide, type Size } from "../draw/plan.ts";
import { offerText, textIn, whenSaid, type LabProgress, type LabText } from "./progress.ts";
import { MenuScreen } from "./screens/MenuScreen.tsx";
import { ExerciseScreen } from "./screens/ExerciseScreen.tsx";
import { LessonScreen } from "./screens/LessonScreen.tsx";
import { keyedLabReducer } from "./state/input.ts";
import { currentExercises, currentSession, initLab, nextOffer } from "./state/lab.ts";
import { stepMs } from "./state/play.ts";
import { darkTheme, type Theme } from "./theme.ts";

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

export function App({ lessons, lang, lesson, size: fixedSize, theme = darkTheme, progress, exercises = [] }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize(fixedSize);
  const [state, dispatch] = useReducer(keyedLabReducer, undefined, () =>
    initLab(lessons, lang, { open: lesson, done: progress?.done, exercises, solved: progress?.exercisesDone, steps: progress?.steps }),
  );
  const work = currentExercises(state);
  const session = currentSession(state);
  const frame: Frame | undefined = useMemo(() => session?.lesson.frame(session.state, state.lang), [session?.state, session?.lesson, state.lang]);

  // The key goes through the reducer, so it always meets the latest state (a fast second
  // key may arrive before React re-subscribes this handler).
  const tooSmall = isTooSmall(size);
  useInput((input, key) => dispatch({ type: "key", input, key, tooSmall }));
  useEffect(() => {
    if (state.quitting) exit();
  }, [state.quitting, exit]);
  // While playing, each step stays for the time to read what it adds to the step before.
  const playMs = useMemo(() => {
    if (!session?.playing || !frame) return undefined;
    const { lesson, state: at } = session;
    const previous = lesson.step(at) > 0 ? lesson.frame(lesson.back(at), state.lang) : undefined;
    return stepMs(frame, session.speed, previous);
  }, [session?.playing, session?.speed, session?.state, session?.lesson, frame, state.lang]);
  usePlay(playMs !== undefined, playMs ?? 0, () => dispatch({ type: "session", action: { type: "tick" } }));

  // Tell the progress store what happened (once per lesson and event); it may answer with a
  // warning (e.g. progress cannot be saved), shown on the menu.
  const [warning, setWarning] = useState<LabText | undefined>(progress?.warning);
  const reported = useRef(new Set<string>(progress?.done ?? []));
  useEffect(() => {
    for (const id of state.done) {
      if (reported.current.has(id)) continue;
      reported.current.add(id);
      whenSaid(progress?.onDone?.(id), setWarning);
    }
  }, [state.done, progress]);
  useEffect(() => {
    if (!state.current) return;
    whenSaid(progress?.onSeen?.(state.current), setWarning);
  }, [state.current, progress]);
  // Every check of a well-formed answer is an attempt, reported once (per lesson, the count
  // of checks already reported is kept, so reopening a lesson's exercises reports nothing).
  const reportedChecks = useRef(new Map<string, number>());
  useEffect(() => {
    if (!work || !state.current) return;
    if (work.checks <= (reportedChecks.current.get(state.current) ?? 0)) return;
    reportedChecks.current.set(state.current, work.checks);
    const last = work.lastCheck;
    if (!last || last.malformed) return;
    whenSaid(progress?.onAttempt?.(last.id, last.pass), setWarning);
  }, [work, state.current, progress]);

  // Settings, remembered for the next lab: the language once `t` changes it (a language given
  // with --lang is not saved), and the step of each lesson whenever it changes.
  const savedLang = useRef(state.lang);
  useEffect(() => {
    if (state.lang === savedLang.current) return;
    savedLang.current = state.lang;
    whenSaid(progress?.onLang?.(state.lang), setWarning);
  }, [state.lang, progress]);
  // Every open lesson, not only the one on screen: keys that come in one chunk may step a
  // lesson and leave it before a frame is drawn.
  const savedSteps = useRef<Record<string, number>>({ ...progress?.steps });
  useEffect(() => {
    for (const [id, s] of Object.entries(state.sessions)) {
      const step = s.lesson.step(s.state);
      if (step === (savedSteps.current[id] ?? 0)) continue;
      savedSteps.current[id] = step;
      whenSaid(progress?.onStep?.(id, step), setWarning);
    }
  }, [state.sessions, progress]);

  let body: ReactNode;
  const offer = offerText(nextOffer(state), lessons, state.lang);
  const practice = { done: practiceExercises.filter((e) => state.solved.includes(progressId(e))).length, total: practiceExercises.length };
  const exerciseCount = exercises.length > 0 ? { done: exercises.filter((e) => state.solved.includes(e.id)).length, total: exercises.length } : undefined;
  if (tooSmall) {
    body = <SizeNotice lang={state.lang} minColumns={MIN_COLUMNS} minRows={MIN_ROWS} columns={size.columns} rows={size.rows} />;
  } else if (state.help) {
    const active = state.screen === "menu" ? "menu" : state.screen === "exercise" ? "exercise" : session?.editor ? "editor" : "lesson";
    // a lesson's help leaves out the keys it does not act on, as its key bar does
    const hide = session ? idleLessonCommands(session.lesson, exercises.filter((e) => e.lesson === session.lesson.id).length) : [];
    const words = session ? lessonKeyWords(session.lesson, state.lang) : {};
    body = <HelpOverlay lang={state.lang} active={active} wide={isWide(size)} rows={size.rows} hide={hide} words={words} />;
  } else if (state.screen === "exercise" && session && work) {
    body = <ExerciseScreen work={work} lesson={session.lesson} solved={state.solved} offer={offer} lang={state.lang} size={size} />;
  } else if (state.screen === "lesson" && session && frame) {
    body = <LessonScreen session={session} frame={frame} position={lessons.indexOf(session.lesson) + 1} lessonCount={lessons.length} playMs={playMs} exerciseCount={exercises.filter((e) => e.lesson === session.lesson.id).length} offer={offer} lang={state.lang} size={size} />;
  } else {
    body = (
      <MenuScreen lessons={lessons} selected={state.menu.selected} done={state.done} lang={state.lang} notice={state.notice} warning={warning && textIn(warning, state.lang)} exercises={exerciseCount} practice={practice} columns={size.columns} rows={size.rows} />
    );
  }
  return (
    <LabShell theme={theme} size={size}>
      {body}
    </LabShell>
  );
}

// Re-exported for tests and the lab entry.
export { LabErrorBoundary } from "./components/LabErrorBoundary.tsx";
export { actionFor, keyedLabReducer } from "./state/input.ts";
