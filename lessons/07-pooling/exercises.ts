// Exercise after the pooling lesson: an input on which max and average pooling disagree as
// asked, checked with the engine's pool2d (the book's 2-D pooling, stride 1).
import { nd, pool2d } from "../../src/engine/index.ts";
import { local } from "../../src/i18n.ts";
import { defineExercise, maxAbs, shapeText, type Exercise } from "../kit/exercise.ts";
import { matrixText } from "../kit/frame-parts.ts";
import { en } from "./exercises.en.ts";
import { zh } from "./exercises.zh.ts";

const texts = { en, zh };
const MAX = [
  [4, 4],
  [4, 4],
];
const AVG = [
  [1, 1],
  [1, 1],
];

const same = (a: number[][], b: number[][]) => maxAbs(a.map((row, i) => row.map((v, j) => v - b[i]![j]!))) <= 1e-5;

const poolPuzzle = defineExercise<{ X: number[][] }>({
  id: "pool-puzzle",
  lesson: "pooling",
  fields: [{ id: "X", kind: "matrix", rows: 3, cols: 3, maxRows: 3, maxCols: 3 }],
  start: {
    X: [
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
    ],
  },
  text: (lang) => {
    const t = texts[lang]["pool-puzzle"];
    return { title: t.title, prompt: t.prompt({ max: matrixText(MAX), avg: matrixText(AVG) }), fields: t.fields, hints: t.hints };
  },
  judge({ X }) {
    const t = (l: typeof en) => l["pool-puzzle"];
    if (X.length !== 3 || X[0]!.length !== 3) {
      const got = shapeText(X.length, X[0]!.length);
      return { pass: false, reason: local(texts, (l) => t(l).shape({ got })) };
    }
    const max = pool2d(nd.array(X), [2, 2], "max").to2d();
    const avg = pool2d(nd.array(X), [2, 2], "avg").to2d();
    const shown = [
      { id: "max", title: local(texts, (l) => t(l).maxTitle), values: max },
      { id: "avg", title: local(texts, (l) => t(l).avgTitle), values: avg },
    ];
    if (!same(max, MAX)) return { pass: false, reason: local(texts, (l) => t(l).wrongMax({ got: matrixText(max), want: matrixText(MAX) })), shown };
    if (!same(avg, AVG)) return { pass: false, reason: local(texts, (l) => t(l).wrongAvg({ got: matrixText(avg), want: matrixText(AVG) })), shown };
    return { pass: true, reason: local(texts, (l) => t(l).pass), shown };
  },
});

export const exercises: readonly Exercise[] = [poolPuzzle];
