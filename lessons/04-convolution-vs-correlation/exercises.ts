// Exercise after the convolution-vs-correlation lesson: the kernel that makes corr2d a true
// convolution. Checked by what defines convolution — an impulse convolved with K gives K —
// run through the engine's corr2d; the impulse and K are the question, not the answer.
import { corr2d, nd } from "../../src/engine/index.ts";
import { local } from "../../src/i18n.ts";
import { defineExercise, maxAbs, shapeText, type Exercise } from "../kit/exercise.ts";
import { matrixText } from "../kit/frame-parts.ts";
import { en } from "./exercises.en.ts";
import { zh } from "./exercises.zh.ts";

const texts = { en, zh };
const K = [
  [0, 1],
  [2, 3],
];
/** The lesson's input, on which the answer is shown at work. */
const X = [
  [0, 1, 2],
  [3, 4, 5],
  [6, 7, 8],
];

/** A single 1 placed so that every window of a K-sized kernel sees it exactly once. */
function impulse(h: number, w: number): number[][] {
  return Array.from({ length: 2 * h - 1 }, (_, i) => Array.from({ length: 2 * w - 1 }, (_, j) => (i === h - 1 && j === w - 1 ? 1 : 0)));
}

const flipKernel = defineExercise<{ K: number[][] }>({
  id: "flip-kernel",
  lesson: "convolution-vs-correlation",
  fields: [{ id: "K", kind: "matrix", rows: 2, cols: 2, maxRows: 4, maxCols: 4 }],
  start: { K: K.map((row) => [...row]) },
  text: (lang) => {
    const t = texts[lang]["flip-kernel"];
    return { title: t.title, prompt: t.prompt({ k: matrixText(K) }), fields: t.fields, hints: t.hints };
  },
  judge({ K: answer }) {
    const t = (l: typeof en) => l["flip-kernel"];
    const [h, w] = [K.length, K[0]!.length];
    if (answer.length !== h || answer[0]!.length !== w) {
      const p = { got: shapeText(answer.length, answer[0]!.length), want: shapeText(h, w) };
      return { pass: false, reason: local(texts, (l) => t(l).shape(p)) };
    }
    const delta = impulse(h, w);
    const onDelta = corr2d(nd.array(delta), nd.array(answer)).to2d();
    const shown = [
      { id: "delta", title: local(texts, (l) => t(l).deltaTitle), values: delta },
      { id: "onDelta", title: local(texts, (l) => t(l).onDeltaTitle), values: onDelta },
      { id: "K", title: local(texts, (l) => t(l).kTitle), values: K },
    ];
    const off = maxAbs(onDelta.map((row, i) => row.map((v, j) => v - K[i]![j]!)));
    if (off > 1e-5) {
      const p = { got: matrixText(onDelta), k: matrixText(K) };
      return { pass: false, reason: local(texts, (l) => t(l).wrong(p)), shown };
    }
    const conv = matrixText(corr2d(nd.array(X), nd.array(answer)).to2d());
    return { pass: true, reason: local(texts, (l) => t(l).pass({ conv })), shown };
  },
});

export const exercises: readonly Exercise[] = [flipKernel];
