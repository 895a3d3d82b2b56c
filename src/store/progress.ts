// Pure functions over Progress: each returns a new object (or the same one when nothing
// changes, so a caller can skip a save). No file system here.
import type { Lang } from "../i18n.ts";
import { dict, emptyProgress, isCount, MAX_COUNT, type ExerciseProgress, type LessonProgress, type Progress } from "./schema.ts";

const NO_LESSON: LessonProgress = { seen: false, done: false };
const NO_EXERCISE: ExerciseProgress = { seen: false, done: false, attempts: 0 };

export function lessonProgress(p: Progress, lessonId: string): LessonProgress {
  return Object.hasOwn(p.lessons, lessonId) ? p.lessons[lessonId]! : NO_LESSON;
}

export function exerciseProgress(p: Progress, exerciseId: string): ExerciseProgress {
  return Object.hasOwn(p.exercises, exerciseId) ? p.exercises[exerciseId]! : NO_EXERCISE;
}

function withLesson(p: Progress, id: string, next: LessonProgress): Progress {
  const old = lessonProgress(p, id);
  if (old.seen === next.seen && old.done === next.done && Object.hasOwn(p.lessons, id)) return p;
  return { ...p, lessons: Object.assign(dict<LessonProgress>(), p.lessons, { [id]: next }) };
}

function withExercise(p: Progress, id: string, next: ExerciseProgress): Progress {
  const old = exerciseProgress(p, id);
  const same = old.seen === next.seen && old.done === next.done && old.attempts === next.attempts;
  if (same && Object.hasOwn(p.exercises, id)) return p;
  return { ...p, exercises: Object.assign(dict<ExerciseProgress>(), p.exercises, { [id]: next }) };
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

/** One checked answer: counts the attempt (up to MAX_COUNT); a pass marks the exercise done (for good). */
export function recordAttempt(p: Progress, exerciseId: string, pass: boolean): Progress {
  const old = exerciseProgress(p, exerciseId);
  return withExercise(p, exerciseId, { seen: true, done: old.done || pass, attempts: Math.min(MAX_COUNT, old.attempts + 1) });
}

/** The language last chosen in the lab, if any. */
export function langSetting(p: Progress): Lang | undefined {
  return p.settings.lang;
}

export function setLang(p: Progress, lang: Lang): Progress {
  return p.settings.lang === lang ? p : { ...p, settings: { ...p.settings, lang } };
}

/** The step (0-based) the learner was last on in a lesson, if any. */
export function stepReached(p: Progress, lessonId: string): number | undefined {
  const steps = p.settings.steps;
  return steps && Object.hasOwn(steps, lessonId) ? steps[lessonId] : undefined;
}

export function setStep(p: Progress, lessonId: string, step: number): Progress {
  if (!isCount(step) || stepReached(p, lessonId) === step) return p;
  const steps = Object.assign(dict<number>(), p.settings.steps, { [lessonId]: step });
  return { ...p, settings: { ...p.settings, steps } };
}

/** A reset: progress and the steps reached go, the language stays (a preference, not progress). */
export function clearedProgress(p: Progress): Progress {
  const cleared = emptyProgress(p.generation + 1);
  if (p.settings.lang) cleared.settings.lang = p.settings.lang;
  return cleared;
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
