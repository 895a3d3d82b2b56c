// The whole lab: which screen, the menu cursor, open lessons (kept, so going back to the
// menu and in again resumes), the help overlay and the language. Pure. A lesson's last step
// (and its last exercise, once solved) offers the next lesson: `next` opens it.
import type { Lang } from "../../i18n.ts";
import type { Exercise } from "../../../lessons/exercises.ts";
import type { Lesson } from "../../../lessons/lesson.ts";
import { exerciseReducer, openExercises, type ExerciseAction, type ExerciseState } from "./exercise.ts";
import { menuReducer, type MenuAction, type MenuState } from "./menu.ts";
import type { Notice } from "./notice.ts";
import { openSession, sessionReducer, type Session, type SessionAction } from "./session.ts";

export interface LabState {
  lessons: readonly Lesson[];
  /** Every lesson's exercises (each names its lesson). */
  exercises: readonly Exercise[];
  screen: "menu" | "lesson" | "exercise";
  menu: MenuState;
  /** Open lessons by id; `current` is the one on screen. */
  sessions: Readonly<Record<string, Session>>;
  current?: string;
  help: boolean;
  lang: Lang;
  /** Ids of lessons reached to their last step (from the progress store, plus this run). */
  done: readonly string[];
  /** Exercise work per lesson id (kept, like sessions), and ids of solved exercises. */
  exerciseStates: Readonly<Record<string, ExerciseState>>;
  solved: readonly string[];
  /** Set by a quit key; the app then unmounts. */
  quitting?: boolean;
  /** A menu-level message (a lesson that failed to start). */
  notice?: Notice;
  /** Lesson id → the step an earlier lab left it on: a lesson opened for the first time this run starts there. */
  resume: Readonly<Record<string, number>>;
}

export type LabAction =
  | { type: "menu"; action: MenuAction }
  | { type: "open"; index: number }
  | { type: "toMenu" }
  | { type: "toggleHelp" }
  | { type: "closeHelp" }
  | { type: "toggleLang" }
  | { type: "session"; action: SessionAction }
  | { type: "openExercises" }
  | { type: "closeExercises" }
  | { type: "exercise"; action: ExerciseAction };

export interface LabStart {
  /** Open this lesson (id or number) instead of the menu. */
  open?: string;
  done?: readonly string[];
  exercises?: readonly Exercise[];
  solved?: readonly string[];
  /** Lesson id → the step reached in an earlier lab. */
  steps?: Readonly<Record<string, number>>;
}

export function initLab(lessons: readonly Lesson[], lang: Lang, start: LabStart = {}): LabState {
  const { open, done = [], exercises = [], solved = [], steps = {} } = start;
  // the menu opens on the first lesson not done yet (the first, when all are)
  const menu = { selected: Math.max(0, lessons.findIndex((l) => !done.includes(l.id))) };
  const state: LabState = { lessons, exercises, screen: "menu", menu, sessions: {}, help: false, lang, done, exerciseStates: {}, solved, resume: steps };
  const index = open === undefined ? -1 : lessons.findIndex((l) => l.id === open || String(l.number) === open);
  return index >= 0 ? labReducer(state, { type: "open", index }) : state;
}

/** The exercise work of the lesson on screen, when the exercise screen is open. */
export function currentExercises(state: LabState): ExerciseState | undefined {
  return state.screen === "exercise" && state.current !== undefined ? state.exerciseStates[state.current] : undefined;
}

export function currentSession(state: LabState): Session | undefined {
  return state.current === undefined ? undefined : state.sessions[state.current];
}

/** Where `next` goes from here: the next lesson, or on the last one the first lesson not done (else the menu). */
export type NextOffer = { kind: "lesson"; index: number; unfinished: boolean } | { kind: "menu" };

/**
 * The offer shown on a lesson's last step, and on its exercise screen once the last exercise is
 * solved; undefined anywhere else (there `next` steps as usual).
 */
