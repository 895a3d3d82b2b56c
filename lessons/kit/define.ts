// defineLesson: what every lesson shares, written once. A lesson states only what is
// particular to it — its options → a config → a run → the frame at step k — and the kit owns
// the state (initial config, config, run, step), init, reset, next/back, clamping, isDone,
// checked edits, reseeding and scaling the rate, and the frame's bookkeeping
// (lesson/step/steps/done and the empty arrays).
import { local, type Lang, type LocalText, type Texts } from "../../src/i18n.ts";
import type { Exercise } from "./exercise.ts";
import type { Equation, Frame, Json, MatrixView, Outcome, Plot, Scalar, Series } from "../frame.ts";
import type { Lesson, LessonAction, LessonOptions, Update } from "../lesson.ts";
import { optionSpecs, readOptions, type OptionDefs, type OptionValues } from "./options.ts";
import { checkMatrix, checkNumber, SEED_RANGE, type Checked } from "./values.ts";

/** What the kit keeps for every lesson. */
export interface LessonState<C, R> {
  /** The config init made: what `reset` returns to. */
  readonly initial: C;
  readonly config: C;
  /** Everything the frames show, computed from the config once (a lesson is small and deterministic). */
  readonly run: R;
  readonly step: number;
}

/** The words every lesson's text tables carry: its menu line, and the refusal of an edit it does not take. */
export interface LessonTexts {
  title: string;
  /** One line for the menu and `convlab list`. */
  summary: string;
  notEditable(p: { id: string }): string;
}

/** The part of a frame that is particular to a lesson and its step. */
export interface FrameBody {
  heading: string;
  narrative: string[];
  matrices: MatrixView[];
  equations?: Equation[];
  scalars?: Scalar[];
  series?: Series[];
  plots?: Plot[];
  /** Indices into the lesson's code lines that this step runs. */
  code: number[];
  outcome?: Outcome;
  record: Record<string, Json>;
}

/** What frame() is given: the state's parts, the step count, and the language's text table. */
export interface At<C, R, T> {
  config: C;
  run: R;
  step: number;
  steps: number;
  t: T;
  lang: Lang;
}

export interface LessonSpec<C, R, T extends LessonTexts, O extends OptionDefs> {
  /** e.g. "cross-correlation"; also its folder name after the number. */
  id: string;
  /** 1-based position in the menu. */
  number: number;
  texts: Texts<T>;
  options: O;
  /** The config from the options as given (undefined where not given); throw with refuse() for a bad combination. */
  config(o: OptionValues<O>, raw: LessonOptions): C;
  /** Computes what the frames show. `previous` is the run before a change, for a lesson that can reuse part of it. */
  run(config: C, previous?: { config: C; run: R }): R;
  steps(run: R, config: C): number;
  /** The engine code the frames show, and the files under lessons/ it is copied from (a test checks it is). */
  code: { lines: string[]; from: readonly string[] };
  frame(at: At<C, R, T>): FrameBody;
  /** The last JSON Lines object of `convlab run --json`. */
  summarize(run: R, config: C): Record<string, Json>;
  /** The matrices an `edit` may name, and the config an edit gives (the values already checked as a matrix). */
  edit?: { matrices: readonly string[]; maxSize?: number; apply(config: C, matrix: string, values: number[][]): Checked<C> };
  /** A new seed (a whole number) → the config. */
  reseed?(config: C, seed: number): C;
  /** The rate(s) times `factor`, checked (see scaleRate). */
  scaleLr?(config: C, factor: number): Checked<C>;
  /** After an edit, reseed or rate change: stay on this step (default), or start over at step 0. */
  afterChange?: "stay" | "restart";
  /** More of the run (e.g. further iterations): the config that runs on, shown from the same step (the first new one). */
  more?(config: C, run: R): Checked<C>;
  /** The other data set the lesson knows, shown from step 0. */
  otherData?(config: C): C;
  /**
   * Alternatives picked by number (`choose`): what they are and their names (from the text
   * table), and the config the index-th gives, refused when it cannot be had now. Shown from the same step.
   */
  choices?: { what(t: T): string; names(t: T): readonly string[]; choose(config: C, index: number): Checked<C> };
  exercises?: readonly Exercise[];
}

export type KitLesson<C, R> = Lesson<LessonState<C, R>>;

/** A learning rate times `factor`, refused by the one value checker unless finite and positive. */
export function scaleRate(lr: number, factor: number): Checked<number> {
  return checkNumber(lr * factor, { positive: true }, "lr");
}

/** A lesson's choices as the screens see them: what they are and each name, in every language. */
function choicesOf<T>(choices: { what(t: T): string; names(t: T): readonly string[] }, texts: Texts<T>): NonNullable<Lesson["choices"]> {
  const [en, zh] = [choices.names(texts.en), choices.names(texts.zh)];
  return { what: { en: choices.what(texts.en), zh: choices.what(texts.zh) }, names: en.map((name, i) => ({ en: name, zh: zh[i]! })) };
}

