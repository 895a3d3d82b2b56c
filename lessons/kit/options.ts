// A lesson's options, declared once with their types: the CLI builds its flags from them
// (OptionSpec), the lesson reads them back typed (`o.lr` is a number, `o.x` a matrix), and the
// one value checker (values.ts) refuses bad ones with the option's name and the value given.
// Values arrive as CLI strings ("0.016", "1,-1", "[[0,1],[2,3]]") or already parsed (the lab).
import type { LocalText } from "../../src/i18n.ts";
import { OptionError, type LessonOptions, type OptionSpec } from "../lesson.ts";
import { checkChoice, checkNumber, checkVector, readMatrix, readNumber, readNumberList, SEED_RANGE, type Checked } from "./values.ts";

/** One option: its spec without the name (the key it is declared under), and the type it reads as. */
export type Option<T> = Omit<OptionSpec, "name"> & { readonly read: (raw: unknown, name: string) => Checked<T> };
// `any`, not `unknown`: a contextual Option<unknown> would widen a choice's inferred words to string.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OptionDefs = Record<string, Option<any>>;

/** The options as given, typed; undefined where not given (the lesson picks its default). */
export type OptionValues<O extends OptionDefs> = { [K in keyof O]: O[K] extends Option<infer T> ? T | undefined : never };

interface Common {
  describe: LocalText;
}
interface Bounds {
  min?: number;
  max?: number;
}

/** The option kinds a lesson can declare; `default` is what help shows (the lesson applies it). */
export const option = {
  number: (o: Common & Bounds & { positive?: boolean; default?: number }): Option<number> => ({
    type: "number",
    ...spec(o, o.default === undefined ? undefined : String(o.default)),
    read: (raw, name) => checkNumber(readNumber(raw), o, name),
  }),
  integer: (o: Common & Bounds & { default?: number }): Option<number> => ({
    type: "integer",
    ...spec(o, o.default === undefined ? undefined : String(o.default)),
    read: (raw, name) => checkNumber(readNumber(raw), { ...o, integer: true }, name),
  }),
  /** A seed for the engine's generator: a whole number the generator takes as it is. */
  seed: (o: Common & { default?: number }): Option<number> => ({
    type: "integer",
    ...spec({ ...o, ...SEED_RANGE }, o.default === undefined ? undefined : String(o.default)),
    read: (raw, name) => checkNumber(readNumber(raw), { ...SEED_RANGE, integer: true }, name),
  }),
  choice: <C extends string>(choices: readonly C[], o: Common & { default?: C }): Option<C> => ({
    type: "choice",
    choices,
    ...spec(o, o.default),
    read: (raw, name) => checkChoice(raw, choices, name),
  }),
  /** A JSON matrix, at most maxSize rows and columns. */
  matrix: (o: Common & Bounds & { maxSize?: number; default?: number[][] }): Option<number[][]> => ({
    type: "matrix",
    ...spec(o, o.default === undefined ? undefined : JSON.stringify(o.default)),
    ...(o.maxSize === undefined ? {} : { maxSize: o.maxSize }),
    read: (raw, name) => readMatrix(raw, { ...o, maxRows: o.maxSize, maxCols: o.maxSize }, name),
  }),
  /** "a,b,...": exactly `count` numbers if given. */
  numbers: (o: Common & Bounds & { count?: number; default?: number[] }): Option<number[]> => {
    const shown = o.default?.join(",");
    const example = shown ?? Array.from({ length: o.count ?? 2 }, (_, i) => i + 1).join(",");
    return {
      type: "numbers",
      ...spec(o, shown),
      ...(o.count === undefined ? {} : { count: o.count }),
      read: (raw, name) => checkVector(readNumberList(raw), { ...o, ...(o.count === undefined ? {} : { length: o.count }), example }, name),
    };
  },
};

/** The spec fields every kind shares, without undefined ones (help texts list what is there). */
function spec(o: Common & Bounds & { positive?: boolean }, shownDefault: string | undefined) {
  return {
    describe: o.describe,
    ...(o.min === undefined ? {} : { min: o.min }),
    ...(o.max === undefined ? {} : { max: o.max }),
    ...(o.positive ? { positive: true } : {}),
    ...(shownDefault === undefined ? {} : { default: shownDefault }),
  };
}

/** The CLI's view: one OptionSpec per option, named by its key, in declaration order. */
export function optionSpecs(defs: OptionDefs): OptionSpec[] {
  return Object.entries(defs).map(([name, { read: _, ...rest }]) => ({ name, ...rest }));
}

/** The value given for an option: its CLI name ("init-weight") or its camelCase ("initWeight"). */
function given(raw: LessonOptions, name: string): unknown {
  if (raw[name] !== undefined) return raw[name];
  return raw[name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
}

/** Throws the OptionError for a failed check, naming the option and the value as given. */
export function refuse(name: string, value: unknown, reason: LocalText): never {
  throw new OptionError(name, value, reason.en, reason);
}

/**
 * Every option a lesson declares, checked and typed (unknown names are the CLI's business and
 * ignored); throws OptionError at the first bad one.
 */
export function readOptions<O extends OptionDefs>(defs: O, raw: LessonOptions = {}): OptionValues<O> {
  const values: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(defs)) {
    const value = given(raw, name);
    if (value === undefined) continue;
    const checked = def.read(value, name);
    if (!checked.ok) refuse(name, value, checked.reason);
    values[name] = checked.value;
  }
  return values as OptionValues<O>;
}
