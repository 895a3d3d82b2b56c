// What the menu needs of this lesson, without its logic (lessons/catalog.ts): the first
// frame loads only these. `exercises` are the ids in exercises.ts (a test keeps them equal).
import type { LessonMeta } from "../catalog.ts";
import { en } from "./text.en.ts";
import { zh } from "./text.zh.ts";

export const meta: LessonMeta = {
  id: "learn-kernel",
  number: 3,
  title: { en: en.title, zh: zh.title },
  summary: { en: en.summary, zh: zh.summary },
  exercises: ["lr-diverge", "lr-converge", "handwritten-conv2d"],
};
