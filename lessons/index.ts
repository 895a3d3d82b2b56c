// The lesson registry: adding a lesson is one line here.
import type { Lesson } from "./lesson.ts";

export const lessons: readonly Lesson[] = [];

/** By id ("learn-kernel") or number ("3"). */
export function findLesson(name: string): Lesson | undefined {
  const n = Number(name);
  return lessons.find((l) => l.id === name || (Number.isInteger(n) && l.number === n));
}
