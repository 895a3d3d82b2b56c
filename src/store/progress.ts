// Pure functions over Progress: each returns a new object (or the same one when nothing
// changes, so a caller can skip a save). No file system here.
import type { ExerciseProgress, LessonProgress, Progress } from "./schema.ts";

const NO_LESSON: LessonProgress = { seen: false, done: false };
const NO_EXERCISE: ExerciseProgress = { seen: false, done: false, attempts: 0 };

export function lessonProgress(p: Progress, lessonId: string): LessonProgress {
  return p.lessons[lessonId] ?? NO_LESSON;
}

export function exerciseProgress(p: Progress, exerciseId: string): ExerciseProgress {
  return p.exercises[exerciseId] ?? NO_EXERCISE;
}

function withLesson(p: Progress, id: string, next: LessonProgress): Progress {
  const old = lessonProgress(p, id);
  if (old.seen === next.seen && old.done === next.done && id in p.lessons) return p;
  return { ...p, lessons: { ...p.lessons, [id]: next } };
}

function withExercise(p: Progress, id: string, next: ExerciseProgress): Progress {
  const old = exerciseProgress(p, id);
  const same = old.seen === next.seen && old.done === next.done && old.attempts === next.attempts;
  if (same && id in p.exercises) return p;
  return { ...p, exercises: { ...p.exercises, [id]: next } };
}

export function markLessonSeen(p: Progress, lessonId: string): Progress {
  return withLesson(p, lessonId, { ...lessonProgress(p, lessonId), seen: true });
}

/** Reached the lesson's last step. */
export function markLessonDone(p: Progress, lessonId: string): Progress {
  return withLesson(p, lessonId, { seen: true, done: true });
}

export function markExerciseSeen(p: Progress, exerciseId: string): Progress {
  return withExercise(p, exerciseId, { ...exerciseProgress(p, exerciseId), seen: true });
}

/** One checked answer: counts the attempt; a pass marks the exercise done (for good). */
export function recordAttempt(p: Progress, exerciseId: string, pass: boolean): Progress {
  const old = exerciseProgress(p, exerciseId);
  return withExercise(p, exerciseId, { seen: true, done: old.done || pass, attempts: old.attempts + 1 });
}

/**
 * Two copies of progress made independently (the lab and `convlab check` in another terminal):
 * progress only grows, so the union loses nothing — seen/done by OR, attempts by max.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const out: Progress = { version: a.version, lessons: { ...a.lessons }, exercises: { ...a.exercises } };
  for (const [id, l] of Object.entries(b.lessons)) {
    const m = lessonProgress(a, id);
    out.lessons[id] = { seen: m.seen || l.seen, done: m.done || l.done };
  }
  for (const [id, e] of Object.entries(b.exercises)) {
    const m = exerciseProgress(a, id);
    out.exercises[id] = { seen: m.seen || e.seen, done: m.done || e.done, attempts: Math.max(m.attempts, e.attempts) };
  }
  return out;
}

export interface ProgressCount {
  lessonsDone: number;
  lessonsTotal: number;
  exercisesDone: number;
  exercisesTotal: number;
}

/** Counts over the lessons and exercises that exist now (entries for removed ones are ignored). */
export function countProgress(
  p: Progress,
  ids: { lessons: readonly string[]; exercises: readonly string[] },
): ProgressCount {
  return {
    lessonsDone: ids.lessons.filter((id) => lessonProgress(p, id).done).length,
    lessonsTotal: ids.lessons.length,
    exercisesDone: ids.exercises.filter((id) => exerciseProgress(p, id).done).length,
    exercisesTotal: ids.exercises.length,
  };
}
