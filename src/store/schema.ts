// The progress file's shape, version 1. Parsing is strict about progress: anything that is not
// exactly this shape is "wrong-shaped" and the caller moves the file aside instead of guessing.
// `generation` and `settings` came later and are optional, so older and newer convlabs read
// each other's files; a setting that is not valid is dropped (a preference is not worth a file).
import { LANGS, type Lang } from "../i18n.ts";

export const SCHEMA_VERSION = 1;

/** Counters stop here rather than grow past what JSON numbers hold exactly (2^53 − 1). */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

export interface LessonProgress {
  seen: boolean;
  /** Stepped to the last step at least once. */
  done: boolean;
}

export interface ExerciseProgress {
  seen: boolean;
  /** Solved at least once. */
  done: boolean;
  /** Checked answers (right or wrong; malformed ones are not counted), at most MAX_COUNT. */
  attempts: number;
}

/** Preferences and places: the last write wins. */
export interface Settings {
  /** The language last chosen in the lab (`t`). */
  lang?: Lang;
  /** Lesson id → the step (0-based) the learner was last on. */
  steps?: Record<string, number>;
}

export interface Progress {
  version: typeof SCHEMA_VERSION;
  /** Raised by every reset: a convlab that saw an older one drops its unsaved changes (the reset wins). */
  generation: number;
  /** Maps keyed by ids come from the file (a user's words): they have no prototype. */
  lessons: Record<string, LessonProgress>;
  exercises: Record<string, ExerciseProgress>;
  settings: Settings;
}

/** An object with no prototype: `constructor` or `__proto__` are keys like any other. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function emptyProgress(generation = 0): Progress {
  return { version: SCHEMA_VERSION, generation, lessons: dict(), exercises: dict(), settings: {} };
}

/** What is wrong with a file's shape, as data: told in the user's language by the store's messages. */
export type ShapeDetail =
  | { kind: "not-object" }
  | { kind: "no-version" }
  | { kind: "field-not-object"; field: "lessons" | "exercises" }
  | { kind: "bad-entry"; field: "lessons" | "exercises"; id: string };

/** Why a parsed file was refused: a wrong shape, or a version this convlab cannot read. */
export type SchemaProblem = { kind: "shape"; detail: ShapeDetail } | { kind: "version"; version: unknown };

type Parsed = { ok: true; progress: Progress } | { ok: false; problem: SchemaProblem };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** Checks a JSON value against the schema; returns a fresh copy with only known fields. */
export function parseProgress(data: unknown): Parsed {
  const shape = (detail: ShapeDetail): Parsed => ({ ok: false, problem: { kind: "shape", detail } });
  if (!isRecord(data)) return shape({ kind: "not-object" });
  if (!("version" in data)) return shape({ kind: "no-version" });
  if (data.version !== SCHEMA_VERSION) return { ok: false, problem: { kind: "version", version: data.version } };
  if (!isRecord(data.lessons)) return shape({ kind: "field-not-object", field: "lessons" });
  if (!isRecord(data.exercises)) return shape({ kind: "field-not-object", field: "exercises" });

  const progress = emptyProgress(isCount(data.generation) ? data.generation : 0);
  for (const [id, entry] of Object.entries(data.lessons)) {
    if (!isRecord(entry) || typeof entry.seen !== "boolean" || typeof entry.done !== "boolean") {
      return shape({ kind: "bad-entry", field: "lessons", id });
    }
    progress.lessons[id] = { seen: entry.seen, done: entry.done };
  }
  for (const [id, entry] of Object.entries(data.exercises)) {
    if (
      !isRecord(entry) ||
      typeof entry.seen !== "boolean" ||
      typeof entry.done !== "boolean" ||
      !isCount(entry.attempts)
    ) {
      return shape({ kind: "bad-entry", field: "exercises", id });
    }
    progress.exercises[id] = { seen: entry.seen, done: entry.done, attempts: entry.attempts };
  }
  progress.settings = parseSettings(data.settings);
  return { ok: true, progress };
}

function parseSettings(data: unknown): Settings {
  if (!isRecord(data)) return {};
  const settings: Settings = {};
  if ((LANGS as readonly unknown[]).includes(data.lang)) settings.lang = data.lang as Lang;
  if (isRecord(data.steps)) {
    const steps = dict<number>();
    for (const [id, step] of Object.entries(data.steps)) if (isCount(step)) steps[id] = step;
    settings.steps = steps;
  }
  return settings;
}