export function nextOffer(state: LabState): NextOffer | undefined {
  const s = currentSession(state);
  if (!s || !state.current) return undefined;
  if (state.screen === "lesson" && !(s.lesson.isDone(s.state) && !s.editor)) return undefined;
  if (state.screen === "exercise") {
    const work = currentExercises(state);
    const last = work?.list.at(-1);
    if (!work || !last || work.index !== work.list.length - 1 || !state.solved.includes(last.id)) return undefined;
  }
  const here = state.lessons.findIndex((l) => l.id === state.current);
  if (here + 1 < state.lessons.length) return { kind: "lesson", index: here + 1, unfinished: false };
  const index = state.lessons.findIndex((l) => l.id !== state.current && !state.done.includes(l.id));
  return index >= 0 ? { kind: "lesson", index, unfinished: true } : { kind: "menu" };
}

function takeOffer(state: LabState, offer: NextOffer): LabState {
  const left = reduceLab(state, { type: "toMenu" });
  return offer.kind === "menu" ? left : reduceLab(left, { type: "open", index: offer.index });
}

/** Adds the current lesson to `done` once it reaches its last step. */
function markDone(state: LabState): LabState {
  const s = currentSession(state);
  if (!s || !state.current || state.done.includes(state.current)) return state;
  return s.lesson.isDone(s.state) ? { ...state, done: [...state.done, state.current] } : state;
}

export function labReducer(state: LabState, action: LabAction): LabState {
  return markDone(reduceLab(state, action));
}

function reduceLab(state: LabState, action: LabAction): LabState {
  switch (action.type) {
    case "menu":
      return { ...state, menu: menuReducer(state.menu, action.action, state.lessons.length), notice: undefined };
    case "open": {
      const lesson = state.lessons[action.index];
      if (!lesson) return state;
      let session = state.sessions[lesson.id];
      try {
        session ??= openSession(lesson, state.resume[lesson.id]);
      } catch (error) {
        return { ...state, notice: { kind: "error", message: error instanceof Error ? error.message : String(error) } };
      }
      return {
        ...state,
        screen: "lesson",
        menu: { selected: action.index },
        sessions: { ...state.sessions, [lesson.id]: session },
        current: lesson.id,
        notice: undefined,
      };
    }
    case "toMenu": {
      // Leaving a lesson stops its play mode and drops an unfinished edit.
      const s = currentSession(state);
      const sessions = s && state.current ? { ...state.sessions, [state.current]: { ...s, playing: false, editor: undefined, notice: undefined } } : state.sessions;
      return { ...state, screen: "menu", sessions, current: undefined };
    }
    case "toggleHelp":
      return { ...state, help: !state.help };
    case "closeHelp":
      return { ...state, help: false };
    case "toggleLang":
      return { ...state, lang: state.lang === "en" ? "zh" : "en" };
    case "session": {
      const s = currentSession(state);
      if (!s || !state.current) return state;
      const offer = action.action.type === "next" ? nextOffer(state) : undefined;
      if (offer) return takeOffer(state, offer);
      return { ...state, sessions: { ...state.sessions, [state.current]: sessionReducer(s, action.action) } };
    }
    case "openExercises": {
      const s = currentSession(state);
      if (!s || !state.current) return state;
      const list = state.exercises.filter((e) => e.lesson === state.current);
      if (list.length === 0) return { ...state, sessions: { ...state.sessions, [state.current]: { ...s, notice: { kind: "noExercises" } } } };
      const work = state.exerciseStates[state.current] ?? openExercises(list);
      return { ...state, screen: "exercise", sessions: { ...state.sessions, [state.current]: { ...s, playing: false, editor: undefined, notice: undefined } }, exerciseStates: { ...state.exerciseStates, [state.current]: work } };
    }
    case "closeExercises":
      return state.screen === "exercise" ? { ...state, screen: "lesson" } : state;
    case "exercise": {
      const work = currentExercises(state);
      if (!work || !state.current) return state;
      const offer = action.action.type === "go" && action.action.delta > 0 ? nextOffer(state) : undefined;
      if (offer) return takeOffer(state, offer);
      const next = exerciseReducer(work, action.action);
      const passed = next.checks > work.checks && next.lastCheck?.pass && !state.solved.includes(next.lastCheck.id);
      return {
        ...state,
        exerciseStates: { ...state.exerciseStates, [state.current]: next },
        solved: passed ? [...state.solved, next.lastCheck!.id] : state.solved,
      };
    }
  }
}
