// What the menu needs of this lesson (lessons/catalog.ts): the first frame loads only these
// files, so the title and summary live here, not in text.*.ts with the narrative.
// `exercises` are the ids in exercises.ts (a test keeps them equal).
import type { LessonMeta } from "../catalog.ts";

export const meta: LessonMeta = {
  id: "lr-stability",
  number: 8,
  title: {
    en: "Learning-rate stability",
    zh: "学习率与稳定性",
  },
  summary: {
    en: "Several learning rates side by side: converge, oscillate or diverge — and the threshold 2/λ_max that decides.",
    zh: "并排比较几个学习率：收敛、振荡还是发散，以及决定这一切的阈值 2/λ_max。",
  },
  exercises: [],
};
