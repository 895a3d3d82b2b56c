// What every lesson is, as the lab and the CLI see it: a pure, deterministic state machine over
// the engine. init(options) → state; next/back/update → new state; frame(state, lang) → plain
// data. No React, no I/O: the same options (and seed) always give the same frames. Lessons are
// written with the kit (lessons/kit/define.ts), which fills in everything here they share.
import type { Lang, LocalText, Texts } from "../src/i18n.ts";
import type { Exercise } from "./kit/exercise.ts";
import type { Frame, Json } from "./frame.ts";

/** One option a lesson accepts; the CLI builds its flags from these, the lab its editors. */
export interface OptionSpec {
  /** Option name as the CLI spells it (kebab-case), e.g. "lr", "init-weight", "x". */
  name: string;
  /** number: finite; integer; choice: one of `choices`; matrix: JSON nested array; numbers: "a,b,…". */
  type: "number" | "integer" | "choice" | "matrix" | "numbers";
  describe: LocalText;
  choices?: readonly string[];
  /** Inclusive bounds for number/integer (and every entry of numbers and matrix); `positive` refuses 0 and negatives. */
  min?: number;
  max?: number;
  positive?: boolean;
  /** numbers: exactly this many values (e.g. init-weight: as many as the kernel has). */
  count?: number;
  /** matrix: at most this many rows and columns (a lesson steps through every output cell). */
  maxSize?: number;
  /** The default, as the CLI would spell it (for help texts), if the lesson has one. */
  default?: string;
}

/** Raw option values as given (CLI strings or already-parsed values); the lesson validates. */
export type LessonOptions = Record<string, unknown>;

/** Thrown by init for a bad option: names the option, the value and what is allowed. */
export class OptionError extends Error {
  constructor(
    readonly option: string,
    readonly value: unknown,
    readonly allowed: string,
    /** `allowed` in every language (the CLI prints the one it speaks); English is `allowed`. */
    readonly allowedText?: LocalText,
  ) {
    super(`--${option}: ${JSON.stringify(value)} is not allowed; ${allowed}`);
    this.name = "OptionError";
  }
}

/** What a learner can do besides stepping. A lesson ignores what it does not support. */
export type LessonAction =
  | { type: "reset" }
  | { type: "edit"; matrix: string; values: number[][] }
  | { type: "scaleLr"; factor: number }
  | { type: "reseed"; seed: number }
  /** Run more iterations (a lesson that trains: the learner watches what the loss does next). */
  | { type: "more" }
  /** Switch to the other data set the lesson knows (e.g. the notebook's image ↔ the book's). */
  | { type: "otherData" }
  /** Pick the index-th (0-based) of the lesson's `choices` (e.g. lesson 9's kernels). */
  | { type: "choose"; index: number };

/** An action either gives a new state or is refused with a reason (the old state stays). */
export type Update<S> = { ok: true; state: S } | { ok: false; error: LocalText };

export interface Lesson<S = any> {
  /** e.g. "cross-correlation"; also its folder name after the number. */
  id: string;
  /** 1-based position in the menu. */
  number: number;
  title: LocalText;
  /** One line for the menu and `convlab list`. */
  summary: LocalText;
  options: readonly OptionSpec[];
  /** Throws OptionError on a bad option. */
  init(options?: LessonOptions): S;
  /** The next step; on the last step returns the state unchanged. */
  next(state: S): S;
  /** The previous step; on the first step returns the state unchanged. */
  back(state: S): S;
  /** On the last step: `next` changes nothing (what frame(state).done says, without rendering). */
  isDone(state: S): boolean;
  /** The 0-based step this state is on (what frame(state).step says, without rendering): the lab remembers it. */
  step(state: S): number;
  update(state: S, action: LessonAction): Update<S>;
  /** Named alternatives the learner picks by number with `choose` (e.g. lesson 9's kernels): what they are, and each one's name. */
  choices?: { what: LocalText; names: readonly LocalText[] };
  /** The actions besides reset this lesson acts on, so screens offer only keys that do something. */
  actions?: readonly Exclude<LessonAction["type"], "reset">[];
  frame(state: S, lang: Lang): Frame;
  /** The last JSON Lines object of `convlab run --json` (e.g. learn-kernel: diverged, final weight). */
  summarize(state: S): Record<string, Json>;
  /** The exercises that follow this lesson, in order (`convlab check <id>`). */
  exercises: readonly Exercise[];
  /** Its text tables, one per language (the frames' words come from these). */
  texts: Texts<object>;
  /** The engine code its frames show, and the files under lessons/ the lines are copied from. */
  code: { lines: readonly string[]; from: readonly string[] };
}
