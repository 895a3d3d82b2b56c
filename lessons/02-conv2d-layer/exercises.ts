// Exercises after the conv2d-layer lesson: design edge-detecting kernels. Each answer is run
// through the engine's corr2d on an image with the wanted edges, on one with the unwanted
// edges, and on a flat image.
import { corr2d, nd, type NDArray } from "../../src/engine/index.ts";
import { edgeData } from "../notebook/train.ts";
import { local, type LocalText } from "../../src/i18n.ts";
import { defineExercise, maxAbs, type Exercise, type Shown } from "../kit/exercise.ts";
import { num } from "../kit/frame-parts.ts";
import { en } from "./exercises.en.ts";
import { zh } from "./exercises.zh.ts";

const LESSON = "conv2d-layer";
const texts = { en, zh };
const KERNEL = { kind: "matrix", rows: 2, cols: 2, maxRows: 6, maxCols: 6 } as const;

/** The lesson's image: ones(6, 8) with column 4 dark — two vertical edges. */
const stripeImage = (): NDArray => edgeData("seed").X;

/** 7×7, bright above the main diagonal: the edge runs ↘. */
const diagonalImage = (): NDArray =>
  nd.array(Array.from({ length: 7 }, (_, i) => Array.from({ length: 7 }, (_, j) => (j > i ? 1 : 0))));

interface Probe {
  image: NDArray;
  /** The output that should respond, or stay silent. */
  title: LocalText;
  name: LocalText;
}

/**
 * An edge detector responds on `wanted`, gives zeros on `unwanted` and on a flat image.
 * "Zero" allows float32 rounding of fractional kernels (0.1 + 0.2 − 0.3).
 */
function judgeDetector(K: number[][], wanted: Probe, unwanted: Probe, pass: (y: number[][], tol: number) => LocalText) {
  const k = nd.array(K);
  const tol = 1e-5 * (1 + K.flat().reduce((s, v) => s + Math.abs(v), 0));
  const onWanted = corr2d(wanted.image, k).to2d();
  const onUnwanted = corr2d(unwanted.image, k).to2d();
  const shown: Shown[] = [
    { id: "wanted", title: wanted.title, values: onWanted },
    { id: "unwanted", title: unwanted.title, values: onUnwanted },
  ];
  if (maxAbs(onWanted) <= tol) {
    return { pass: false, reason: local(texts, (t, l) => t.edges.silentOn({ image: wanted.name[l] })), shown };
  }
  const flat = corr2d(nd.ones([8, 8]), k).to2d();
  if (maxAbs(flat) > tol) {
    const value = num(flat[0]![0]!);
    shown.push({ id: "flat", title: local(texts, (t) => t.edges.flatTitle), values: flat });
    return { pass: false, reason: local(texts, (t) => t.edges.flat({ value })), shown };
  }
  if (maxAbs(onUnwanted) > tol) {
    return { pass: false, reason: local(texts, (t, l) => t.edges.alsoOn({ image: unwanted.name[l] })), shown };
  }
  return { pass: true, reason: pass(onWanted, tol), shown };
}

const horizontalEdge = defineExercise<{ K: number[][] }>({
  id: "horizontal-edge",
  lesson: LESSON,
  fields: [{ id: "K", ...KERNEL }],
  // The lesson's vertical-edge kernel, stacked: it finds the wrong edges until turned.
  start: {
    K: [
      [1, -1],
      [1, -1],
    ],
  },
  text: (lang) => {
    const t = texts[lang]["horizontal-edge"];
    return { title: t.title, prompt: t.prompt, fields: t.fields, hints: t.hints };
  },
  judge({ K }) {
    const X = stripeImage();
    const T = (key: "hTitle" | "vTitle" | "hImage" | "vImage") => local(texts, (t) => t["horizontal-edge"][key]);
    return judgeDetector(
      K,
      { image: X.T, title: T("hTitle"), name: T("hImage") },
      { image: X, title: T("vTitle"), name: T("vImage") },
      (y, tol) => {
        const rows = y.flatMap((row, i) => (row.some((v) => Math.abs(v) > tol) ? [String(i)] : [])).join(", ");
        return local(texts, (t) => t["horizontal-edge"].pass({ rows }));
      },
    );
  },
});

const diagonalEdge = defineExercise<{ K: number[][] }>({
  id: "diagonal-edge",
  lesson: LESSON,
  fields: [{ id: "K", ...KERNEL }],
  // Finds the other diagonal: silent on D until turned a quarter.
  start: {
    K: [
      [1, 0],
      [0, -1],
    ],
  },
  text: (lang) => {
    const t = texts[lang]["diagonal-edge"];
    return { title: t.title, prompt: t.prompt, fields: t.fields, hints: t.hints };
  },
  judge({ K }) {
    const D = diagonalImage();
    const M = nd.array(D.to2d().map((row) => [...row].reverse()));
    const T = (key: "onDTitle" | "onMTitle" | "dImage" | "mImage") => local(texts, (t) => t["diagonal-edge"][key]);
    const result = judgeDetector(
      K,
      { image: D, title: T("onDTitle"), name: T("dImage") },
      { image: M, title: T("onMTitle"), name: T("mImage") },
      () => local(texts, (t) => t["diagonal-edge"].pass),
    );
    const images: Shown[] = [
      { id: "D", title: local(texts, (t) => t["diagonal-edge"].dTitle), values: D.to2d() },
      { id: "M", title: local(texts, (t) => t["diagonal-edge"].mTitle), values: M.to2d() },
    ];
    return { ...result, shown: [...images, ...result.shown] };
  },
});

export const exercises: readonly Exercise[] = [horizontalEdge, diagonalEdge];
