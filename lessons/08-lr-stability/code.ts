// The engine code each step runs, as shown beside the numbers: the notebook's data, layer and
// training loop (lines from lessons/notebook/train-code.ts), then the one line of this lesson
// that runs that loop once per rate. test/lessons/code-drift.test.ts checks every line against
// notebook/train.ts and run.ts, in order.
import { CODE as LEARN } from "../notebook/train-code.ts";

/** Lesson 3's lines shown here: X, its dark columns, K, Y, the layer, its seed and the notebook's start; the loop without the reshapes. */
const FROM_LEARN = [0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 15, 17];

export const CODE = [
  ...FROM_LEARN.map((i) => LEARN[i]!),
  "const runs = lrs.map((lr) => train({ preset, lr, epochs, seed, ...start, untilDiverged: false }));",
];

/** Which lines each kind of step runs. */
export const LINES = { setup: [0, 1, 2, 3, 4, 5, 6], iteration: [7, 8, 9, 10, 11, 12, 13, 14, 15], verdict: [] as number[] };
