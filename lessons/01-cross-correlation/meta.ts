// What the menu needs of this lesson (lessons/catalog.ts): the first frame loads only these
// files, so the title and summary live here, not in text.*.ts with the narrative.
// `exercises` are the ids in exercises.ts (a test keeps them equal).
import type { LessonMeta } from "../catalog.ts";

export const meta: LessonMeta = {
  id: "cross-correlation",
  number: 1,
  title: {
    en: "2-D cross-correlation",
    zh: "二维互相关运算",
  },
  summary: {
    en: "Slide a kernel over an input: each output cell is a sum of products.",
    zh: "让核在输入上滑动：每个输出元素都是对应元素乘积之和。",
  },
  exercises: ["corr2d-target", "output-shape"],
};
