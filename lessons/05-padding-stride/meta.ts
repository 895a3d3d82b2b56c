// What the menu needs of this lesson (lessons/catalog.ts): the first frame loads only these
// files, so the title and summary live here, not in text.*.ts with the narrative.
// `exercises` are the ids in exercises.ts (a test keeps them equal).
import type { LessonMeta } from "../catalog.ts";

export const meta: LessonMeta = {
  id: "padding-stride",
  number: 5,
  title: {
    en: "Padding and stride",
    zh: "填充和步幅",
  },
  summary: {
    en: "Zeros around the input keep its size; a stride skips positions and shrinks the output.",
    zh: "在输入四周补零可以保持尺寸；步幅跳过位置，使输出变小。",
  },
  exercises: ["same-shape"],
};
