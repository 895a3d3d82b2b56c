// The exercise after the cross-correlation lesson, checked by running the engine.
import { corr2d, nd } from "../../src/engine/index.ts";
import { local } from "../../src/i18n.ts";
import { defineExercise, shapeText, type Exercise } from "../kit/exercise.ts";
import { matrixText } from "../kit/frame-parts.ts";
import { en } from "./exercises.en.ts";
import { zh } from "./exercises.zh.ts";

const LESSON = "cross-correlation";
const texts = { en, zh };

const TARGET = [
  [1, 2],
  [3, 4],
];

const corr2dTarget = defineExercise<{ X: number[][]; K: number[][] }>({
  id: "corr2d-target",
  lesson: LESSON,
  fields: [
    { id: "X", kind: "matrix", rows: 3, cols: 3, maxRows: 8, maxCols: 8 },
    { id: "K", kind: "matrix", rows: 2, cols: 2, maxRows: 8, maxCols: 8 },
  ],
  start: {
    X: [
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
    ],
    K: [
      [0, 1],
      [2, 3],
    ],
  },
  text: (lang) => {
    const t = texts[lang]["corr2d-target"];
    return { title: t.title, prompt: t.prompt({ y: matrixText(TARGET) }), fields: t.fields, hints: t.hints };
  },
  judge({ X, K }) {
    const x = shapeText(X.length, X[0]!.length);
    const k = shapeText(K.length, K[0]!.length);
    const target = { id: "Y", title: local(texts, (t) => t["corr2d-target"].yTitle), values: TARGET };
    // Refused here in the learner's language, before the engine refuses it in English.
    if (K.length > X.length || K[0]!.length > X[0]!.length) {
      return { pass: false, reason: local(texts, (t) => t["corr2d-target"].noFit({ x, k })), shown: [target] };
    }
    const got = corr2d(nd.array(X), nd.array(K)).to2d();
    const shown = [target, { id: "corr2d", title: local(texts, (t) => t["corr2d-target"].gotTitle), values: got }];
    const out = shapeText(got.length, got[0]!.length);
    const y = shapeText(TARGET.length, TARGET[0]!.length);
    if (out !== y) {
      return { pass: false, reason: local(texts, (t) => t["corr2d-target"].shape({ x, k, out, y })), shown };
    }
    // The engine holds X and K in float32: a decimal like 131072.35 is stored as 131072.34375,
    // so a cell is right when it is within that rounding of Y (bounded by the sum of |x·k| it adds).
    const slack = (i: number, j: number) => {
      let sum = 0;
      K.forEach((row, a) => row.forEach((k, b) => (sum += Math.abs(X[i + a]![j + b]! * k))));
      return 1e-4 + (K.length * K[0]!.length + 2) * 2 ** -24 * sum;
    };
    const off = got.flatMap((row, i) => row.map((v, j) => !(Math.abs(v - TARGET[i]![j]!) <= slack(i, j))));
    const differ = off.filter(Boolean).length;
    if (differ === 0) {
      const exact = got.every((row, i) => row.every((v, j) => v === TARGET[i]![j]));
      const p = { y: matrixText(TARGET), got: matrixText(got) };
      return { pass: true, reason: local(texts, (t) => (exact ? t["corr2d-target"].pass(p) : t["corr2d-target"].passRounded(p))), shown };
    }
    const total = TARGET.flat().length;
    const p = { got: matrixText(got), y: matrixText(TARGET), differ, total };
    return { pass: false, reason: local(texts, (t) => t["corr2d-target"].values(p)), shown };
  },
});

export const exercises: readonly Exercise[] = [corr2dTarget];
