// What the lab needs from the progress store: which lessons are done, counts to show, a
// warning to show, and hooks to record what happens. `store-progress.ts` builds one from
// src/store; tests pass plain objects.
import type { Lang } from "../i18n.ts";
import type { Lesson } from "../../lessons/lesson.ts";
import type { NextOffer } from "./state/lab.ts";
import { uiStrings } from "./strings.ts";

/** A message in one language, or in every language (so a live language switch re-words it). */
export type LabText = string | Readonly<Record<Lang, string>>;

export const textIn = (text: LabText, lang: Lang): string => (typeof text === "string" ? text : text[lang]);

/** What a progress hook answers: a warning to show (e.g. progress cannot be saved), now or once saved. */
export type Said = LabText | undefined | void | Promise<LabText | undefined | void>;

/** Shows what a hook said, whenever it says it. */
export function whenSaid(said: Said, show: (text: LabText) => void): void {
  if (said instanceof Promise) void said.then((text) => text && show(text));
  else if (said) show(said);
}

export interface LabProgress {
  /** Ids of lessons already done. */
  done: readonly string[];
  /** Ids of exercises already solved. */
  exercisesDone?: readonly string[];
  /** E.g. "the progress file was unreadable and was moved aside": shown on the menu. */
  warning?: LabText;
  /** Settings saved by an earlier lab: the language last chosen with `t` (`--lang` wins for one run). */
  lang?: Lang;
  /** Settings: lesson id → the step (0-based) the learner was last on. */
  steps?: Readonly<Record<string, number>>;
  /** Called when a lesson is opened; may answer a warning (e.g. progress cannot be saved). */
  onSeen?(lessonId: string): Said;
  /** Called once when a lesson first reaches its last step; may answer a warning. */
  onDone?(lessonId: string): Said;
  /** Called for every checked answer (a malformed one is not an attempt); may answer a warning. */
  onAttempt?(exerciseId: string, pass: boolean): Said;
  /** Called when the learner switches language (`t`): remembered for the next lab. */
  onLang?(lang: Lang): Said;
  /** Called when the learner moves to another step of a lesson: remembered for the next lab. */
  onStep?(lessonId: string, step: number): Said;
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

/** The line under a lesson's last step (and its solved last exercise): "→ next lesson: 4. Pooling". */
export function offerText(offer: NextOffer | undefined, lessons: readonly Pick<Lesson, "number" | "title">[], lang: Lang): string | undefined {
  if (!offer) return undefined;
  const t = uiStrings(lang);
  const lesson = offer.kind === "lesson" ? lessons[offer.index] : undefined;
  if (!lesson) return t.nextMenu;
  const label = `${lesson.number}. ${lesson.title[lang]}`;
  return offer.kind === "lesson" && offer.unfinished ? t.nextUnfinished(label) : t.nextLesson(label);
}
