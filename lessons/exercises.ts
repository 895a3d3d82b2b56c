// Every exercise, in lesson order, as the registry's lessons carry them: adding one is a line in
// its lesson's exercises.ts.
import type { Exercise } from "./kit/exercise.ts";
import { lessons } from "./index.ts";

export type { Answer, AnswerField, AnswerValue, CheckResult, Exercise, ExerciseText, Shown, ShownSeries } from "./kit/exercise.ts";

export const exercises: readonly Exercise[] = lessons.flatMap((l) => l.exercises);

export function findExercise(id: string): Exercise | undefined {
  return exercises.find((e) => e.id === id);
}

/** The exercises that follow one lesson, in order. */
export function exercisesFor(lessonId: string): readonly Exercise[] {
  return lessons.find((l) => l.id === lessonId)?.exercises ?? [];
}
