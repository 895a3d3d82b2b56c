// What the menu needs of this lesson (lessons/catalog.ts): the first frame loads only these
// files, so the title and summary live here, not in text.*.ts with the narrative.
// `exercises` are the ids in exercises.ts (a test keeps them equal).
import type { LessonMeta } from "../catalog.ts";

export const meta: LessonMeta = {
  id: "your-picture",
  number: 9,
  title: {
    en: "Your own picture",
    zh: "你自己的图片",
  },
  summary: {
    en: "A kernel on a real picture: edges, blur, sharpening — try convlab image <file.png>.",
    zh: "把核用在真实图片上：边缘、模糊、锐化——试试 convlab image <file.png>。",
  },
  exercises: [],
};
