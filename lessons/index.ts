// The lesson registry: the one list of lessons, in menu order. Each lesson carries its titles,
// options, texts, shown code and exercises; the menu, `convlab list`, `convlab run`, `convlab
// check` and the tests all read this list. Adding a lesson is its folder and one line here
// (docs/contributing.md, "Adding a lesson").
import type { Lesson } from "./lesson.ts";
import { crossCorrelation } from "./01-cross-correlation/index.ts";
import { conv2dLayer } from "./02-conv2d-layer/index.ts";
import { learnKernel } from "./03-learn-kernel/index.ts";
import { convolutionVsCorrelation } from "./04-convolution-vs-correlation/index.ts";
import { paddingStride } from "./05-padding-stride/index.ts";
import { channels } from "./06-channels/index.ts";
import { pooling } from "./07-pooling/index.ts";
import { lrStability } from "./08-lr-stability/index.ts";
import { yourPicture } from "./09-your-picture/index.ts";

export const lessons: readonly Lesson[] = [crossCorrelation, conv2dLayer, learnKernel, convolutionVsCorrelation, paddingStride, channels, pooling, lrStability, yourPicture];

/**
 * By id ("learn-kernel") or number ("3"), written exactly as `convlab run` and `--lesson` take
 * them: "03", "3.0" or " 3" name no lesson. `among` is the list to search (the CLI passes its own).
 */
export function findLesson(name: string, among: readonly Lesson[] = lessons): Lesson | undefined {
  return among.find((l) => l.id === name || String(l.number) === name);
}
