// What the menu needs of this lesson (lessons/catalog.ts): the first frame loads only these
// files, so the title and summary live here, not in text.*.ts with the narrative.
// `exercises` are the ids in exercises.ts (a test keeps them equal).
import type { LessonMeta } from "../catalog.ts";

export const meta: LessonMeta = {
  id: "channels",
  number: 6,
  title: {
    en: "Multiple input and output channels",
    zh: "多输入通道和多输出通道",
  },
  summary: {
    en: "Sum corr2d over input channels, stack kernels for output channels; 1×1 convolution is a dense layer per pixel.",
    zh: "多输入通道时对各通道的互相关结果求和，多输出通道时堆叠多个核；1×1 卷积就是在每个像素上的全连接层。",
  },
  exercises: ["one-by-one"],
};
