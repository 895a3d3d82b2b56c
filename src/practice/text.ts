// The practice track's words, by language: each exercise's task and hints (text.en.ts,
// text.zh.ts) and what the checker and the watch screen say.
import type { Lang } from "../i18n.ts";
import type { PracticeExercise } from "./exercises.ts";
import { EXERCISE_TEXT as enExercises, PRACTICE_WORDS as en } from "./text.en.ts";
import { EXERCISE_TEXT as zhExercises, PRACTICE_WORDS as zh } from "./text.zh.ts";

export interface PracticeText {
  title: string;
  /** The task, as lines of the file's opening comment ("" between paragraphs); the watch screen shows it too. */
  task: readonly string[];
  /** Two or three, each telling more than the last. */
  hints: readonly string[];
}

export const WORDS = { en, zh } as const;

const EXERCISES: Record<Lang, Record<string, PracticeText>> = { en: enExercises, zh: zhExercises };

export function practiceText(exercise: PracticeExercise, lang: Lang): PracticeText {
  return EXERCISES[lang][exercise.slug]!;
}
