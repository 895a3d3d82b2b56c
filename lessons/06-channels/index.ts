// Lesson 6: multiple input and output channels, and the 1×1 convolution.
// Steps: 0 = two input channels and their kernels; 1..4 = one output cell each (a sum over
// channels); 5 = the per-channel results and nd.conv2d; 6 = three output channels (K, K+1, K+2);
// 7 = counting multiplications; 8 = a random 1×1 convolution as a matrix product;
// 9 = one pixel: a fully connected layer, and the cost.
import { local } from "../../src/i18n.ts";
import type { MatrixView } from "../frame.ts";
import { cells, cellTokens, factor, num, tok } from "../kit/frame-parts.ts";
import { defineLesson, type FrameBody } from "../kit/define.ts";
import { option } from "../kit/options.ts";
import { CODE, LINES } from "./code.ts";
import { exercises } from "./exercises.ts";
import { runChannels, type ChannelsRun } from "./run.ts";
import { en, type Text } from "./text.en.ts";
import { zh } from "./text.zh.ts";

const TEXT = { en, zh };
export const DEFAULT_SEED = 1;
const STEPS = 10;
/** The pixel shown as a dense layer in the last step (row, column). */
export const PIXEL = [1, 1] as const;

const same = (a: number[][][], b: number[][][]) => a.every((m, i) => m.every((r, j) => r.every((v, k) => Math.abs(v - b[i]![j]![k]!) <= 1e-4)));

/** "3 × 2 × 2 × 2 × 2 × 2 = 96" as tokens, the factors labelled by a leading formula. */
function product(formula: string, factors: number[], label: string) {
  const total = factors.reduce((a, b) => a * b, 1);
  return {
    total,
    label,
    tokens: [tok.text(formula), tok.op(" = "), ...factors.flatMap((f, i) => (i === 0 ? [tok.input(String(f))] : [tok.op(" × "), tok.input(String(f))])), tok.op(" = "), tok.result(String(total))],
  };
}

