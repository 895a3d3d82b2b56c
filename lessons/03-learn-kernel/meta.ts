// What the menu needs of this lesson (lessons/catalog.ts): the first frame loads only these
// files, so the title and summary live here, not in text.*.ts with the narrative.
// `exercises` are the ids in exercises.ts (a test keeps them equal).
import type { LessonMeta } from "../catalog.ts";

export const meta: LessonMeta = {
  id: "learn-kernel",
  number: 3,
  title: {
    en: "Learning a kernel from data",
    zh: "通过数据学习核数组",
  },
  summary: {
    en: "Gradient descent recovers the edge kernel [1, −1] from an image and its edges — or diverges.",
    zh: "用梯度下降从图像和它的边缘中学出边缘检测核 [1, −1]——或者发散。",
  },
  exercises: ["lr-diverge", "lr-converge", "handwritten-conv2d"],
};
