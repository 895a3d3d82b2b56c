// Exercises after the learn-kernel lesson. Each answer is tried by really training: the
// lesson's own loop (run.ts, with its divergence rule) or the notebook's hand-written block
// next to nn.Conv2D. The "why" — the largest stable step 2/λ_max — comes from Hessians the
// engine's gradients give (stability.ts for the weight; below, with the bias too).
import { notebookStart } from "../notebook/start.ts";
import { autograd, nn, sgdStep } from "../../src/engine/index.ts";
import { Conv2d } from "../notebook/conv2d-block.ts";
import { local } from "../../src/i18n.ts";
import { defineExercise, type CheckResult, type Exercise } from "../kit/exercise.ts";
import { num, rowText, sig } from "../kit/frame-parts.ts";
import type { Lang } from "../../src/i18n.ts";
import { divergence } from "../notebook/divergence.ts";
import { DEFAULT_SEED } from "./defaults.ts";
import { PRESETS, edgeData, train, type PresetName, type Training } from "../notebook/train.ts";
import { curvature, type Curvature } from "../notebook/curvature.ts";
import { en } from "./exercises.en.ts";
import { zh } from "./exercises.zh.ts";

const LESSON = "learn-kernel";
const texts = { en, zh };
const LR = { kind: "number", positive: true, max: 100 } as const;

/** Iterations the diverge check runs: enough for the notebook's 0.016 to blow up. */
const DIVERGE_EPOCHS = 200;
const TARGET_LOSS = 0.01;

const curvatureCache = new Map<PresetName, Curvature>();
function curvatureOf(preset: PresetName): Curvature {
  let c = curvatureCache.get(preset);
  if (!c) {
    const run = train({ preset, lr: PRESETS[preset].lr, epochs: 1, seed: DEFAULT_SEED });
    c = curvature(run.x, run.y);
    curvatureCache.set(preset, c);
  }
  return c;
}

const lossSeries = (run: Training) => ({
  id: "loss",
  title: local(texts, (t) => t.lossTitle),
  values: run.iterations.map((it) => it.loss),
  log: true,
});

/** "The loss is a quadratic … the largest stable step is 2/λ ≈ …" with this preset's numbers. */
function why(c: Pick<Curvature, "small" | "large" | "limit">, lr: number) {
  const p = {
    small: sig(c.small),
    large: sig(c.large),
    limit: sig(c.limit),
    lr: sig(lr),
    factor: sig(Math.abs(1 - lr * c.large)),
  };
  return local(texts, (t) => t.curvature(p));
}

/** Two texts as one reason, sentence after sentence. */
function join(a: Record<Lang, string>, b: Record<Lang, string>) {
  return { en: `${a.en} ${b.en}`, zh: `${a.zh}${b.zh}` };
}

const lrDiverge = defineExercise<{ lr: number }>({
  id: "lr-diverge",
  lesson: LESSON,
  fields: [{ id: "lr", ...LR }],
  start: { lr: 0.01 },
  text: (lang) => {
    const t = texts[lang]["lr-diverge"];
    const c = curvatureOf("seed");
    return {
      title: t.title,
      prompt: t.prompt({ lr: sig(PRESETS.seed.lr), epochs: DIVERGE_EPOCHS }),
      fields: t.fields,
      hints: t.hints({ large: sig(c.large), limit: sig(c.limit) }),
    };
  },
  judge({ lr }) {
    // from the notebook's own start, as lessons 3 and 8 train (the prompt names the notebook)
    const run = train({ preset: "seed", lr, epochs: DIVERGE_EPOCHS, seed: DEFAULT_SEED, initWeight: [notebookStart()] });
    const c = curvatureOf("seed");
    const series = [lossSeries(run)];
    const losses = run.iterations.map((it) => it.loss);
    const first = sig(losses[0]!);
    const last = sig(losses.at(-1)!);
    const d = run.diverged;
    if (d) {
      const how =
        d.kind === "nonfinite"
          ? local(texts, (t) => t["lr-diverge"].howNonfinite({ loss: last }))
          : local(texts, (t) =>
              t["lr-diverge"].howGrowing({ lowest: sig(losses[d.lowestAt - 1]!), lowestAt: d.lowestAt, last }),
            );
      const verdict = local(texts, (t, l) => t["lr-diverge"].pass({ at: d.at, how: how[l] }));
      return { pass: true, reason: join(verdict, why(c, lr)), series };
    }
    const key = lr > c.limit ? "slow" : "converges";
    const verdict = local(texts, (t) => t["lr-diverge"][key]({ epochs: losses.length, first, last }));
    return { pass: false, reason: join(verdict, why(c, lr)), series };
  },
});

