// Key presses become lab actions: the key map names the command for the screen in use, and
// this turns it into an action of the lab reducer. Pure: tested through the reducer.
import type { Key } from "ink";
import { choiceIndex, commandFor, matches, splitChunk, type Command } from "../keys.ts";
import type { ExerciseAction } from "./exercise.ts";
import { currentSession, labReducer, type LabAction, type LabState } from "./lab.ts";
import type { SessionAction } from "./session.ts";

const LESSON_ACTIONS: Partial<Record<Command, SessionAction>> = {
  next: { type: "next" },
  back: { type: "back" },
  play: { type: "togglePlay" },
  faster: { type: "faster" },
  slower: { type: "slower" },
  reset: { type: "reset" },
  edit: { type: "editStart" },
  lrDown: { type: "scaleLr", factor: 1 / 1.05 },
  lrUp: { type: "scaleLr", factor: 1.05 },
  lrHalve: { type: "scaleLr", factor: 0.5 },
  lrDouble: { type: "scaleLr", factor: 2 },
  reseed: { type: "reseed" },
  scrollDown: { type: "scroll", delta: 1 },
  scrollUp: { type: "scroll", delta: -1 },
  numbersPage: { type: "page" },
  more: { type: "more" },
  otherData: { type: "otherData" },
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
    if (c === "editSwitch") return edit({ type: "editor", action: { type: "switch" } });
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
    if (c === "exField") return ex({ type: "editor", action: { type: "switch" } });
    if (c === "exNext") return ex({ type: "go", delta: 1 });
    if (c === "exPrev") return ex({ type: "go", delta: -1 });
    if (c === "exReset") return ex({ type: "resetAnswer" });
    if (c === "exScrollDown") return ex({ type: "scroll", delta: 1 });
    if (c === "exScrollUp") return ex({ type: "scroll", delta: -1 });
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
  if (c === "choose") {
    // a digit past the lesson's choices does nothing (the bar shows the range there is)
    const index = session && choiceIndex(session.lesson, input);
    return index === undefined ? undefined : { type: "session", action: { type: "choose", index } };
  }
  const action = c && LESSON_ACTIONS[c];
  return action ? { type: "session", action } : undefined;
}

/**
 * A key press; `tooSmall`: the terminal is below the minimum size, so the lab is not on screen
 * and only quitting works (keys must not step a lesson the learner cannot see).
 */
export type AppAction = LabAction | { type: "key"; input: string; key: Key; tooSmall?: boolean };

type Press = ReturnType<typeof splitChunk>[number];

/** The command that types into a cell, when a cell is being edited in this state. */
function typingCommand(state: LabState): Command | undefined {
  if (state.screen === "lesson" && currentSession(state)?.editor) return "editType";
  if (state.screen === "exercise" && !state.help) return "exType";
  return undefined;
}

/**
 * How many presses from `at` are text for the cell: a run of typed characters, with the line
 * breaks inside it (a pasted matrix); a line break at the end stays Enter.
 */
function textRun(presses: readonly Press[], at: number, typing: Command): number {
  let end = at;
  for (let i = at; i < presses.length; i++) {
    const p = presses[i]!;
    if (matches(typing, p.input, p.key)) end = i + 1;
    else if (!p.key.return) break;
  }
  return end - at;
}

const typeInto = (state: LabState, text: string): LabAction =>
  state.screen === "exercise"
    ? { type: "exercise", action: { type: "editor", action: { type: "type", text } } }
    : { type: "session", action: { type: "editor", action: { type: "type", text } } };

/** The lab reducer, plus key presses translated by the key map. */
export function keyedLabReducer(state: LabState, action: AppAction): LabState {
  if (action.type !== "key") return labReducer(state, action);
  let next = state;
  const presses = splitChunk(action.input, action.key);
  for (let i = 0; i < presses.length; i++) {
    const press = presses[i]!;
    if (next.quitting) break;
    // While a cell is edited, a run of characters (a paste, fast typing) is typed as one text,
    // so the editor can take it whole or refuse it whole.
    const typing = action.tooSmall ? undefined : typingCommand(next);
    const run = typing ? textRun(presses, i, typing) : 0;
    if (run > 1) {
      const text = presses.slice(i, i + run).map((p) => (p.key.return ? "\n" : p.input)).join("");
      next = labReducer(next, typeInto(next, text));
      i += run - 1;
      continue;
    }
    if (action.tooSmall) {
      if (matches("quit", press.input, { ...action.key, ...press.key }) || press.input === "q") next = { ...next, quitting: true };
      continue;
    }
    const mapped = actionFor(next, press.input, { ...action.key, ...press.key });
    if (mapped === "quit") next = { ...next, quitting: true };
    else if (mapped) next = labReducer(next, mapped);
  }
  return next;
}