export function defineLesson<C, R, T extends LessonTexts, O extends OptionDefs>(spec: LessonSpec<C, R, T, O>): KitLesson<C, R> {
  type S = LessonState<C, R>;
  const stepsOf = (s: S) => spec.steps(s.run, s.config);
  const clamp = (step: number, steps: number) => Math.max(0, Math.min(step, steps - 1));

  function start(config: C, initial: C, step = 0, before?: S): S {
    const run = spec.run(config, before && { config: before.config, run: before.run });
    return { initial, config, run, step: clamp(step, spec.steps(run, config)) };
  }
  /** The state after a change of config: on the same step, or from the start. */
  const changed = (s: S, config: C): Update<S> => ({
    ok: true,
    state: start(config, s.initial, spec.afterChange === "restart" ? 0 : s.step, s),
  });
  const refused = (reason: LocalText): Update<S> => ({ ok: false, error: reason });
  const isDone = (s: S) => s.step >= stepsOf(s) - 1;

  return {
    id: spec.id,
    number: spec.number,
    title: { en: spec.texts.en.title, zh: spec.texts.zh.title },
    summary: { en: spec.texts.en.summary, zh: spec.texts.zh.summary },
    options: optionSpecs(spec.options),
    texts: spec.texts,
    code: spec.code,
    exercises: spec.exercises ?? [],
    ...(spec.choices ? { choices: choicesOf(spec.choices, spec.texts) } : {}),
    actions: [...(["edit", "reseed", "scaleLr", "more", "otherData"] as const).filter((a) => spec[a] !== undefined), ...(spec.choices ? (["choose"] as const) : [])],
    init(raw: LessonOptions = {}) {
      const config = spec.config(readOptions(spec.options, raw), raw);
      return start(config, config);
    },
    next: (s) => (isDone(s) ? s : { ...s, step: s.step + 1 }),
    back: (s) => (s.step > 0 ? { ...s, step: s.step - 1 } : s),
    isDone,
    step: (s) => s.step,
    update(s, action: LessonAction): Update<S> {
      switch (action.type) {
        case "reset":
          return { ok: true, state: start(s.initial, s.initial) };
        case "edit": {
          const edit = spec.edit;
          if (!edit?.matrices.includes(action.matrix)) {
            return refused({ en: spec.texts.en.notEditable({ id: action.matrix }), zh: spec.texts.zh.notEditable({ id: action.matrix }) });
          }
          const values = checkMatrix(action.values, { maxRows: edit.maxSize, maxCols: edit.maxSize }, action.matrix);
          if (!values.ok) return refused(values.reason);
          const config = edit.apply(s.config, action.matrix, values.value);
          return config.ok ? changed(s, config.value) : refused(config.reason);
        }
        case "reseed": {
          if (!spec.reseed) break;
          const seed = checkNumber(action.seed, { ...SEED_RANGE, integer: true }, "seed");
          return seed.ok ? changed(s, spec.reseed(s.config, seed.value)) : refused(seed.reason);
        }
        case "scaleLr": {
          if (!spec.scaleLr) break;
          const config = spec.scaleLr(s.config, action.factor);
          return config.ok ? changed(s, config.value) : refused(config.reason);
        }
        case "more": {
          if (!spec.more) break;
          const config = spec.more(s.config, s.run);
          return config.ok ? { ok: true, state: start(config.value, s.initial, s.step, s) } : refused(config.reason);
        }
        case "otherData":
          if (!spec.otherData) break;
          return { ok: true, state: start(spec.otherData(s.config), s.initial, 0, s) };
        case "choose": {
          if (!spec.choices) break;
          const count = spec.choices.names(spec.texts.en).length;
          const index = checkNumber(action.index, { min: 0, max: count - 1, integer: true }, local(spec.texts, spec.choices.what));
          if (!index.ok) return refused(index.reason);
          const config = spec.choices.choose(s.config, index.value);
          return config.ok ? changed(s, config.value) : refused(config.reason);
        }
      }
      return { ok: true, state: s };
    },
    frame(s, lang): Frame {
      const steps = stepsOf(s);
      const body = spec.frame({ config: s.config, run: s.run, step: s.step, steps, t: spec.texts[lang], lang });
      return {
        lesson: spec.id,
        step: s.step,
        steps,
        heading: body.heading,
        narrative: body.narrative,
        matrices: body.matrices,
        equations: body.equations ?? [],
        scalars: body.scalars ?? [],
        series: body.series ?? [],
        ...(body.plots ? { plots: body.plots } : {}),
        code: { lines: spec.code.lines, current: body.code },
        done: isDone(s),
        ...(body.outcome ? { outcome: body.outcome } : {}),
        record: body.record,
      };
    },
    summarize: (s) => spec.summarize(s.run, s.config),
  };
}
