// Exercises after the padding-and-stride lesson: the output shape for a given padding and
// stride, then the padding and stride that keep the shape; both checked by running the engine's
// conv2d and reading the output's shape.
import { nd } from "../../src/engine/index.ts";
import { local } from "../../src/i18n.ts";
import { defineExercise, shapeText, type Exercise } from "../kit/exercise.ts";
import { en } from "./exercises.en.ts";
import { zh } from "./exercises.zh.ts";

const texts = { en, zh };
/** The question's numbers: the notebook's 6×8 image, a 3×3 kernel, padding 1, stride 2. */
const SHAPE_Q = { n: [6, 8], k: [3, 3], pad: 1, stride: 2 } as const;

const outputShape = defineExercise<{ shape: number[] }>({
  id: "output-shape",
  lesson: "padding-stride",
  fields: [{ id: "shape", kind: "vector", length: 2, integer: true, positive: true }],
  start: { shape: [1, 1] },
  text: (lang) => {
    const t = texts[lang]["output-shape"];
    const p = { n: shapeText(SHAPE_Q.n[0], SHAPE_Q.n[1]), k: shapeText(SHAPE_Q.k[0], SHAPE_Q.k[1]), pad: SHAPE_Q.pad, stride: SHAPE_Q.stride };
    return { title: t.title, prompt: t.prompt(p), fields: t.fields, hints: t.hints };
  },
  judge({ shape }) {
    // Ask the engine: run conv2d on an input and kernel of these shapes and read the output's.
    const x = nd.zeros([1, 1, SHAPE_Q.n[0], SHAPE_Q.n[1]]);
    const w = nd.zeros([1, 1, SHAPE_Q.k[0], SHAPE_Q.k[1]]);
    const [, , h, wd] = nd.conv2d(x, w, { pad: SHAPE_Q.pad, stride: SHAPE_Q.stride }).shape;
    const hOk = shape[0] === h;
    const wOk = shape[1] === wd;
    if (hOk && wOk) return { pass: true, reason: local(texts, (t) => t["output-shape"].pass({ shape: shapeText(h!, wd!) })) };
    const key = !hOk && !wOk ? "wrongBoth" : hOk ? "wrongWidth" : "wrongHeight";
    return { pass: false, reason: local(texts, (t) => t["output-shape"][key]) };
  },
});

/** The question: the notebook's 6×8 image and a 5×5 kernel. */
const N = [6, 8] as const;
const K = 5;

const sameShape = defineExercise<{ ps: number[] }>({
  id: "same-shape",
  lesson: "padding-stride",
  fields: [{ id: "ps", kind: "vector", length: 2, integer: true, min: 0, max: 10 }],
  start: { ps: [0, 1] },
  text: (lang) => {
    const t = texts[lang]["same-shape"];
    return { title: t.title, prompt: t.prompt({ n: shapeText(N[0], N[1]), k: shapeText(K, K) }), fields: t.fields, hints: t.hints };
  },
  judge({ ps }) {
    const [p, s] = ps as [number, number];
    const t = (l: typeof en) => l["same-shape"];
    if (s < 1) return { pass: false, malformed: true, reason: local(texts, (l) => t(l).stride) };
    // Refused here in the learner's language, before the engine refuses it in English.
    if (N[0] + 2 * p < K || N[1] + 2 * p < K) {
      const q = { padded: shapeText(N[0] + 2 * p, N[1] + 2 * p), k: shapeText(K, K) };
      return { pass: false, reason: local(texts, (l) => t(l).noFit(q)) };
    }
    const out = nd.conv2d(nd.ones([1, 1, N[0], N[1]]), nd.ones([1, 1, K, K]), { pad: p, stride: s });
    const [, , h, w] = out.shape as [number, number, number, number];
    // ones ⋆ ones counts how many input cells each window covers: the padding shows at the borders
    const shown = h * w <= 100 ? [{ id: "out", title: local(texts, (l) => t(l).outTitle), values: out.reshape(h, w).to2d() }] : [];
    const got = shapeText(h, w);
    const want = shapeText(N[0], N[1]);
    if (got === want) return { pass: true, reason: local(texts, (l) => t(l).pass({ shape: got })), shown };
    return { pass: false, reason: local(texts, (l) => t(l).wrong({ got, want })), shown };
  },
});

export const exercises: readonly Exercise[] = [outputShape, sameShape];
