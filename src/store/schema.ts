// The progress file's shape, version 1. Parsing is strict: anything that is not exactly
// this shape is "wrong-shaped" and the caller moves the file aside instead of guessing.

export const SCHEMA_VERSION = 1;

export interface LessonProgress {
  seen: boolean;
  /** Stepped to the last step at least once. */
  done: boolean;
}

export interface ExerciseProgress {
  seen: boolean;
  /** Solved at least once. */
  done: boolean;
  /** Checked answers (right or wrong; malformed ones are not counted). */
  attempts: number;
}

export interface Progress {
  version: typeof SCHEMA_VERSION;
  lessons: Record<string, LessonProgress>;
  exercises: Record<string, ExerciseProgress>;
}

export function emptyProgress(): Progress {
  return { version: SCHEMA_VERSION, lessons: {}, exercises: {} };
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

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** Checks a JSON value against the schema; returns a fresh copy with only known fields. */
export function parseProgress(data: unknown): Parsed {
  const shape = (detail: ShapeDetail): Parsed => ({ ok: false, problem: { kind: "shape", detail } });
  if (!isRecord(data)) return shape({ kind: "not-object" });
  if (!("version" in data)) return shape({ kind: "no-version" });
  if (data.version !== SCHEMA_VERSION) return { ok: false, problem: { kind: "version", version: data.version } };
  if (!isRecord(data.lessons)) return shape({ kind: "field-not-object", field: "lessons" });
  if (!isRecord(data.exercises)) return shape({ kind: "field-not-object", field: "exercises" });

  const progress = emptyProgress();
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
  return { ok: true, progress };
}
