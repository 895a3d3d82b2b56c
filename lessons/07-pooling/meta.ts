// What the menu needs of this lesson (lessons/catalog.ts): the first frame loads only these
// files, so the title and summary live here, not in text.*.ts with the narrative.
// `exercises` are the ids in exercises.ts (a test keeps them equal).
import type { LessonMeta } from "../catalog.ts";

export const meta: LessonMeta = {
  id: "pooling",
  number: 7,
  title: {
    en: "Pooling",
    zh: "池化层",
  },
  summary: {
    en: "Max and average pooling: a window with no weights, padding and stride, one channel at a time.",
    zh: "最大池化和平均池化：没有权重的窗口，带填充和步幅，逐通道计算。",
  },
  exercises: ["pool-puzzle"],
};