const lrConverge = defineExercise<{ lr: number }>({
  id: "lr-converge",
  lesson: LESSON,
  fields: [{ id: "lr", ...LR }],
  start: { lr: 0.01 },
  text: (lang) => {
    const t = texts[lang]["lr-converge"];
    const c = curvatureOf("d2l");
    return {
      title: t.title,
      prompt: t.prompt({ target: sig(TARGET_LOSS), notebookLimit: sig(curvatureOf("seed").limit) }),
      fields: t.fields,
      hints: t.hints({ small: sig(c.small), large: sig(c.large), limit: sig(c.limit) }),
    };
  },
  judge({ lr }): CheckResult {
    const c = curvatureOf("d2l");
    // 11 iterations: the 11th one's loss is computed before its update, i.e. after 10 updates.
    const run = train({ preset: "d2l", lr, epochs: 11, seed: DEFAULT_SEED });
    const series = [lossSeries(run)];
    if (run.diverged) {
      const at = run.diverged.at;
      return { pass: false, reason: join(local(texts, (t) => t["lr-converge"].diverged({ at })), why(c, lr)), series };
    }
    const after10 = run.iterations[10]!.loss;
    const loss = sig(after10);
    const target = sig(TARGET_LOSS);
    if (!(after10 < TARGET_LOSS)) {
      const factor = sig(Math.abs(1 - lr * c.small));
      const reason = local(texts, (t) => t["lr-converge"].slow({ loss, target, factor }));
      return { pass: false, reason: join(reason, why(c, lr)), series };
    }
    if (lr >= c.limit) {
      // Show it: run on until the lesson's divergence rule fires.
      const long = train({ preset: "d2l", lr, epochs: 1000, seed: DEFAULT_SEED });
      const later = local(texts, (t) =>
        long.diverged ? t["lr-converge"].laterAt({ at: long.diverged.at }) : t["lr-converge"].laterSlow,
      );
      const reason = local(texts, (t, l) => t["lr-converge"].unstable({ loss, later: later[l] }));
      return { pass: false, reason: join(reason, why(c, lr)), series: [lossSeries(long)] };
    }
    return { pass: true, reason: join(local(texts, (t) => t["lr-converge"].pass({ loss, target })), why(c, lr)), series };
  },
});

// ---- the hand-written block, learning ----

/** Eigenvalues of a small symmetric matrix (Jacobi rotations), smallest first. */
export function symmetricEigenvalues(matrix: readonly (readonly number[])[]): number[] {
  const a = matrix.map((row) => [...row]);
  const n = a.length;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off < 1e-24) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p]![q] === 0) continue;
        // rotate in the (p, q) plane so that a[p][q] becomes 0
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cos = 1 / Math.sqrt(t * t + 1);
        const sin = t * cos;
        for (let k = 0; k < n; k++) {
          const [kp, kq] = [a[k]![p]!, a[k]![q]!];
          a[k]![p] = cos * kp - sin * kq;
          a[k]![q] = sin * kp + cos * kq;
        }
        for (let k = 0; k < n; k++) {
          const [pk, qk] = [a[p]![k]!, a[q]![k]!];
          a[p]![k] = cos * pk - sin * qk;
          a[q]![k] = sin * pk + cos * qk;
        }
      }
    }
  }
  return a.map((row, i) => row[i]!).sort((x, y) => x - y);
}

/**
 * The Hessian of Σ(block(X) − Y)² over (w₁, w₂, b), from the engine's gradients: the gradient
 * of a quadratic is linear, so column k is g(e_k) − g(0).
 */
function handwrittenCurvature(): { small: number; large: number; limit: number } {
  const { X, Y } = edgeData("seed");
  const block = new Conv2d([1, 2]);
  const gradientAt = (p: number[]) => {
    block.weight.setData([[p[0]!, p[1]!]]);
    block.bias.setData([p[2]!]);
    const l = autograd.record(() => block.forward(X).sub(Y).pow(2).sum());
    l.backward();
    return [...block.weight.grad().data, ...block.bias.grad().data];
  };
  const g0 = gradientAt([0, 0, 0]);
  const columns = [0, 1, 2].map((k) => gradientAt([0, 1, 2].map((i) => (i === k ? 1 : 0))).map((v, i) => v - g0[i]!));
  const H = columns.map((_, i) => columns.map((_, j) => (columns[i]![j]! + columns[j]![i]!) / 2));
  const values = symmetricEigenvalues(H);
  const large = values.at(-1)!;
  return { small: values[0]!, large, limit: 2 / large };
}

let handwrittenCache: ReturnType<typeof handwrittenCurvature> | undefined;
const handwrittenCurv = () => (handwrittenCache ??= handwrittenCurvature());

const CLOSE = 0.05;
/** How far an unstable run is continued to show where it diverges. */
const RUN_ON = 1000;

