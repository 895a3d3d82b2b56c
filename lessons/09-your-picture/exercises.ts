// Exercises after the your-picture lesson: a kernel that blurs the project's own picture, and one
// that finds its horizontal edges. Each answer is run through the engine's corr2d on the picture
// itself; the verdict quotes what the engine measured there.
import { corr2d, nd } from "../../src/engine/index.ts";
import { local } from "../../src/i18n.ts";
import { defineExercise, maxAbs, type Exercise } from "../kit/exercise.ts";
import { sig } from "../kit/frame-parts.ts";
import { en } from "./exercises.en.ts";
import { zh } from "./exercises.zh.ts";
import { MAX_KERNEL } from "./kernels.ts";
import { defaultPicture } from "./picture.ts";

const LESSON = "your-picture";
const texts = { en, zh };
const KERNEL = { kind: "matrix", rows: 3, cols: 3, maxRows: MAX_KERNEL, maxCols: MAX_KERNEL } as const;

/** How much a blur must take away of the picture's roughness, and how close its brightness must stay. */
export const BLUR = { smoother: 0.25, brightness: 0.01 } as const;

const mean = (m: readonly (readonly number[])[]) => m.flat().reduce((a, b) => a + b, 0) / m.flat().length;

/** Roughness: the mean squared difference between neighbouring pixels (across and down). */
export function roughness(m: readonly (readonly number[])[]): number {
  let sum = 0;
  let pairs = 0;
  m.forEach((row, i) =>
    row.forEach((v, j) => {
      if (j + 1 < row.length) (sum += (row[j + 1]! - v) ** 2), pairs++;
      if (i + 1 < m.length) (sum += (m[i + 1]![j]! - v) ** 2), pairs++;
    }),
  );
  return pairs > 0 ? sum / pairs : 0;
}

/** The part of the picture an h×w window's output pixels sit over (the window's centre). */
function under(picture: number[][], h: number, w: number): number[][] {
  const [top, left] = [Math.floor((h - 1) / 2), Math.floor((w - 1) / 2)];
  return picture.slice(top, picture.length - (h - 1 - top)).map((row) => row.slice(left, row.length - (w - 1 - left)));
}

const pictureBlur = defineExercise<{ K: number[][] }>({
  id: "picture-blur",
  lesson: LESSON,
  fields: [{ id: "K", ...KERNEL }],
  // The identity kernel: the picture comes out unchanged.
  start: { K: [[0, 0, 0], [0, 1, 0], [0, 0, 0]] },
  text: (lang) => {
    const t = texts[lang]["picture-blur"];
    return { title: t.title, prompt: t.prompt({ smoother: `${BLUR.smoother * 100}%`, brightness: `${BLUR.brightness * 100}%` }), fields: t.fields, hints: t.hints };
  },
  judge({ K }) {
    const picture = defaultPicture();
    if (K.length > picture.length || K[0]!.length > picture[0]!.length) {
      return { pass: false, reason: local(texts, (t) => t["picture-blur"].tooLarge) };
    }
    const output = corr2d(nd.array(picture), nd.array(K)).to2d();
    const before = under(picture, K.length, K[0]!.length);
    const measured = {
      meanBefore: sig(mean(before), 3),
      meanAfter: sig(mean(output), 3),
      roughBefore: sig(roughness(before), 3),
      roughAfter: sig(roughness(output), 3),
    };
    const t = (l: typeof en) => l["picture-blur"];
    if (!(Math.abs(mean(output) - mean(before)) <= BLUR.brightness * mean(before))) {
      const sum = sig(K.flat().reduce((a, b) => a + b, 0), 4);
      return { pass: false, reason: local(texts, (l) => t(l).brightness({ ...measured, sum })) };
    }
    const dropped = 1 - roughness(output) / roughness(before);
    if (!(dropped >= BLUR.smoother)) {
      return { pass: false, reason: local(texts, (l) => t(l).notSmoother({ ...measured, dropped: `${Math.round(dropped * 100)}%` })) };
    }
    return { pass: true, reason: local(texts, (l) => t(l).pass({ ...measured, dropped: `${Math.round(dropped * 100)}%` })) };
  },
});

/**
 * The picture with only its horizontal edges (every row its own mean: brightness changes only
 * going down) and with only its vertical ones (every column its own mean).
 */
function profiles(picture: number[][]): { rows: number[][]; cols: number[][] } {
  const width = picture[0]!.length;
  const colMeans = Array.from({ length: width }, (_, j) => mean(picture.map((row) => [row[j]!])));
  return { rows: picture.map((row) => row.map(() => mean([row]))), cols: picture.map(() => [...colMeans]) };
}

const pictureHorizontalEdges = defineExercise<{ K: number[][] }>({
  id: "picture-horizontal-edges",
  lesson: LESSON,
  fields: [{ id: "K", ...KERNEL }],
  // sobel-x, which finds the vertical edges: the learner turns it.
  start: { K: [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]] },
  text: (lang) => {
    const t = texts[lang]["picture-horizontal-edges"];
    return { title: t.title, prompt: t.prompt, fields: t.fields, hints: t.hints };
  },
  judge({ K }) {
    const picture = defaultPicture();
    const t = (l: typeof en) => l["picture-horizontal-edges"];
    if (K.length > picture.length || K[0]!.length > picture[0]!.length) {
      return { pass: false, reason: local(texts, (l) => t(l).tooLarge) };
    }
    const k = nd.array(K);
    const { rows, cols } = profiles(picture);
    // "Silent" allows float32 rounding of fractional kernels (0.1 + 0.2 − 0.3), scaled by the kernel.
    const tol = 1e-5 * (1 + K.flat().reduce((s, v) => s + Math.abs(v), 0));
    const onRows = maxAbs(corr2d(nd.array(rows), k).to2d());
    const onCols = maxAbs(corr2d(nd.array(cols), k).to2d());
    const measured = { onRows: sig(onRows, 3), onCols: sig(onCols, 3) };
    if (onRows <= tol) return { pass: false, reason: local(texts, (l) => t(l).silent(measured)) };
    if (onCols > tol) return { pass: false, reason: local(texts, (l) => t(l).vertical(measured)) };
    // Where it answers most on the picture itself: the row of the strongest response.
    const output = corr2d(nd.array(picture), k).to2d();
    const strongest = output.map((row) => maxAbs([row])).reduce((best, v, i, all) => (v > all[best]! ? i : best), 0);
    const row = String(strongest + Math.floor((K.length - 1) / 2));
    return { pass: true, reason: local(texts, (l) => t(l).pass({ ...measured, row })) };
  },
});

export const exercises: readonly Exercise[] = [pictureBlur, pictureHorizontalEdges];
