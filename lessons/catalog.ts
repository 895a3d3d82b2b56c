// The lessons as the menu shows them: ids, numbers, titles, summaries and exercise ids, without
// any lesson's logic, narrative or the engine, so the lab's first frame waits for none of that.
// Each lesson's meta.ts holds its title and summary in both languages; index.ts is the registry.
import type { LocalText } from "./lesson.ts";
import { meta as crossCorrelation } from "./01-cross-correlation/meta.ts";
import { meta as conv2dLayer } from "./02-conv2d-layer/meta.ts";
import { meta as learnKernel } from "./03-learn-kernel/meta.ts";
import { meta as convolutionVsCorrelation } from "./04-convolution-vs-correlation/meta.ts";
import { meta as paddingStride } from "./05-padding-stride/meta.ts";
import { meta as channels } from "./06-channels/meta.ts";
import { meta as pooling } from "./07-pooling/meta.ts";
import { meta as lrStability } from "./08-lr-stability/meta.ts";
import { meta as yourPicture } from "./09-your-picture/meta.ts";

export interface LessonMeta {
  id: string;
  number: number;
  title: LocalText;
  summary: LocalText;
  /** Ids of the lesson's exercises (lessons/exercises.ts), in order. */
  exercises: readonly string[];
}

/** What a Lesson takes from its meta: who it is and what the menu calls it. */
export function identity({ id, number, title, summary }: LessonMeta): Pick<LessonMeta, "id" | "number" | "title" | "summary"> {
  return { id, number, title, summary };
}

/** In menu order, as `lessons` in index.ts. */
export const catalog: readonly LessonMeta[] = [crossCorrelation, conv2dLayer, learnKernel, convolutionVsCorrelation, paddingStride, channels, pooling, lrStability, yourPicture];
