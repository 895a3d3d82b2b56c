// Exercise after the channels lesson: a 1×1 kernel that mixes channels as asked. The answer
// runs through the engine's conv2d on a test input; the wanted channels are built from the
// same input with the engine's own slicing and arithmetic.
import { nd, type NDArray } from "../../src/engine/index.ts";
import { local } from "../../src/i18n.ts";
import { defineExercise, maxAbs, shapeText, type Exercise, type Shown } from "../kit/exercise.ts";
import { en } from "./exercises.en.ts";
import { zh } from "./exercises.zh.ts";

const texts = { en, zh };

/** 3 channels of 3×3 with different values everywhere, so no wrong mix passes by chance. */
const input = (): NDArray => nd.fromFlat(Array.from({ length: 27 }, (_, v) => ((v * 7) % 11) - 3), [1, 3, 3, 3]);

const oneByOne = defineExercise<{ W: number[][] }>({
  id: "one-by-one",
  lesson: "channels",
  fields: [{ id: "W", kind: "matrix", rows: 2, cols: 3, maxRows: 4, maxCols: 4 }],
  start: {
    W: [
      [1, 0, 0],
      [0, 1, 0],
    ],
  },
  text: (lang) => {
    const t = texts[lang]["one-by-one"];
    return { title: t.title, prompt: t.prompt, fields: t.fields, hints: t.hints };
  },
  judge({ W }) {
    const t = (l: typeof en) => l["one-by-one"];
    if (W.length !== 2 || W[0]!.length !== 3) {
      const got = shapeText(W.length, W[0]!.length);
      return { pass: false, reason: local(texts, (l) => t(l).shape({ got })) };
    }
    const X = input();
    const channel = (c: number) => X.get([0, c]);
    const wanted = [channel(0).add(channel(1)).add(channel(2)), channel(0).sub(channel(2))];
    const Y = nd.conv2d(X, nd.array(W).reshape(W.length, W[0]!.length, 1, 1));
    const shown: Shown[] = [];
    const wrong: number[] = [];
    wanted.forEach((want, o) => {
      const got = Y.get([0, o]).to2d();
      const w = want.to2d();
      shown.push({ id: `out${o}`, title: local(texts, (l) => t(l).gotTitle({ o })), values: got });
      shown.push({ id: `want${o}`, title: local(texts, (l) => t(l).wantTitle({ o })), values: w });
      if (maxAbs(got.map((row, i) => row.map((v, j) => v - w[i]![j]!))) > 1e-4) wrong.push(o);
    });
    if (wrong.length === 0) return { pass: true, reason: local(texts, (l) => t(l).pass), shown };
    return { pass: false, reason: local(texts, (l) => t(l).wrong({ channels: wrong.join(t(l).and), many: wrong.length > 1 })), shown };
  },
});

export const exercises: readonly Exercise[] = [oneByOne];
