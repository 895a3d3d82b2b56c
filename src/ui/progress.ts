// What the lab needs from the progress store: which lessons are done, counts to show, a
// warning to show, and hooks to record what happens. `store-progress.ts` builds one from
// src/store; tests pass plain objects.
import type { Lang } from "../../lessons/frame.ts";
import { uiStrings } from "./strings.ts";

/** A message in one language, or in every language (so a live language switch re-words it). */
export type LabText = string | Readonly<Record<Lang, string>>;

export const textIn = (text: LabText, lang: Lang): string => (typeof text === "string" ? text : text[lang]);

export interface LabProgress {
  /** Ids of lessons already done. */
  done: readonly string[];
  /** Ids of exercises already solved. */
  exercisesDone?: readonly string[];
  /** E.g. "the progress file was unreadable and was moved aside": shown on the menu. */
  warning?: LabText;
  /** Called when a lesson is opened; may return a warning (e.g. progress cannot be saved). */
  onSeen?(lessonId: string): LabText | undefined | void;
  /** Called once when a lesson first reaches its last step; may return a warning. */
  onDone?(lessonId: string): LabText | undefined | void;
  /** Called for every checked answer (a malformed one is not an attempt); may return a warning. */
  onAttempt?(exerciseId: string, pass: boolean): LabText | undefined | void;
}

/** Solved exercises of the lessons shown, for the menu's count; undefined if they have none. */
export function exerciseCount(lessons: readonly { exercises: readonly { id: string }[] }[], progress?: LabProgress): { done: number; total: number } | undefined {
  const solved = progress?.exercisesDone ?? [];
  const ids = lessons.flatMap((m) => m.exercises.map((e) => e.id));
  return ids.length > 0 ? { done: ids.filter((id) => solved.includes(id)).length, total: ids.length } : undefined;
}

/** The menu header's counts: "2 of 9 lessons done · 3 of 11 exercises solved". */
export function progressLine(lang: Lang, lessonIds: readonly string[], done: readonly string[], exercises?: { done: number; total: number }): string {
  const t = uiStrings(lang);
  const lessons = t.progress(lessonIds.filter((id) => done.includes(id)).length, lessonIds.length);
  return exercises ? `${lessons} · ${t.exercisesSolved(exercises.done, exercises.total)}` : lessons;
}
