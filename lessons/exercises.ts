// Every exercise, in lesson order: adding one is a line in its lesson's exercises.ts.
import { exercises as crossCorrelation } from "./01-cross-correlation/exercises.ts";
import { exercises as conv2dLayer } from "./02-conv2d-layer/exercises.ts";
import type { Exercise } from "./exercise.ts";
import { exercises as learnKernel } from "./03-learn-kernel/exercises.ts";
import { exercises as convolutionVsCorrelation } from "./04-convolution-vs-correlation/exercises.ts";
import { exercises as paddingStride } from "./05-padding-stride/exercises.ts";
import { exercises as channels } from "./06-channels/exercises.ts";
import { exercises as pooling } from "./07-pooling/exercises.ts";

export type { Answer, AnswerField, AnswerValue, CheckResult, Exercise, ExerciseText, Shown, ShownSeries } from "./exercise.ts";

export const exercises: readonly Exercise[] = [
  ...crossCorrelation,
  ...conv2dLayer,
  ...learnKernel,
  ...convolutionVsCorrelation,
  ...paddingStride,
  ...channels,
  ...pooling,
];

export function findExercise(id: string): Exercise | undefined {
  return exercises.find((e) => e.id === id);
}

/** The exercises that follow one lesson, in order. */
export function exercisesFor(lessonId: string): Exercise[] {
  return exercises.filter((e) => e.lesson === lessonId);
}