/** The hand-written block and nn.Conv2D trained side by side from the same start (nn.Conv2D's seeded weight, bias 0), until `epochs` or divergence. */
function trainHandwritten(lr: number, epochs: number) {
  const { X, Y } = edgeData("seed");
  const conv = new nn.Conv2D({ channels: 1, kernelSize: [1, 2], inChannels: 1 }).initialize({ seed: DEFAULT_SEED });
  const hand = new Conv2d([1, 2]);
  hand.weight.setData(conv.weight.data().reshape(1, 2));
  hand.bias.setData([0]);
  const Xb = X.reshape(1, 1, 6, 8);
  const Yb = Y.reshape(1, 1, 6, 7);
  const losses: number[] = [];
  let diverged = divergence(losses);
  for (let i = 0; i < epochs && !diverged; i++) {
    const l = autograd.record(() => hand.forward(X).sub(Y).pow(2).sum());
    l.backward();
    sgdStep(hand, lr); // weight and bias both learn
    const lc = autograd.record(() => conv.forward(Xb).sub(Yb).pow(2).sum());
    lc.backward();
    sgdStep(conv, lr);
    losses.push(l.asScalar());
    diverged = divergence(losses);
  }
  return { hand, conv, losses, diverged };
}

const handwrittenConv2d = defineExercise<{ lr: number; epochs: number }>({
  id: "handwritten-conv2d",
  lesson: LESSON,
  fields: [
    { id: "lr", ...LR },
    { id: "epochs", kind: "number", integer: true, min: 1, max: 1000 },
  ],
  start: { lr: PRESETS.seed.lr, epochs: 10 },
  text: (lang) => {
    const t = texts[lang]["handwritten-conv2d"];
    const c = handwrittenCurv();
    return {
      title: t.title,
      prompt: t.prompt,
      fields: t.fields,
      hints: t.hints({ large: sig(c.large, 3), limit: sig(c.limit, 2), small: sig(c.small, 2) }),
    };
  },
  judge({ lr, epochs }): CheckResult {
    const { hand, conv, losses, diverged } = trainHandwritten(lr, epochs);
    const w = hand.weight.data().to2d()[0]!;
    const b = hand.bias.data().data[0]!;
    const wc = conv.weight.data().reshape(1, 2).to2d()[0]!;
    const bc = conv.bias!.data().data[0]!;
    const c = handwrittenCurv();
    const series = [{ id: "loss", title: local(texts, (t) => t.lossTitle), values: losses, log: true }];
    const shown = [
      { id: "hand", title: local(texts, (t) => t["handwritten-conv2d"].handTitle), values: [w] },
      { id: "conv", title: local(texts, (t) => t["handwritten-conv2d"].convTitle), values: [wc] },
    ];
    const whyText = why(c, lr);
    if (diverged) {
      const reason = local(texts, (t) => t["handwritten-conv2d"].diverged({ at: diverged!.at }));
      return { pass: false, reason: join(reason, whyText), series, shown };
    }
    const diff = Math.max(Math.abs(w[0]! - wc[0]!), Math.abs(w[1]! - wc[1]!), Math.abs(b - bc));
    // float32 rounding grows with the numbers: a run blowing up (not yet flagged) differs by more than 1e-3
    const scale = Math.max(1, ...[...w, b, ...wc, bc].map(Math.abs));
    if (!(diff < 1e-3 * scale)) {
      const p = { weight: rowText(w), conv: rowText(wc) };
      return { pass: false, reason: local(texts, (t) => t["handwritten-conv2d"].disagree(p)), series, shown };
    }
    const p = { weight: rowText(w), bias: num(b), epochs: losses.length };
    // Stability is judged from the curvature, not from the iterations asked: at lr ≥ 2/λ_max the
    // error along the steepest direction grows every step, however good W looks so far.
    if (lr >= c.limit) {
      const later = trainHandwritten(lr, RUN_ON).diverged;
      const q = { ...p, lr: sig(lr), large: sig(c.large), limit: sig(c.limit), factor: sig(Math.abs(1 - lr * c.large)), at: later?.at ?? 0, runOn: RUN_ON };
      return { pass: false, reason: local(texts, (t) => t["handwritten-conv2d"].unstable(q)), series, shown };
    }
    const close = Math.abs(w[0]! - 1) < CLOSE && Math.abs(w[1]! + 1) < CLOSE && Math.abs(b) < CLOSE;
    if (!close) {
      return { pass: false, reason: join(local(texts, (t) => t["handwritten-conv2d"].notYet(p)), whyText), series, shown };
    }
    const reason = local(texts, (t) => t["handwritten-conv2d"].pass({ ...p, conv: rowText(wc), diff: diff === 0 ? null : sig(diff, 2) }));
    return { pass: true, reason, series, shown };
  },
});

export const exercises: readonly Exercise[] = [lrDiverge, lrConverge, handwrittenConv2d];
