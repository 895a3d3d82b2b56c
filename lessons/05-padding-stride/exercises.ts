// Exercise after the padding-and-stride lesson: the padding and stride that keep the shape,
// checked by running the engine's conv2d with them and reading the output's shape.
import { nd } from "../../src/engine/index.ts";
import { local } from "../../src/i18n.ts";
import { defineExercise, shapeText, type Exercise } from "../kit/exercise.ts";
import { en } from "./exercises.en.ts";
import { zh } from "./exercises.zh.ts";

const texts = { en, zh };
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

export const exercises: readonly Exercise[] = [sameShape];