function frame({ config: seed, run: r, step, t }: { config: number; run: ChannelsRun; step: number; t: Text }): FrameBody {
  const inputs = (window?: (c: number) => MatrixView["window"]): MatrixView[] => [
    ...r.x.map((values, c) => ({ id: `X${c}`, title: t.xTitle({ c }), values, group: "input", ...(window ? { window: window(c) } : {}) })),
    ...r.k.map((values, c) => ({ id: `K${c}`, title: t.kTitle({ c }), values, group: "kernel", ...(window ? { window: cells(2, 2) } : {}) })),
  ];

  if (step === 0) {
    return {
      heading: t.setupHeading,
      narrative: t.setup(),
      matrices: [...inputs(), { id: "Y", title: t.outputTitle, values: [[0, 0], [0, 0]], pending: cells(2, 2), group: "output" }],
      equations: [],
      code: LINES.setup,
      record: { kind: "setup", x: r.x, k: r.k },
    };
  }

  if (step <= 4) {
    const idx = step - 1;
    const [i, j] = [Math.floor(idx / 2), idx % 2];
    const parts = r.perChannel.map((m) => m[i]![j]!);
    const y = r.y.map((row, a) => row.map((v, b) => (a * 2 + b <= idx ? v : 0)));
    const cell = `${i}, ${j}`;
    return {
      heading: t.cellHeading({ cell }),
      narrative: t.cell({ cell, a: num(parts[0]!), b: num(parts[1]!), value: num(r.y[i]![j]!) }),
      matrices: [
        ...inputs(() => cells(3, 3, (a, b) => a >= i && a < i + 2 && b >= j && b < j + 2)),
        { id: "Y", title: t.outputTitle, values: y, current: [[i, j]], pending: cells(2, 2, (a, b) => a * 2 + b > idx), group: "output" },
      ],
      equations: [
        ...r.x.map((x, c) => ({ label: t.channelLabel({ c }), tokens: cellTokens(x, r.k[c]!, i, j, parts[c]!) })),
        { label: `Y[${cell}]`, tokens: [...parts.flatMap((v, c) => (c === 0 ? [tok.input(factor(v))] : [tok.op(" + "), tok.input(factor(v))])), tok.op(" = "), tok.result(num(r.y[i]![j]!))] },
      ],
      code: LINES.cell,
      record: { kind: "cell", i, j, perChannel: parts, value: r.y[i]![j]! },
    };
  }

  if (step === 5) {
    return {
      heading: t.sumHeading,
      narrative: t.sum({ same: same([r.y], [r.conv]) }),
      matrices: [
        ...inputs(),
        ...r.perChannel.map((values, c) => ({ id: `corr${c}`, title: t.corrTitle({ c }), values, group: "channels" })),
        { id: "Y", title: t.outputTitle, values: r.y, group: "output" },
        { id: "conv", title: t.convTitle, values: r.conv, group: "output" },
      ],
      equations: [],
      code: LINES.sum,
      record: { kind: "sum", perChannel: r.perChannel, y: r.y, conv: r.conv },
    };
  }

  const kio: MatrixView[] = r.kio.flatMap((slices, o) => slices.map((values, c) => ({ id: `K${o}${c}`, title: t.kioTitle({ o, c }), values, group: `kernel${o}` })));
  const yio: MatrixView[] = r.yio.map((values, o) => ({ id: `Y${o}`, title: t.yoTitle({ o }), values, group: "output" }));
  const multiInOut = product("c_o × c_i × k_h × k_w × h_o × w_o", [3, 2, 2, 2, 2, 2], t.countLabel);

  if (step === 6 || step === 7) {
    const counting = step === 7;
    return {
      heading: counting ? t.countHeading : t.outHeading,
      narrative: counting ? t.count({ total: multiInOut.total }) : t.out(),
      matrices: [...r.x.map((values, c) => ({ id: `X${c}`, title: t.xTitle({ c }), values, group: "input" })), ...kio, ...yio],
      equations: counting ? [multiInOut, product("c_o × c_i × k_h × k_w × h_o × w_o", [64, 64, 3, 3, 224, 224], "224×224, 64 → 64, 3×3")].map(({ label, tokens }) => ({ label, tokens })) : [],
      scalars: counting ? [{ id: "multiplications", label: t.countLabel, value: multiInOut.total, format: "int" as const }] : [],
      code: counting ? LINES.count : LINES.out,
      record: counting ? { kind: "count", multiplications: multiInOut.total } : { kind: "outputs", y: r.yio },
    };
  }

  const ok = same(r.y1, r.y1Corr);
  const x1: MatrixView[] = r.x1.map((values, c) => ({ id: `X1_${c}`, title: t.xTitle({ c }), values, group: "input" }));
  const y1: MatrixView[] = r.y1.map((values, o) => ({ id: `Y1_${o}`, title: t.yoTitle({ o }), values, group: "output" }));
  const W: MatrixView = { id: "W", title: t.wTitle, values: r.k1, group: "kernel" };

  if (step === 8) {
    return {
      heading: t.oneHeading,
      narrative: t.one({ seed: seed, same: ok }),
      matrices: [...x1, W, ...y1],
      equations: [],
      code: LINES.oneByOne,
      record: { kind: "1x1", seed: seed, x: r.x1, k: r.k1, y: r.y1, same: ok },
    };
  }

  // step 9: pixel PIXEL as one column of the 3×9 matrix
  const [pi, pj] = PIXEL;
  const col = pi * 3 + pj;
  const xf = [0, 1, 2].map((c) => r.x1[c]!.flat());
  const yf = [0, 1].map((o) => r.y1[o]!.flat());
  const column = xf.map((row) => row[col]!);
  const rowEq = (o: number) => ({
    label: `Y[${o}, ${pi}, ${pj}]`,
    tokens: [
      ...r.k1[o]!.flatMap((w, c) => [...(c === 0 ? [] : [tok.op(" + ")]), tok.kernel(factor(w)), tok.op("×"), tok.input(factor(column[c]!))]),
      tok.op(" = "),
      tok.result(num(yf[o]![col]!)),
    ],
  });
  const cost = product("c_o × c_i × h × w", [2, 3, 3, 3], t.countLabel);
  return {
    heading: t.pixelHeading,
    narrative: t.pixel({ pixel: `(${pi}, ${pj})`, total: cost.total, per: 2 * 3, pixels: 3 * 3 }),
    matrices: [
      { ...W, window: cells(2, 3) },
      { id: "Xf", title: t.xfTitle, values: xf, window: cells(3, 9, (_, b) => b === col), group: "input" },
      { id: "Yf", title: t.yfTitle, values: yf, current: [[0, col], [1, col]], group: "output" },
    ],
    equations: [rowEq(0), rowEq(1), { label: cost.label, tokens: cost.tokens }],
    scalars: [{ id: "multiplications", label: t.countLabel, value: cost.total, format: "int" }],
    code: LINES.pixel,
    outcome: { kind: "done", message: t.done },
    record: { kind: "pixel", pixel: [pi, pj], column, y: [yf[0]![col]!, yf[1]![col]!], multiplications: cost.total },
  };
}

/** The config is the seed of the random inputs and kernels. */
export const channels = defineLesson({
  id: "channels",
  number: 6,
  texts: TEXT,
  options: { seed: option.seed({ describe: local(TEXT, (t) => t.optSeed), default: DEFAULT_SEED }) },
  config: (o) => o.seed ?? DEFAULT_SEED,
  run: runChannels,
  steps: () => STEPS,
  code: { lines: CODE, from: ["06-channels/run.ts"] },
  frame,
  reseed: (_seed, seed) => seed,
  summarize: (run, seed) => ({ y: run.y, outputs: run.yio, seed, oneByOne: run.y1, oneByOneMatchesCorr2d: same(run.y1, run.y1Corr) }),
  exercises,
});
