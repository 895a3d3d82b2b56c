// The watch screen's state (`convlab practice`), as a pure reducer: which exercise, the hints
// shown, the list, the last check of each exercise and what is solved. The screen's effects
// (watching files, running checks, saving progress) live in start-practice.tsx and only
// dispatch here.
import type { Lang } from "../../i18n.ts";
import type { CheckResult } from "../../practice/checker.ts";
import type { LabText } from "../progress.ts";
import { passed } from "../../practice/verdict.ts";
import { commandFor, matches, splitChunk, type Command, type KeyPress } from "../keys.ts";

export interface PracticeState {
  lang: Lang;
  /** How many exercises there are (the table is practice/exercises.ts). */
  count: number;
  current: number;
  view: "exercise" | "list";
  /** The `?` overlay (every key, from the key map) is open. */
  help: boolean;
  /** The list's cursor. */
  cursor: number;
  /** Hints shown for the current exercise. */
  hints: number;
  /** The last check of each exercise, once there has been one. */
  results: readonly (CheckResult | undefined)[];
  /** The exercise being checked now, if any. */
  checking: number | undefined;
  /** Asked to check again now (`r`), or because its file was saved: a check is due. */
  due: boolean;
  solved: readonly boolean[];
  quitting: boolean;
  /** The progress store's last warning (e.g. progress cannot be saved), in every language. */
  warning?: LabText;
}

export type PracticeAction =
  /** A key press (or a run of them, as Ink hands fast typing over): resolved against the latest state. */
  | { type: "key"; input: string; key: KeyPress }
  | { type: "command"; command: Command }
  | { type: "saved"; index: number }
  | { type: "checking"; index: number }
  | { type: "checked"; index: number; result: CheckResult }
  /** The progress store warned when saving (it stays on screen, as the lab's menu keeps it). */
  | { type: "warned"; warning: LabText };

/** Starts at the first exercise not solved yet (rustlings: where the learner left off). */
export function initPractice(solved: readonly boolean[], lang: Lang, warning?: LabText): PracticeState {
  const first = solved.indexOf(false);
  const current = first < 0 ? 0 : first;
  return { lang, count: solved.length, current, view: "exercise", help: false, cursor: current, hints: 0, results: solved.map(() => undefined), checking: undefined, due: true, solved, quitting: false, warning };
}

export const allSolved = (s: PracticeState): boolean => s.solved.every(Boolean);

/** Hints of the current exercise (the reducer needs only how many there are). */
export type HintCount = (index: number) => number;

function open(s: PracticeState, index: number): PracticeState {
  const current = Math.max(0, Math.min(s.count - 1, index));
  if (current === s.current) return { ...s, view: "exercise" };
  return { ...s, current, cursor: current, view: "exercise", hints: 0, due: true };
}

export function practiceReducer(s: PracticeState, action: PracticeAction, hintCount: HintCount): PracticeState {
  switch (action.type) {
    case "key":
      return splitChunk(action.input, action.key).reduce((state, k) => {
        if (matches("quit", k.input, k.key)) return { ...state, quitting: true };
        if (matches("language", k.input, k.key)) return { ...state, lang: state.lang === "en" ? "zh" : "en" };
        if (matches("help", k.input, k.key)) return { ...state, help: !state.help };
        if (state.help) return k.key.escape || k.input === "q" ? { ...state, help: false } : state;
        const command = commandFor(state.view === "list" ? "practiceList" : "practice", k.input, k.key);
        return command ? practiceReducer(state, { type: "command", command }, hintCount) : state;
      }, s);
    case "saved":
      return action.index === s.current ? { ...s, due: true } : s;
    case "checking":
      return { ...s, checking: action.index, due: false };
    case "checked": {
      const results = s.results.map((r, i) => (i === action.index ? action.result : r));
      const solved = s.solved.map((v, i) => v || (i === action.index && passed(action.result.verdict)));
      return { ...s, results, solved, checking: s.checking === action.index ? undefined : s.checking };
    }
    case "warned":
      return { ...s, warning: action.warning };
    case "command":
      switch (action.command) {
        case "practiceHint":
          return { ...s, hints: Math.min(hintCount(s.current), s.hints + 1) };
        case "practiceNext":
          return open(s, s.current + 1);
        case "practicePrev":
          return open(s, s.current - 1);
        case "practiceList":
          return { ...s, view: "list", cursor: s.current };
        case "practiceCheck":
          return { ...s, due: true };
        case "practiceQuit":
          return { ...s, quitting: true };
        case "practiceListUp":
          return { ...s, cursor: Math.max(0, s.cursor - 1) };
        case "practiceListDown":
          return { ...s, cursor: Math.min(s.count - 1, s.cursor + 1) };
        case "practiceListOpen":
          return open(s, s.cursor);
        case "practiceListClose":
          return { ...s, view: "exercise" };
        default:
          return s;
      }
  }
}
