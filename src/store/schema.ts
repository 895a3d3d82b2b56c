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

/** Why a parsed file was refused: a wrong shape, or a version this convlab cannot read. */
export type SchemaProblem = { kind: "shape"; detail: string } | { kind: "version"; version: unknown };

type Parsed = { ok: true; progress: Progress } | { ok: false; problem: SchemaProblem };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** Checks a JSON value against the schema; returns a fresh copy with only known fields. */
export function parseProgress(data: unknown): Parsed {
  const shape = (detail: string): Parsed => ({ ok: false, problem: { kind: "shape", detail } });
  if (!isRecord(data)) return shape("not a JSON object");
  if (!("version" in data)) return shape("no version");
  if (data.version !== SCHEMA_VERSION) return { ok: false, problem: { kind: "version", version: data.version } };
  if (!isRecord(data.lessons)) return shape("lessons is not an object");
  if (!isRecord(data.exercises)) return shape("exercises is not an object");

  const progress = emptyProgress();
  for (const [id, entry] of Object.entries(data.lessons)) {
    if (!isRecord(entry) || typeof entry.seen !== "boolean" || typeof entry.done !== "boolean") {
      return shape(`lessons.${id} is not {seen, done}`);
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
      return shape(`exercises.${id} is not {seen, done, attempts}`);
    }
    progress.exercises[id] = { seen: entry.seen, done: entry.done, attempts: entry.attempts };
  }
  return { ok: true, progress };
}
