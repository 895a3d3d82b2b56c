// What the menu needs of this lesson (lessons/catalog.ts): the first frame loads only these
// files, so the title and summary live here, not in text.*.ts with the narrative.
// `exercises` are the ids in exercises.ts (a test keeps them equal).
import type { LessonMeta } from "../catalog.ts";

export const meta: LessonMeta = {
  id: "conv2d-layer",
  number: 2,
  title: {
    en: "The 2-D convolutional layer",
    zh: "二维卷积层",
  },
  summary: {
    en: "A layer is cross-correlation plus a bias; the kernel [1, −1] finds vertical edges.",
    zh: "卷积层就是互相关运算加上偏差；核 [1, −1] 能检测竖直边缘。",
  },
  exercises: ["horizontal-edge", "diagonal-edge"],
};
