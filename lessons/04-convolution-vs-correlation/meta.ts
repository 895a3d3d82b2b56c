// What the menu needs of this lesson (lessons/catalog.ts): the first frame loads only these
// files, so the title and summary live here, not in text.*.ts with the narrative.
// `exercises` are the ids in exercises.ts (a test keeps them equal).
import type { LessonMeta } from "../catalog.ts";

export const meta: LessonMeta = {
  id: "convolution-vs-correlation",
  number: 4,
  title: {
    en: "Convolution vs cross-correlation",
    zh: "卷积与互相关",
  },
  summary: {
    en: "True convolution flips the kernel; a learned kernel simply comes out flipped, so frameworks skip the flip.",
    zh: "真正的卷积要翻转核；学到的核只是翻转过来而已，所以框架省去了翻转。",
  },
  exercises: ["flip-kernel"],
};
